package io.github.vrchatgroups.client;

import static io.github.vrchatgroups.client.testing.FaultInjectingServer.Fault.cutBody;
import static io.github.vrchatgroups.client.testing.FaultInjectingServer.Fault.dripBody;
import static io.github.vrchatgroups.client.testing.FaultInjectingServer.Fault.jsonError;
import static io.github.vrchatgroups.client.testing.FaultInjectingServer.Fault.resetBeforeResponse;
import static io.github.vrchatgroups.client.testing.FaultInjectingServer.Fault.resetMidResponse;
import static io.github.vrchatgroups.client.testing.FaultInjectingServer.Fault.response;
import static io.github.vrchatgroups.client.testing.FaultInjectingServer.Fault.stall;
import static io.github.vrchatgroups.client.testing.FaultInjectingServer.Fault.stallMidBody;
import static io.github.vrchatgroups.client.testing.FaultInjectingServer.Fault.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vrchatgroups.client.errors.ApiConnectionException;
import io.github.vrchatgroups.client.errors.BadRequestException;
import io.github.vrchatgroups.client.errors.RateLimitedException;
import io.github.vrchatgroups.client.errors.ServerErrorException;
import io.github.vrchatgroups.client.errors.UnexpectedResponseException;
import io.github.vrchatgroups.client.testing.FaultInjectingServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The facade against a real loopback server that misbehaves the ways the VRChat API, its proxies
 * and the network do. Time is fake: backoff is recorded, never slept.
 */
@Timeout(5)
class FaultToleranceTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
  private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

  private FaultInjectingServer server;
  private FakeTime time;

  @BeforeEach
  void startServer() throws IOException {
    server = FaultInjectingServer.start();
    time = new FakeTime();
  }

  @AfterEach
  void stopServer() throws IOException {
    server.close();
  }

  private VrchatGroupsClient.Builder clientFor(String url) {
    return time.clientFor(url);
  }

  private VrchatGroupsClient client() {
    return clientFor(server.url()).build();
  }

  private <E extends Throwable> E inviteFails(VrchatGroupsClient client, Class<E> type) {
    E failure = catchThrowableOfType(type, () -> client.inviteUserLiftingBan(GROUP, USER));
    assertThat(failure).as("expected %s", type.getSimpleName()).isNotNull();
    return failure;
  }

  @Test
  void aRateLimitFollowedBySuccessIsRetriedOnceAfterBackoff() {
    server.enqueue(jsonError(429, "Rate limited"), status(200));

    assertThatCode(() -> client().inviteUserLiftingBan(GROUP, USER)).doesNotThrowAnyException();

    assertThat(server.requests()).hasSize(2);
    // Retry 1 with jitter 0.5: halfway between the 1 s floor and 2 s.
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(1500));
  }

  @Test
  void aLastingRateLimitGivesUpAfterMaxRetriesWithTheAttemptCount() {
    for (int i = 0; i < 10; i++) {
      server.enqueue(jsonError(429, "Rate limited"));
    }

    RateLimitedException failure =
        inviteFails(clientFor(server.url()).maxRetries(3).build(), RateLimitedException.class);

    assertThat(server.requests()).hasSize(4);
    assertThat(failure.getAttempts()).isEqualTo(4);
    assertThat(failure.getMessage())
        .isEqualTo("HTTP 429 rate limited: Rate limited (after 4 attempts)");
    assertThat(time.sleeps())
        .containsExactly(Duration.ofMillis(1500), Duration.ofMillis(2500), Duration.ofMillis(4500));
  }

  @Test
  void retryAfterInSecondsIsHonoured() {
    server.enqueue(response(429, Map.of("Retry-After", "2"), ""), status(200));

    client().inviteUserLiftingBan(GROUP, USER);

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void retryAfterAsHttpDateIsHonoured() {
    String inSevenSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            FakeTime.START.plusSeconds(7).atOffset(ZoneOffset.UTC));
    server.enqueue(response(429, Map.of("Retry-After", inSevenSeconds), ""), status(200));

    client().inviteUserLiftingBan(GROUP, USER);

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void aGarbageRetryAfterFallsBackToBackoff() {
    server.enqueue(response(429, Map.of("Retry-After", "abc"), ""), status(200));

    client().inviteUserLiftingBan(GROUP, USER);

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(1500));
  }

  @Test
  void aRetryAfterLongerThanThePolicyAllowsEndsTheCallWithTheWaitAskedFor() {
    server.enqueue(response(429, Map.of("Retry-After", "3600"), ""));

    RateLimitedException failure = inviteFails(client(), RateLimitedException.class);

    assertThat(server.requests()).hasSize(1);
    assertThat(failure.getRetryAfter()).contains(Duration.ofHours(1));
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void retriesStopWhenTheNextWaitWouldExceedTheTotalTimeBudget() {
    for (int i = 0; i < 10; i++) {
      server.enqueue(response(429, Map.of("Retry-After", "40"), ""));
    }
    RetryPolicy policy =
        RetryPolicy.builder().maxRetries(10).maxElapsed(Duration.ofSeconds(100)).build();

    RateLimitedException failure =
        inviteFails(
            clientFor(server.url()).retryPolicy(policy).build(), RateLimitedException.class);

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(40), Duration.ofSeconds(40));
    assertThat(failure.getAttempts()).isEqualTo(3);
  }

  @Test
  void theTimeBudgetIsMeasuredOnTheMonotonicClockNotTheWallClock() {
    for (int i = 0; i < 10; i++) {
      server.enqueue(response(429, Map.of("Retry-After", "40"), ""));
    }
    RetryPolicy policy =
        RetryPolicy.builder().maxRetries(10).maxElapsed(Duration.ofSeconds(100)).build();
    // A wall clock that stands still (or steps back, as NTP may make it) must not stretch it.
    TimeSource standingStill = time.withWallClockAt(FakeTime.START);

    RateLimitedException failure =
        inviteFails(
            clientFor(server.url()).retryPolicy(policy).timeSource(standingStill).build(),
            RateLimitedException.class);

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(40), Duration.ofSeconds(40));
    assertThat(failure.getAttempts()).isEqualTo(3);
  }

  @Test
  void maxRetriesZeroDisablesRetries() {
    server.enqueue(jsonError(429, "Rate limited"), status(200));

    RateLimitedException failure =
        inviteFails(clientFor(server.url()).maxRetries(0).build(), RateLimitedException.class);

    assertThat(server.requests()).hasSize(1);
    assertThat(failure.getAttempts()).isEqualTo(1);
  }

  @Test
  void aServiceUnavailableWithRetryAfterIsRetried() {
    server.enqueue(response(503, Map.of("Retry-After", "1"), "<html>down</html>"), status(200));

    client().inviteUserLiftingBan(GROUP, USER);

    assertThat(server.requests()).hasSize(2);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void aServiceUnavailableWithoutRetryAfterIsNotRetriedBecauseTheInviteMayHaveBeenSent() {
    server.enqueue(response(503, Map.of(), "<html>down</html>"), status(200));

    ServerErrorException failure = inviteFails(client(), ServerErrorException.class);

    assertThat(server.requests()).hasSize(1);
    assertThat(failure.getStatusCode()).isEqualTo(503);
  }

  @Test
  void anHtmlServerErrorBecomesAServerErrorWithAnExcerpt() {
    server.enqueue(
        response(
            500,
            Map.of("Content-Type", "text/html"),
            "<html>\n<body>Internal Server Error</body>\n</html>"));

    ServerErrorException failure = inviteFails(client(), ServerErrorException.class);

    assertThat(failure.getServerMessage()).isEmpty();
    assertThat(failure.getBodyExcerpt())
        .isEqualTo("<html> <body>Internal Server Error</body> </html>");
    assertThat(failure.getMessage())
        .isEqualTo(
            "HTTP 500 server error; body starts: <html> <body>Internal Server Error</body> </html>");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void aBadGatewayWithAnEmptyBodyBecomesAServerError() {
    server.enqueue(status(502));

    ServerErrorException failure = inviteFails(client(), ServerErrorException.class);

    assertThat(failure.getStatusCode()).isEqualTo(502);
    assertThat(failure.getBodyExcerpt()).isEmpty();
    assertThat(failure.getMessage()).isEqualTo("HTTP 502 server error");
  }

  @Test
  void aSuccessBodyOfExactlyTheCapWithoutALengthIsReadWhole() {
    String invite =
        "{\"id\":\"gmem_x\",\"groupId\":\"" + GROUP + "\",\"userId\":\"" + USER + "\"}]";
    String padded = "[" + " ".repeat(1024 * 1024 - 1 - invite.length()) + invite;
    byte[] body = padded.getBytes(StandardCharsets.UTF_8);
    assertThat(body).hasSize(1024 * 1024);
    server.enqueue(FaultInjectingServer.Fault.closeDelimited(200, JSON, body));

    List<GroupInvite> invites = client().listInvites(GROUP);

    assertThat(invites).extracting(GroupInvite::userId).containsExactly(USER);
  }

  @Test
  void aCompleteSuccessBodyOverTheCapIsAnUnexpectedResponseThatIsNeverRetried() {
    String huge = "[" + "{\"id\":\"gmem_x\"},".repeat(80_000) + "{}]";
    for (int i = 0; i < 5; i++) {
      server.enqueue(response(200, JSON, huge));
    }
    VrchatGroupsClient client = client();

    UnexpectedResponseException failure =
        catchThrowableOfType(
            UnexpectedResponseException.class,
            () -> client.listInvites("grp_00000000-0000-0000-0000-000000000000"));

    assertThat(failure).isExactlyInstanceOf(UnexpectedResponseException.class);
    assertThat(failure.getStatusCode()).isEqualTo(200);
    assertThat(failure.getAttempts()).isEqualTo(1);
    assertThat(failure.getMessage())
        .startsWith(
            "HTTP 200 unexpected response (HTTP 200 response body is longer than 1048576 bytes)");
    assertThat(server.requests()).hasSize(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void unknownFieldsAndNullsInAnErrorBodyAreIgnored() {
    server.enqueue(
        response(
            400,
            JSON,
            "{\"error\":{\"message\":\"User Tupper is already invited.\",\"status_code\":400,\"new\":{\"x\":[1]},\"data\":null},\"extra\":true}"));

    BadRequestException failure = inviteFails(client(), BadRequestException.class);

    assertThat(failure.getServerMessage()).contains("User Tupper is already invited.");
  }

  @Test
  void aSyntacticallyBrokenErrorBodyKeepsTheTypedExceptionAndTheRawExcerpt() {
    server.enqueue(response(400, JSON, "{\"error\":{\"message\":\"Use"));

    BadRequestException failure = inviteFails(client(), BadRequestException.class);

    assertThat(failure.getServerMessage()).isEmpty();
    assertThat(failure.getBodyExcerpt()).isEqualTo("{\"error\":{\"message\":\"Use");
  }

  @Test
  void aBodyCutShortByTheServerIsAConnectionFailureThatMayHaveActed() {
    server.enqueue(cutBody(400, 200, "{\"error\":{\"mess"));

    ApiConnectionException failure = inviteFails(client(), ApiConnectionException.class);

    assertThat(failure.requestMayHaveBeenSent()).isTrue();
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void aSeveralMegabyteErrorBodyBecomesAShortMessage() {
    String huge = "{\"error\":{\"message\":\"" + "x".repeat(5_000_000) + "\",\"status_code\":500}}";
    server.enqueue(response(500, JSON, huge));

    ServerErrorException failure = inviteFails(client(), ServerErrorException.class);

    assertThat(failure.getMessage()).hasSizeLessThan(400);
    assertThat(failure.getBodyExcerpt())
        .hasSizeLessThanOrEqualTo(301)
        .startsWith("{\"error\":{\"message\":\"xxx");
  }

  @Test
  void aReadTimeoutIsNotRetriedBecauseTheInviteMayHaveBeenSent() {
    server.enqueue(stall());

    ApiConnectionException failure = inviteFails(client(), ApiConnectionException.class);

    assertThat(failure.requestMayHaveBeenSent()).isTrue();
    assertThat(failure.mayHaveActed()).isTrue();
    assertThat(failure.getMessage()).contains("the server may have acted on it");
    assertThat(failure.getAttempts()).isEqualTo(1);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void aListingThatTimesOutNeverSaysVrchatMayHaveActed() {
    server.enqueue(stall(), stall());
    VrchatGroupsClient client =
        clientFor(server.url()).readTimeout(Duration.ofMillis(200)).maxRetries(1).build();

    ApiConnectionException failure =
        catchThrowableOfType(ApiConnectionException.class, () -> client.listInvites(GROUP));

    assertThat(failure.requestMayHaveBeenSent()).isTrue();
    assertThat(failure.mayHaveActed()).isFalse();
    assertThat(failure.getMessage())
        .contains("a read, which changes nothing")
        .doesNotContain("may have acted")
        .doesNotContainPattern("[A-Z][a-z]+Exception");
    assertThat(failure.getAttempts()).isEqualTo(2);
  }

  @Test
  void aBodyThatStallsHalfwayTimesOutInsteadOfHanging() {
    server.enqueue(stallMidBody());

    ApiConnectionException failure = inviteFails(client(), ApiConnectionException.class);

    assertThat(failure.requestMayHaveBeenSent()).isTrue();
    assertThat(failure.getCause()).isInstanceOf(java.net.SocketTimeoutException.class);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void aBodyThatTricklesInIsCutAtTheDeadlineOfTheWholeResponse() {
    // One byte every 100 ms: no read waits as long as the 300 ms read timeout.
    server.enqueue(dripBody(Duration.ofMillis(100)));
    VrchatGroupsClient client = client();
    long started = System.nanoTime();

    ApiConnectionException failure = inviteFails(client, ApiConnectionException.class);

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(failure.getCause())
        .isInstanceOf(java.net.SocketTimeoutException.class)
        .hasMessage("no complete response within PT0.6S");
    assertThat(took).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void aRefusedConnectionIsRetriedWithinTheBoundBecauseNothingWasSent() throws IOException {
    ApiConnectionException failure =
        inviteFails(
            clientFor(FaultInjectingServer.refusingUrl()).maxRetries(2).build(),
            ApiConnectionException.class);

    assertThat(failure.requestMayHaveBeenSent()).isFalse();
    assertThat(failure.getAttempts()).isEqualTo(3);
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(1500), Duration.ofMillis(2500));
  }

  @Test
  void aCallOnAClosedClientIsAConnectionFailureThatSentNothingAndIsNotRetried() {
    server.enqueue(status(200), status(200));
    VrchatGroupsClient client = client();
    client.inviteUserLiftingBan(GROUP, USER);

    client.close();
    ApiConnectionException failure = inviteFails(client, ApiConnectionException.class);

    assertThat(failure.requestMayHaveBeenSent()).isFalse();
    assertThat(failure.getAttempts()).isEqualTo(1);
    assertThat(failure).hasMessageContaining("the client is closed");
    assertThat(server.requests()).hasSize(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void aResetMidResponseIsNotRetried() {
    server.enqueue(resetMidResponse(), status(200));

    ApiConnectionException failure = inviteFails(client(), ApiConnectionException.class);

    assertThat(failure.requestMayHaveBeenSent()).isTrue();
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void aResetOfAKeptAliveConnectionNeverMakesTheTransportSendTheInviteTwice() {
    server.enqueue(status(200), resetBeforeResponse(), status(200), status(200));
    VrchatGroupsClient client = client();
    client.inviteUserLiftingBan(GROUP, USER);

    // The second invite goes out on the pooled connection, which the server resets after reading
    // it.
    ApiConnectionException failure = inviteFails(client, ApiConnectionException.class);

    assertThat(failure.requestMayHaveBeenSent()).isTrue();
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void aRedirectIsNotFollowedSoTheCookieStaysWithTheApi() {
    server.enqueue(response(302, Map.of("Location", "http://127.0.0.2:1/elsewhere"), ""));

    UnexpectedResponseException failure = inviteFails(client(), UnexpectedResponseException.class);

    assertThat(failure.getStatusCode()).isEqualTo(302);
    assertThat(server.requests()).hasSize(1);
  }
}
