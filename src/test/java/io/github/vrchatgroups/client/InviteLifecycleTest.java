package io.github.vrchatgroups.client;

import static io.github.vrchatgroups.client.testing.FaultInjectingServer.Fault.response;
import static io.github.vrchatgroups.client.testing.FaultInjectingServer.Fault.stall;
import static io.github.vrchatgroups.client.testing.FaultInjectingServer.Fault.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vrchatgroups.client.errors.ApiConnectionException;
import io.github.vrchatgroups.client.errors.ServerErrorException;
import io.github.vrchatgroups.client.errors.UnexpectedResponseException;
import io.github.vrchatgroups.client.testing.FaultInjectingServer;
import io.github.vrchatgroups.client.testing.FaultInjectingServer.RecordedRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Listing, cancelling and declining invites against a real loopback server, including the API's
 * quirks.
 */
@Timeout(5)
class InviteLifecycleTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
  private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

  private FaultInjectingServer server;
  private FakeTime time;
  private VrchatGroupsClient client;

  @BeforeEach
  void start() throws IOException {
    server = FaultInjectingServer.start();
    time = new FakeTime();
    client = time.clientFor(server.url()).build();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private static String member(int i) {
    return String.format(
        "{\"id\":\"gmem_00000000-0000-0000-0000-%012d\",\"groupId\":\"%s\",\"userId\":\"usr_00000000-0000-0000-0000-%012d\","
            + "\"user\":{\"displayName\":\"User %d\"},\"createdAt\":\"2026-11-20T18:30:00.123Z\",\"membershipStatus\":\"invited\"}",
        i, GROUP, i, i);
  }

  private static String page(int from, int count) {
    return IntStream.range(from, from + count)
        .mapToObj(InviteLifecycleTest::member)
        .collect(Collectors.joining(",", "[", "]"));
  }

  @Test
  void aFullPageWithANullItemIsNotTakenForTheLastPage() {
    String fullPageWithOneNull = page(0, 99).replaceFirst("]$", ",null]");
    server.enqueue(response(200, JSON, fullPageWithOneNull), response(200, JSON, page(100, 4)));

    List<GroupInvite> invites = client.listInvites(GROUP);

    assertThat(invites).hasSize(103);
    assertThat(server.requests()).hasSize(2);
    assertThat(server.requests().get(1).path())
        .isEqualTo("/groups/" + GROUP + "/invites?n=100&offset=100");
  }

  @Test
  void listingWalksFullPagesUntilAShortOne() {
    server.enqueue(
        response(200, JSON, page(0, 100)),
        response(200, JSON, page(100, 100)),
        response(200, JSON, page(200, 5)));

    List<GroupInvite> invites = client.listInvites(GROUP);

    assertThat(invites).hasSize(205);
    assertThat(invites.get(204).displayName()).isEqualTo("User 204");
    assertThat(server.requests())
        .extracting(RecordedRequest::path)
        .containsExactly(
            "/groups/" + GROUP + "/invites?n=100&offset=0",
            "/groups/" + GROUP + "/invites?n=100&offset=100",
            "/groups/" + GROUP + "/invites?n=100&offset=200");
  }

  @Test
  void listingStopsWhenTheServerIgnoresTheOffset() {
    server.enqueue(
        response(200, JSON, page(0, 100)),
        response(200, JSON, page(0, 100)),
        response(200, JSON, page(0, 100)));

    assertThat(client.listInvites(GROUP)).hasSize(100);
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void nullsNewFieldsAndNewEnumValuesNeverBreakAListing() {
    server.enqueue(
        response(
            200,
            JSON,
            "[null,{\"id\":null,\"groupId\":null,\"userId\":\""
                + USER
                + "\",\"user\":null,"
                + "\"isRepresenting\":null,\"roleIds\":null,\"joinedAt\":null,\"createdAt\":null,\"membershipStatus\":\"pending_review\","
                + "\"brandNewField\":{\"nested\":[1,2]},\"visibility\":null},"
                + "{\"userId\":\"8JoV9XEdpo\",\"createdAt\":\"2026-11-20T18:30:00+02:00\",\"user\":{\"displayName\":\"Legacy\",\"badges\":[]}}]"));

    List<GroupInvite> invites = client.listInvites(GROUP);

    assertThat(invites)
        .containsExactly(
            new GroupInvite(null, GROUP, USER, null, null),
            new GroupInvite(
                null, GROUP, "8JoV9XEdpo", "Legacy", Instant.parse("2026-11-20T16:30:00Z")));
  }

  @Test
  void aListBodyThatIsNotAListIsAnUnexpectedResponse() {
    server.enqueue(response(200, JSON, "{\"error\":\"surprise\"}"));

    UnexpectedResponseException failure =
        catchThrowableOfType(UnexpectedResponseException.class, () -> client.listInvites(GROUP));

    assertThat(failure).isNotNull();
    assertThat(failure.getStatusCode()).isEqualTo(200);
  }

  @Test
  void aListingIsRetriedAfterABadGatewayAndAReadTimeoutBecauseReadingChangesNothing() {
    server.enqueue(
        response(502, Map.of(), "<html>bad gateway</html>"), stall(), response(200, JSON, "[]"));

    assertThat(client.listInvites(GROUP)).isEmpty();

    assertThat(server.requests()).hasSize(3);
    assertThat(time.sleeps()).hasSize(2);
  }

  @Test
  void aCancelIsNotRetriedAfterABadGatewayOrAReadTimeout() {
    server.enqueue(response(502, Map.of(), ""), stall());

    catchThrowableOfType(ServerErrorException.class, () -> client.cancelInvite(GROUP, USER));
    ApiConnectionException timeout =
        catchThrowableOfType(ApiConnectionException.class, () -> client.cancelInvite(GROUP, USER));

    assertThat(timeout.requestMayHaveBeenSent()).isTrue();
    assertThat(server.requests()).hasSize(2);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void aCancelIsADeleteOfTheUsersInvite() {
    client.cancelInvite(GROUP, USER);

    RecordedRequest request = server.requests().get(0);
    assertThat(request.method()).isEqualTo("DELETE");
    assertThat(request.path()).isEqualTo("/groups/" + GROUP + "/invites/" + USER);
    assertThat(request.header("Cookie")).isEqualTo("auth=authcookie_test");
  }

  @Test
  void aDeclineIsAPutWithTheBlockFlag() {
    server.enqueue(
        response(200, JSON, "{\"success\":{\"message\":\"Invite declined.\",\"status_code\":200}}"),
        status(200));

    client.declineInvite(GROUP, true);
    client.declineInvite(GROUP);

    assertThat(server.requests()).extracting(RecordedRequest::method).containsExactly("PUT", "PUT");
    assertThat(server.requests())
        .extracting(RecordedRequest::body)
        .containsExactly("{\"block\":true}", "{\"block\":false}");
  }

  @Test
  void badPageArgumentsAndIdsAreRefusedBeforeSending() {
    assertThatThrownBy(() -> client.listInvites(GROUP, 0, 0))
        .hasMessage("pageSize must be 1 to 100, got 0");
    assertThatThrownBy(() -> client.listInvites(GROUP, 101, 0))
        .hasMessage("pageSize must be 1 to 100, got 101");
    assertThatThrownBy(() -> client.listInvites(GROUP, 10, -1))
        .hasMessage("offset must be 0 or more, got -1");
    assertThatThrownBy(() -> client.listInvites("grp_x")).hasMessageStartingWith("groupId must be");
    assertThatThrownBy(() -> client.cancelInvite(GROUP, "usr_x/../y"))
        .hasMessageStartingWith("userId must be");
    assertThatThrownBy(() -> client.declineInvite(null)).hasMessage("groupId must not be null");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aPageOfOneAndAPageOfAHundredAreTheBoundsAskedFor() {
    server.enqueue(response(200, JSON, page(0, 1)), response(200, JSON, page(0, 100)));

    assertThat(client.listInvites(GROUP, 1, 0)).hasSize(1);
    assertThat(client.listInvites(GROUP, 100, 0)).hasSize(100);

    assertThat(server.requests())
        .extracting(RecordedRequest::path)
        .containsExactly(
            "/groups/" + GROUP + "/invites?n=1&offset=0",
            "/groups/" + GROUP + "/invites?n=100&offset=0");
  }

  @Test
  void aListingAnsweredWithJsonNullOrNothingHasNoInvites() {
    server.enqueue(
        response(200, JSON, "null"),
        response(200, JSON, "null"),
        response(200, JSON, ""),
        status(204));

    assertThat(client.listInvites(GROUP)).isEmpty();
    assertThat(client.listInvites(GROUP, 10, 0)).isEmpty();
    assertThat(client.listInvites(GROUP, 10, 0)).isEmpty();
    assertThat(client.listInvites(GROUP, 10, 0)).isEmpty();
    assertThat(server.requests()).hasSize(4);
  }
}
