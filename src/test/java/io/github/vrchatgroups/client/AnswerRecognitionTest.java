package io.github.vrchatgroups.client;

import static io.github.vrchatgroups.client.testing.FaultInjectingServer.Fault.jsonError;
import static io.github.vrchatgroups.client.testing.FaultInjectingServer.Fault.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vrchatgroups.client.errors.AlreadyInvitedException;
import io.github.vrchatgroups.client.errors.AlreadyMemberException;
import io.github.vrchatgroups.client.errors.BadRequestException;
import io.github.vrchatgroups.client.errors.CannotInviteException;
import io.github.vrchatgroups.client.errors.ClientErrorException;
import io.github.vrchatgroups.client.errors.FirewallBlockedException;
import io.github.vrchatgroups.client.errors.ForbiddenException;
import io.github.vrchatgroups.client.errors.GroupNotFoundException;
import io.github.vrchatgroups.client.errors.NotFoundException;
import io.github.vrchatgroups.client.errors.NotGroupMemberException;
import io.github.vrchatgroups.client.errors.NotInvitedException;
import io.github.vrchatgroups.client.errors.Recovery;
import io.github.vrchatgroups.client.errors.ServerErrorException;
import io.github.vrchatgroups.client.errors.UnexpectedResponseException;
import io.github.vrchatgroups.client.errors.UnknownRouteException;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import io.github.vrchatgroups.client.testing.FaultInjectingServer;
import java.io.IOException;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each of VRChat's answers becomes the exception type that names it, recognised only by the exact
 * documented message (look-alike Unicode included); anything else stays the generic type of its
 * status. Against a real loopback server.
 */
@Timeout(5)
class AnswerRecognitionTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
  private static final String FIREWALL_MESSAGE =
      "\"please identify yourself with a properly formatted user-agent containing application name,"
          + " version and contact information. thank you!\"";
  private static final String FIREWALL_BODY =
      "{\"error\":{\"message\":\"\\\"please identify yourself with a properly formatted user-agent"
          + " containing application name, version and contact information. thank you!\\\"\","
          + "\"status_code\":403,\"waf_code\":13799}}";

  private FaultInjectingServer server;
  private VrchatGroupsClient client;

  @BeforeEach
  void start() throws IOException {
    server = FaultInjectingServer.start();
    client = new FakeTime().clientFor(server.url()).build();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private <E extends VrchatApiException> E fails(ThrowingCallable call, Class<E> type) {
    E failure = catchThrowableOfType(type, call);
    assertThat(failure).as("expected %s", type.getSimpleName()).isExactlyInstanceOf(type);
    return failure;
  }

  private <E extends VrchatApiException> E inviteFails(Class<E> type) {
    return fails(() -> client.inviteUser(GROUP, USER), type);
  }

  @Test
  void alreadyAMemberIsAlreadyMember() {
    server.enqueue(jsonError(400, "User Tupper is already a member of this group."));

    AlreadyMemberException failure = inviteFails(AlreadyMemberException.class);

    assertThat(failure.getMessage())
        .isEqualTo(
            "HTTP 400 the user is already a member of the group:"
                + " User Tupper is already a member of this group.");
  }

  @Test
  void alreadyInvitedIsAlreadyInvited() {
    server.enqueue(jsonError(400, "User Tupper is already invited."));

    AlreadyInvitedException failure = inviteFails(AlreadyInvitedException.class);

    assertThat(failure.getMessage())
        .isEqualTo(
            "HTTP 400 an invite to the user is already pending: User Tupper is already invited.");
  }

  @Test
  void aFourHundredWithAnotherMessageStaysABadRequest() {
    server.enqueue(jsonError(400, "User Tupper is already invited"));

    BadRequestException failure = inviteFails(BadRequestException.class);

    assertThat(failure.getMessage())
        .isEqualTo("HTTP 400 bad request: User Tupper is already invited");
  }

  @Test
  void cannotInviteIsRecognisedOnlyWithItsOneDotLeader() {
    server.enqueue(jsonError(403, "You can't invite that user\u2024"));
    CannotInviteException recognised = inviteFails(CannotInviteException.class);
    assertThat(recognised.getMessage())
        .isEqualTo("HTTP 403 the caller cannot invite this user: You can't invite that user\u2024");

    server.enqueue(jsonError(403, "You can't invite that user."));
    ForbiddenException asciiTwin = inviteFails(ForbiddenException.class);
    assertThat(asciiTwin.getMessage()).isEqualTo("HTTP 403 forbidden: You can't invite that user.");
  }

  @Test
  void theFirewallIsRecognisedByItsWafCodeAndSaysWhatToFix() {
    server.enqueue(response(403, Map.of("Content-Type", "application/json"), FIREWALL_BODY));

    FirewallBlockedException failure = inviteFails(FirewallBlockedException.class);

    assertThat(failure.getWafCode()).isEqualTo("13799");
    assertThat(failure.getServerMessage()).contains(FIREWALL_MESSAGE);
    assertThat(failure.getMessage())
        .isEqualTo(
            "HTTP 403 blocked by VRChat's web firewall (waf_code 13799): set a User-Agent that"
                + " identifies your application as 'AppName/version contact': "
                + FIREWALL_MESSAGE);
  }

  @Test
  void anyWafCodeMeansTheFirewallWhateverTheMessage() {
    server.enqueue(
        response(
            403,
            Map.of(),
            "{\"error\":{\"message\":\"go away\",\"status_code\":403,\"waf_code\":\"R-7\"}}"));

    FirewallBlockedException failure = inviteFails(FirewallBlockedException.class);

    assertThat(failure.getWafCode()).isEqualTo("R-7");
  }

  @Test
  void groupNotFoundIsRecognisedOnlyWithItsRetroflexClick() {
    server.enqueue(jsonError(404, "Can't find group\u01C3"));
    GroupNotFoundException recognised = inviteFails(GroupNotFoundException.class);
    assertThat(recognised.getMessage())
        .isEqualTo("HTTP 404 group not found: Can't find group\u01C3");

    server.enqueue(jsonError(404, "Can't find group!"));
    NotFoundException asciiTwin = inviteFails(NotFoundException.class);
    assertThat(asciiTwin.getMessage()).isEqualTo("HTTP 404 not found: Can't find group!");
  }

  @Test
  void theBareStringBodyOfAnUnknownRouteSaysTheBaseUrlIsWrong() {
    server.enqueue(response(404, Map.of(), "{\"error\":\"Not Found\",\"status_code\":404}"));

    UnknownRouteException failure = inviteFails(UnknownRouteException.class);

    assertThat(failure.getMessage())
        .isEqualTo(
            "HTTP 404 unknown API route: the base URL is probably wrong (is /api/1 missing or"
                + " doubled?): Not Found");
  }

  @ParameterizedTest
  @ValueSource(ints = {501, 404})
  void theNotImplementedAnswerOfAnUnknownRouteIsAnUnknownRouteWithItsOwnStatus(int status) {
    server.enqueue(
        response(
            status,
            Map.of(),
            "{\"error\":\"The endpoint you're looking for is not implemented by our system.\","
                + "\"status_code\":"
                + status
                + "}"));

    UnknownRouteException failure =
        fails(() -> client.listInvites(GROUP, 1, 0), UnknownRouteException.class);

    assertThat(failure.getStatusCode()).isEqualTo(status);
    assertThat(failure.getRecovery()).isEqualTo(Recovery.FIX_SETTINGS);
    assertThat(failure.getAttempts()).isEqualTo(1);
  }

  @Test
  void anotherBareString501IsOnlyAServerError() {
    server.enqueue(response(501, Map.of(), "{\"error\":\"Not Implemented\",\"status_code\":501}"));

    ServerErrorException failure =
        fails(() -> client.listInvites(GROUP, 1, 0), ServerErrorException.class);

    assertThat(failure.getStatusCode()).isEqualTo(501);
  }

  @Test
  void vrchatsRequestIdIsKeptOnTheExceptionAndEndsItsMessage() {
    server.enqueue(
        response(
            404,
            Map.of("Content-Type", "application/json", "x-vrc-request-id", "req-8f3c1a"),
            "{\"error\":{\"message\":\"Can't find group\u01C3\",\"status_code\":404}}"));

    GroupNotFoundException failure =
        fails(() -> client.listInvites(GROUP, 1, 0), GroupNotFoundException.class);

    assertThat(failure.getRequestId()).hasValue("req-8f3c1a");
    assertThat(failure.getMessage())
        .isEqualTo(
            "HTTP 404 group not found: Can't find group\u01C3 [x-vrc-request-id req-8f3c1a]");
  }

  @Test
  void withoutTheHeaderThereIsNoRequestId() {
    server.enqueue(jsonError(404, "Can't find group\u01C3"));

    assertThat(
            fails(() -> client.listInvites(GROUP, 1, 0), GroupNotFoundException.class)
                .getRequestId())
        .isEmpty();
  }

  @Test
  void onlyTheFirstPrintableRequestIdIsKept() {
    NotFoundException failure = new NotFoundException("m", null, 1);

    failure.initRequestId("bad\u0001id").initRequestId(" ").initRequestId("x".repeat(129));
    assertThat(failure.getRequestId()).isEmpty();
    failure.initRequestId("first").initRequestId("second");
    assertThat(failure.getRequestId()).hasValue("first");
    assertThat(new NotFoundException("m", null, 1).initRequestId("x".repeat(128)).getRequestId())
        .hasValue("x".repeat(128));
    assertThat(new NotFoundException("m", null, 1).initRequestId(" a~").getRequestId())
        .hasValue(" a~");
    assertThat(new NotFoundException("m", null, 1).initRequestId("a\u007f").getRequestId())
        .isEmpty();
    assertThat(new NotFoundException("m", null, 1).initRequestId("a\u001f").getRequestId())
        .isEmpty();
  }

  @Test
  void notAMemberOfTheGroupAsCapturedFromTheApiIsNotGroupMember() {
    server.enqueue(jsonError(403, "You're not a member\u2024"));

    NotGroupMemberException failure =
        fails(() -> client.listInvites(GROUP, 1, 0), NotGroupMemberException.class);

    assertThat(failure.getStatusCode()).isEqualTo(403);
  }

  @Test
  void notAMemberOfTheGroupAsTheCommunitySpecTypesItIsNotGroupMember() {
    server.enqueue(jsonError(403, "You're not a member."));

    NotGroupMemberException failure =
        fails(() -> client.listInvites(GROUP, 1, 0), NotGroupMemberException.class);

    assertThat(failure.getStatusCode()).isEqualTo(403);
  }

  @Test
  void cancellingAnInviteThatIsNotPendingIsNotInvited() {
    server.enqueue(jsonError(400, "You can't uninvite a user who wasn't invited\u2024"));

    NotInvitedException failure =
        fails(() -> client.cancelInvite(GROUP, USER), NotInvitedException.class);

    assertThat(failure.getMessage())
        .isEqualTo(
            "HTTP 400 there is no pending invite to withdraw or decline:"
                + " You can't uninvite a user who wasn't invited\u2024");
  }

  @Test
  void decliningAnInviteThatWasNotSentIsNotInvited() {
    server.enqueue(jsonError(400, "You can't decline an invite that wasn't sent to you\u2024"));

    fails(() -> client.declineInvite(GROUP), NotInvitedException.class);
  }

  @Test
  void anUndocumentedFourHundredStatusIsAClientError() {
    server.enqueue(jsonError(418, "I'm a teapot"));

    ClientErrorException failure = inviteFails(ClientErrorException.class);

    assertThat(failure.getStatusCode()).isEqualTo(418);
    assertThat(failure.getMessage()).isEqualTo("HTTP 418 client error: I'm a teapot");
  }

  @Test
  void theLastStatusOfTheFourHundredsIsStillAClientError() {
    server.enqueue(jsonError(499, "client closed request"));

    assertThat(inviteFails(ClientErrorException.class).getStatusCode()).isEqualTo(499);
  }

  @Test
  void everyFiveHundredStatusUpToFiveNinetyNineIsAServerError() {
    server.enqueue(jsonError(599, "network connect timeout"));

    ServerErrorException failure = inviteFails(ServerErrorException.class);

    assertThat(failure.getStatusCode()).isEqualTo(599);
    assertThat(failure.getServerMessage()).hasValue("network connect timeout");
  }

  @Test
  void aStatusBeyondTheFiveHundredsIsAnUnexpectedResponseWithItsBody() {
    server.enqueue(response(600, Map.of("Content-Type", "text/plain"), "six hundred"));

    UnexpectedResponseException failure = inviteFails(UnexpectedResponseException.class);

    assertThat(failure.getStatusCode()).isEqualTo(600);
    assertThat(failure.getBodyExcerpt()).isEqualTo("six hundred");
  }
}
