package io.github.vrchatgroups.client.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.github.vrchatgroups.client.GroupInvite;
import io.github.vrchatgroups.client.RateGovernor;
import io.github.vrchatgroups.client.Session;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.auth.TwoFactorCode;
import io.github.vrchatgroups.client.auth.TwoFactorMethod;
import io.github.vrchatgroups.client.auth.TwoFactorPrompt;
import io.github.vrchatgroups.client.auth.VrchatLogin;
import io.github.vrchatgroups.client.errors.AlreadyInvitedException;
import io.github.vrchatgroups.client.errors.AlreadyMemberException;
import io.github.vrchatgroups.client.errors.CannotInviteException;
import io.github.vrchatgroups.client.errors.FirewallBlockedException;
import io.github.vrchatgroups.client.errors.GroupNotFoundException;
import io.github.vrchatgroups.client.errors.NotGroupMemberException;
import io.github.vrchatgroups.client.errors.NotInvitedException;
import io.github.vrchatgroups.client.errors.RateLimitedException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import io.github.vrchatgroups.client.errors.UnknownRouteException;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox driven through the real client, each documented outcome once, and every answer to a
 * request the spec defines checked against the spec.
 */
class VrchatSandboxTest {
  private static final String TOKEN = "authcookie_sandbox-test";
  private static final String GROUP = "grp_11111111-2222-3333-4444-555555555555";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
  private static final OpenApiInteractionValidator SPEC =
      OpenApiInteractionValidator.createForSpecificationUrl(
              Path.of("openapi/vrchat-groups.yaml").toUri().toString())
          .build();

  private VrchatSandbox sandbox;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    sandbox = VrchatSandbox.start().acceptAuthToken(TOKEN).addGroup(GROUP).addUser(USER, "Tupper");
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private VrchatGroupsClient client(String token) {
    VrchatGroupsClient.Builder builder =
        VrchatGroupsClient.builder()
            .baseUrl(sandbox.url())
            .userAgent("SandboxTest/1.0 t@example.invalid")
            .maxRetries(0)
            // What the sandbox does with many requests at once, not the SDK's pace.
            .rateGovernor(RateGovernor.unpaced());
    return (token == null ? builder : builder.authCookie(token)).build();
  }

  /** A client with the test's auth cookie that identifies itself as another application. */
  private VrchatGroupsClient clientOf(String userAgent) {
    return VrchatGroupsClient.builder()
        .baseUrl(sandbox.url())
        .userAgent(userAgent)
        .authCookie(TOKEN)
        .maxRetries(0)
        .build();
  }

  private <E extends VrchatApiException> E inviteFails(
      Class<E> type, VrchatGroupsClient client, String groupId, String userId) {
    E failure = catchThrowableOfType(type, () -> client.inviteUser(groupId, userId));
    assertThat(failure).as("expected %s", type.getSimpleName()).isExactlyInstanceOf(type);
    return failure;
  }

  @Test
  void resetForgetsEverythingASetUpCanLeaveBehind() {
    String other = "usr_00000000-0000-4000-8000-000000000001";
    sandbox
        .addUser(other, "Other")
        .refuseInvitesTo(other)
        .blockApplication("Stale")
        .acceptAnyUser(true)
        .addAccount("bot", "pw", "usr_00000000-0000-4000-8000-0000000000b0", "Bot")
        .rateLimit(100, Duration.ofHours(1), false);
    client(TOKEN).inviteUser(GROUP, USER);
    sandbox.exhaustRateLimit();

    sandbox.reset();

    assertThat(sandbox.acceptedAuthTokens()).isEmpty();
    assertThat(sandbox.sentInvites()).isEmpty();
    sandbox.acceptAuthToken(TOKEN).addGroup(GROUP).addUser(other, "Other");
    assertThat(sandbox.pendingInvites(GROUP)).isEmpty();
    VrchatGroupsClient stale = clientOf("Stale/1.0 t@example.invalid");
    assertThatCode(() -> stale.inviteUser(GROUP, other))
        .as("no refusal, no firewall block, no rate limit left")
        .doesNotThrowAnyException();
    inviteFails(CannotInviteException.class, client(TOKEN), GROUP, USER); // no longer known
    try (VrchatLogin login =
        VrchatLogin.builder()
            .baseUrl(sandbox.url())
            .userAgent("SandboxTest/1.0 t@example.invalid")
            .build()) {
      assertThatThrownBy(() -> login.login("bot", "pw".toCharArray(), TwoFactorPrompt.NONE))
          .isInstanceOf(UnauthorizedException.class);
    }
  }

  @Test
  void anInviteIsRecordedAsPending() {
    assertThatCode(() -> client(TOKEN).inviteUser(GROUP, USER)).doesNotThrowAnyException();

    assertThat(sandbox.pendingInvites(GROUP)).containsExactly(USER);
    assertThat(sandbox.sentInvites()).containsExactly(GROUP + "/" + USER);
  }

  @Test
  void aSecondInviteToTheSameUserIsAlreadyInvited() {
    client(TOKEN).inviteUser(GROUP, USER);

    AlreadyInvitedException failure =
        inviteFails(AlreadyInvitedException.class, client(TOKEN), GROUP, USER);

    assertThat(failure.getServerMessage()).contains("User Tupper is already invited.");
    assertThat(sandbox.sentInvites()).hasSize(1);
  }

  @Test
  void aMemberIsAlreadyAMember() {
    sandbox.addMember(GROUP, USER);

    AlreadyMemberException failure =
        inviteFails(AlreadyMemberException.class, client(TOKEN), GROUP, USER);

    assertThat(failure.getServerMessage())
        .contains("User Tupper is already a member of this group.");
  }

  @Test
  void noOrAnUnknownAuthCookieIsMissingCredentials() {
    assertThat(
            inviteFails(UnauthorizedException.class, client(null), GROUP, USER).getServerMessage())
        .contains("\"Missing Credentials\"");
    assertThat(
            inviteFails(UnauthorizedException.class, client("authcookie_unknown"), GROUP, USER)
                .getServerMessage())
        .contains("\"Missing Credentials\"");
  }

  @Test
  void aUserWhoRefusesInvitesCannotBeInvitedWithTheLookAlikeDot() {
    sandbox.refuseInvitesTo(USER);

    CannotInviteException failure =
        inviteFails(CannotInviteException.class, client(TOKEN), GROUP, USER);

    assertThat(failure.getServerMessage()).contains("You can't invite that user\u2024");
  }

  @Test
  void aBannedUserIsRefusedAnInviteWithoutTheOverrideAndUnbannedByOneWithIt() throws Exception {
    sandbox.addUser(USER, "Tupper").addBannedUser(GROUP, USER);
    String invite = "{\"userId\":\"" + USER + "\",\"confirmOverrideBlock\":";

    HttpResponse<String> refused = send("POST", "/groups/" + GROUP + "/invites", invite + "false}");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(sandbox.bannedUsers(GROUP)).containsExactly(USER);

    HttpResponse<String> lifted = send("POST", "/groups/" + GROUP + "/invites", invite + "true}");
    assertThat(lifted.statusCode()).isEqualTo(200);
    assertThat(sandbox.bannedUsers(GROUP)).isEmpty();
    assertThat(sandbox.sentInvites()).containsExactly(GROUP + "/" + USER);
  }

  @Test
  void anUnknownGroupIsNotFoundWithTheLookAlikeExclamationMark() {
    GroupNotFoundException failure =
        inviteFails(
            GroupNotFoundException.class,
            client(TOKEN),
            "grp_99999999-0000-0000-0000-000000000000",
            USER);

    assertThat(failure.getServerMessage()).contains("Can't find group\u01C3");
  }

  @Test
  void overTheRateLimitTheSandboxAnswers429WithRetryAfterWhenAsked() {
    // Two requests a ban-safe invite: the membership read, then the invite.
    sandbox.rateLimit(2, Duration.ofMinutes(1), true);
    client(TOKEN).inviteUser(GROUP, USER);

    RateLimitedException failure =
        inviteFails(
            RateLimitedException.class,
            client(TOKEN),
            GROUP,
            "usr_00000000-1111-2222-3333-444444444444");

    assertThat(failure.getRetryAfter())
        .hasValueSatisfying(
            wait -> assertThat(wait).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(60)));
  }

  @Test
  void overTheRateLimitWithoutRetryAfterTheSandboxSendsNone() {
    sandbox.rateLimit(2, Duration.ofMinutes(1), false);
    client(TOKEN).inviteUser(GROUP, USER);

    RateLimitedException failure =
        inviteFails(RateLimitedException.class, client(TOKEN), GROUP, USER);

    assertThat(failure.getRetryAfter()).isEmpty();
  }

  @Test
  void theFirewallRefusesAnApplicationItBlocksLikeVrchats() {
    sandbox.blockApplication("TimmyFriendTracker");
    VrchatGroupsClient timmy = clientOf("TimmyFriendTracker/1.5.1 timmy@example.com");

    FirewallBlockedException failure =
        inviteFails(FirewallBlockedException.class, timmy, GROUP, USER);

    assertThat(failure.getWafCode()).isEqualTo("13799");
    assertThat(failure.getServerMessage())
        .contains(
            "\"please identify yourself with a properly formatted user-agent containing application"
                + " name, version and contact information. thank you!\"");
    assertThat(sandbox.sentInvites()).isEmpty();
  }

  @Test
  void theFirewallRefusesUserAgentsThatDoNotIdentifyTheApplication() throws Exception {
    for (String agent :
        List.of("curl", "Mozilla 5.0", "MyBot/", "MyBot/1.0", "MyBot/1.0 discord: me")) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(sandbox.url() + "/groups/" + GROUP + "/invites"))
              .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + USER + "\"}"))
              .header("Cookie", "auth=" + TOKEN)
              .header("User-Agent", agent)
              .build();

      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).as(agent).isEqualTo(403);
      assertThat(response.body()).as(agent).contains("\"waf_code\":13799");
    }
    assertThat(sandbox.sentInvites()).isEmpty();
  }

  @Test
  void theFirewallServesAUserAgentOfUpTo512CharactersAndRefusesALongerOne() throws Exception {
    String start = "SandboxTest/1.0 t@example.invalid ";
    String longest = start + "x".repeat(512 - start.length());

    assertThat(tokenCheckStatusWith(longest)).isEqualTo(200);
    assertThat(tokenCheckStatusWith(longest + "x")).isEqualTo(403);
  }

  private int tokenCheckStatusWith(String agent) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(sandbox.url() + "/auth"))
            .header("Cookie", "auth=" + TOKEN)
            .header("User-Agent", agent)
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void theFirewallRefusesARequestWithoutAUserAgent() throws IOException {
    // The JDK client always sends an agent of its own: only a raw socket can send none.
    String body = "{\"userId\":\"" + USER + "\"}";
    String answer;
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), sandbox.port())) {
      String request =
          "POST /groups/"
              + GROUP
              + "/invites HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: auth="
              + TOKEN
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + body.length()
              + "\r\nConnection: close\r\n\r\n"
              + body;
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(answer).startsWith("HTTP/1.1 403").contains("\"waf_code\":13799");
    assertThat(sandbox.sentInvites()).isEmpty();
  }

  @Test
  void aBaseUrlWithApiOneDoubledIsAnUnknownRoute() {
    VrchatGroupsClient doubled =
        VrchatGroupsClient.builder()
            .baseUrl(sandbox.url() + "/api/1")
            .userAgent("SandboxTest/1.0 t@example.invalid")
            .authCookie(TOKEN)
            .maxRetries(0)
            .build();

    UnknownRouteException failure = inviteFails(UnknownRouteException.class, doubled, GROUP, USER);

    assertThat(failure.getMessage()).contains("the base URL is probably wrong");
  }

  @Test
  void anExhaustedRateLimitAnswers429ToTheNextRequest() {
    sandbox.rateLimit(5, Duration.ofHours(1), false).exhaustRateLimit();

    RateLimitedException failure =
        inviteFails(RateLimitedException.class, client(TOKEN), GROUP, USER);

    assertThat(failure.getRetryAfter()).isEmpty();
    assertThat(sandbox.sentInvites()).isEmpty();
  }

  @Test
  void exhaustingARateLimitThatIsOffIsAMistake() {
    assertThatThrownBy(() -> sandbox.exhaustRateLimit())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("exhaustRateLimit needs a rateLimit first");
  }

  @Test
  void cancellingAnInviteThatIsNotPendingIsNotInvited() {
    NotInvitedException failure =
        catchThrowableOfType(
            NotInvitedException.class, () -> client(TOKEN).cancelInvite(GROUP, USER));

    assertThat(failure).isExactlyInstanceOf(NotInvitedException.class);
  }

  @Test
  void concurrentInvitesToOneUserSendExactlyOneInvite() throws Exception {
    VrchatGroupsClient client = client(TOKEN);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(
            pool.submit(
                () -> {
                  try {
                    client.inviteUser(GROUP, USER);
                    return true;
                  } catch (AlreadyInvitedException alreadyInvited) {
                    return false;
                  }
                }));
      }
      long succeeded = 0;
      for (Future<Boolean> result : results) {
        succeeded += result.get() ? 1 : 0;
      }
      assertThat(succeeded).isEqualTo(1);
      assertThat(sandbox.sentInvites()).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anInviteIsListedUntilCancelled() {
    String admin = "usr_0000000a-0000-0000-0000-000000000000";
    sandbox.acceptAuthToken("authcookie_admin", admin).addMember(GROUP, admin);
    VrchatGroupsClient client = client("authcookie_admin");

    client.inviteUser(GROUP, USER);
    List<GroupInvite> listed = client.listInvites(GROUP);
    client.cancelInvite(GROUP, USER);

    assertThat(listed)
        .singleElement()
        .satisfies(
            invite -> {
              assertThat(invite.userId()).isEqualTo(USER);
              assertThat(invite.displayName()).isEqualTo("Tupper");
              assertThat(invite.memberId()).startsWith("gmem_");
              assertThat(invite.invitedAt()).isNotNull();
            });
    assertThat(client.listInvites(GROUP)).isEmpty();
  }

  @Test
  void listingWalksEveryPageOfALargeGroup() {
    String admin = "usr_0000000a-0000-0000-0000-000000000000";
    sandbox.acceptAuthToken("authcookie_admin", admin).addMember(GROUP, admin);
    for (int i = 0; i < 250; i++) {
      sandbox.addPendingInvite(GROUP, String.format("usr_00000000-0000-0000-0000-%012d", i));
    }

    List<GroupInvite> invites = client("authcookie_admin").listInvites(GROUP);

    assertThat(invites).hasSize(250).extracting(GroupInvite::userId).doesNotHaveDuplicates();
    assertThat(client("authcookie_admin").listInvites(GROUP, 10, 245)).hasSize(5);
  }

  @Test
  void listingIsForMembersOnly() {
    NotGroupMemberException failure =
        catchThrowableOfType(NotGroupMemberException.class, () -> client(TOKEN).listInvites(GROUP));

    assertThat(failure).isExactlyInstanceOf(NotGroupMemberException.class);
    assertThat(failure.getServerMessage()).hasValue("You're not a member\u2024");
  }

  @Test
  void aDeclinedInviteWithBlockStopsTheGroupFromInvitingAgain() {
    sandbox.acceptAuthToken("authcookie_invitee", USER);
    client(TOKEN).inviteUser(GROUP, USER);

    client("authcookie_invitee").declineInvite(GROUP, true);

    assertThat(sandbox.pendingInvites(GROUP)).isEmpty();
    assertThat(
            inviteFails(CannotInviteException.class, client(TOKEN), GROUP, USER).getServerMessage())
        .contains("You can't invite that user\u2024");
    NotInvitedException again =
        catchThrowableOfType(
            NotInvitedException.class, () -> client("authcookie_invitee").declineInvite(GROUP));
    assertThat(again.getServerMessage())
        .contains("You can't decline an invite that wasn't sent to you\u2024");
  }

  @Test
  void requestsTheSpecDoesNotDefineGetA4xxInTheErrorEnvelope() throws Exception {
    String invites = "/groups/" + GROUP + "/invites";
    assertEnvelope(send("PATCH", invites, "{}"), 405);
    assertEnvelope(send("GET", invites + "/" + USER, null), 405);
    assertEnvelope(send("POST", invites, "{not json"), 400);
    assertEnvelope(send("POST", invites, "{\"confirmOverrideBlock\":true}"), 400);
    assertEnvelope(send("POST", invites, "{\"userId\":42}"), 400);
    assertEnvelope(send("POST", invites, "{\"userId\":\"not a user id\"}"), 400);
  }

  @Test
  void aDeclineWhoseBlockIsNotABooleanIsABadRequestSayingSo() throws Exception {
    String invites = "/groups/" + GROUP + "/invites";
    for (String body : new String[] {"{not json", "{\"block\":\"yes\"}"}) {
      HttpResponse<String> response = send("PUT", invites, body);

      assertEnvelope(response, 400);
      assertThat(response.body()).contains("block must be a boolean");
    }
  }

  @Test
  void resetForgetsLoginsWaitingForACodeAndRememberedDevices() throws Exception {
    sandbox
        .addAccount("bot", "pw", "usr_00000000-0000-4000-8000-0000000000b0", "Bot")
        .acceptTwoFactorCode("bot", "123456")
        .awaitSecondFactor("authcookie_waiting", "bot");
    TwoFactorPrompt code = accepted -> new TwoFactorCode(TwoFactorMethod.TOTP, "123456");
    List<Set<TwoFactorMethod>> asked = new ArrayList<>();
    try (VrchatLogin login =
        VrchatLogin.builder()
            .baseUrl(sandbox.url())
            .userAgent("SandboxTest/1.0 t@example.invalid")
            .build()) {
      Session first = login.login("bot", "pw".toCharArray(), code);

      sandbox.reset();
      sandbox
          .addAccount("bot", "pw", "usr_00000000-0000-4000-8000-0000000000b0", "Bot")
          .acceptTwoFactorCode("bot", "123456");
      login.login(
          "bot",
          "pw".toCharArray(),
          first.twoFactorAuthToken(),
          accepted -> {
            asked.add(accepted);
            return code.answer(accepted);
          });
    }
    HttpResponse<String> waiting =
        send(
            "POST",
            "/auth/twofactorauth/totp/verify",
            "{\"code\":\"123456\"}",
            "authcookie_waiting");

    assertThat(asked).as("the remembered device is forgotten: the code is asked again").hasSize(1);
    assertThat(waiting.statusCode())
        .as("the login waiting for its code is forgotten")
        .isEqualTo(401);
  }

  @Test
  void anUnknownRouteAnswersTheBareStringEnvelope() throws Exception {
    HttpResponse<String> response = send("POST", "/no/such/route", "{}");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body())
        .isEqualTo(
            "{\"error\":\"The endpoint you're looking for is not implemented by our system.\","
                + "\"status_code\":404}");
  }

  @Test
  void everyDocumentedAnswerConformsToTheSpec() throws Exception {
    sandbox
        .addMember(GROUP, "usr_00000000-0000-0000-0000-00000000000a")
        .addPendingInvite(GROUP, "usr_00000000-0000-0000-0000-00000000000b")
        .refuseInvitesTo("usr_00000000-0000-0000-0000-00000000000c");
    String invites = "/groups/" + GROUP + "/invites";
    List<Integer> statuses = new ArrayList<>();
    for (String user :
        List.of(
            USER,
            "usr_00000000-0000-0000-0000-00000000000a",
            "usr_00000000-0000-0000-0000-00000000000b",
            "usr_00000000-0000-0000-0000-00000000000c")) {
      statuses.add(sendAndValidate(invites, "{\"userId\":\"" + user + "\"}", TOKEN));
    }
    statuses.add(sendAndValidate(invites, "{\"userId\":\"" + USER + "\"}", null));
    statuses.add(
        sendAndValidate(
            "/groups/grp_99999999-0000-0000-0000-000000000000/invites",
            "{\"userId\":\"" + USER + "\"}",
            TOKEN));

    assertThat(statuses).containsExactly(200, 400, 400, 403, 401, 404);
  }

  @Test
  void everyDocumentedLifecycleAnswerConformsToTheSpec() throws Exception {
    String admin = "usr_0000000a-0000-0000-0000-000000000000";
    sandbox
        .acceptAuthToken("authcookie_admin", admin)
        .addMember(GROUP, admin)
        .addPendingInvite(GROUP, USER)
        .acceptAuthToken("authcookie_invitee", "usr_00000000-0000-0000-0000-00000000000b")
        .addPendingInvite(GROUP, "usr_00000000-0000-0000-0000-00000000000b");
    String invites = "/groups/" + GROUP + "/invites";
    String missing = "/groups/grp_99999999-0000-0000-0000-000000000000/invites";

    List<Integer> statuses =
        List.of(
            validated("GET", invites + "?n=100&offset=0", null, "authcookie_admin"),
            validated("GET", invites, null, null),
            validated("GET", invites, null, TOKEN),
            validated("GET", missing, null, "authcookie_admin"),
            validated("DELETE", invites + "/" + USER, null, TOKEN),
            validated("DELETE", invites + "/" + USER, null, TOKEN),
            validated("DELETE", invites + "/" + USER, null, null),
            validated("PUT", invites, "{\"block\":false}", "authcookie_invitee"),
            validated("PUT", invites, null, "authcookie_invitee"),
            validated("PUT", invites, null, null),
            validated("PUT", missing, "{}", "authcookie_invitee"));

    assertThat(statuses).containsExactly(200, 401, 403, 404, 200, 400, 401, 200, 400, 401, 404);
  }

  private int sendAndValidate(String path, String body, String token) throws Exception {
    return validated("POST", path, body, token);
  }

  /** Sends the request and checks the sandbox's answer against the spec; returns the status. */
  private int validated(String method, String pathAndQuery, String body, String token)
      throws Exception {
    HttpResponse<String> response = send(method, pathAndQuery, body, token);
    String path = pathAndQuery.replaceAll("\\?.*", "");
    SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
    response.headers().firstValue("Content-Type").ifPresent(answer::withContentType);
    if (!response.body().isEmpty()) {
      answer.withBody(response.body());
    }
    ValidationReport report =
        SPEC.validateResponse(path, Request.Method.valueOf(method), answer.build());
    assertThat(report.getMessages()).as("%s %s", response.statusCode(), response.body()).isEmpty();
    return response.statusCode();
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return send(method, path, body, TOKEN);
  }

  private HttpResponse<String> send(String method, String path, String body, String token)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(sandbox.url() + path))
            .header("User-Agent", "SandboxTest/1.0 t@example.invalid")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Cookie", "auth=" + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertEnvelope(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.body())
        .matches(
            "\\{\"error\":\\{\"(message\":\".+\",\"status_code\":"
                + status
                + "|status_code\":"
                + status
                + ",\"message\":\".+\")}}");
  }
}
