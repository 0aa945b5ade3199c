package io.github.vrchatgroups.client.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vrchatgroups.client.InviteResult;
import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.Session;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.auth.LoggedInUser;
import io.github.vrchatgroups.client.auth.TwoFactorCode;
import io.github.vrchatgroups.client.auth.TwoFactorMethod;
import io.github.vrchatgroups.client.auth.VrchatLogin;
import io.github.vrchatgroups.client.errors.CannotInviteException;
import io.github.vrchatgroups.client.errors.RateLimitedException;
import io.github.vrchatgroups.client.sandbox.SandboxFault.ConnectionFault;
import io.github.vrchatgroups.client.sandbox.junit.VirtualTime;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's API routes at their edges, over HTTP as any client sends them: what the SDK never
 * sends (a bad page size, a decline without a body, a GET to a verification) still gets VRChat's
 * kind of answer.
 */
class SandboxRoutesTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
  private static final String CALLER = "usr_00000000-0000-4000-8000-0000000000c0";
  private static final String TOKEN = "authcookie_r0utes";
  private static final String AGENT = "SandboxTest/1.0 t@example.invalid";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private VrchatSandbox sandbox;

  @BeforeEach
  void start() throws IOException {
    sandbox = VrchatSandbox.start().acceptAuthToken(TOKEN, CALLER).addMember(GROUP, CALLER);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(sandbox.url() + path))
            .header("User-Agent", AGENT)
            .header("Cookie", "auth=" + TOKEN)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private VrchatGroupsClient client() {
    return VrchatGroupsClient.builder()
        .baseUrl(sandbox.url())
        .userAgent(AGENT)
        .authCookie(TOKEN)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  @Test
  void aListingPageOfOneToAHundredIsServedAndAnyOtherSizeIs400() throws Exception {
    String invites = "/groups/" + GROUP + "/invites";

    assertThat(send("GET", invites + "?n=100&offset=0", null).statusCode()).isEqualTo(200);
    assertThat(send("GET", invites + "?n=1&offset=0", null).statusCode()).isEqualTo(200);
    for (String query : new String[] {"?n=0", "?n=101", "?n=10&offset=-1", "?n=ten"}) {
      HttpResponse<String> refused = send("GET", invites + query, null);
      assertThat(refused.statusCode()).as(query).isEqualTo(400);
      assertThat(refused.body()).as(query).contains("n must be 1 to 100 and offset 0 or more");
    }
  }

  @Test
  void aDeclineWithoutABodyDeclinesWithoutBlocking() throws Exception {
    sandbox.addGroup("grp_11111111-1111-1111-1111-111111111111");
    sandbox.addPendingInvite("grp_11111111-1111-1111-1111-111111111111", CALLER);

    HttpResponse<String> declined =
        send("PUT", "/groups/grp_11111111-1111-1111-1111-111111111111/invites", null);

    assertThat(declined.statusCode()).isEqualTo(200);
    assertThat(sandbox.pendingInvites("grp_11111111-1111-1111-1111-111111111111")).isEmpty();
    assertThat(send("PUT", "/groups/" + GROUP + "/invites", "{\"block\":\"yes\"}").body())
        .contains("block must be a boolean");
  }

  @Test
  void aVerificationTakesPostOnly() throws Exception {
    HttpResponse<String> refused = send("GET", "/auth/twofactorauth/totp/verify", null);

    assertThat(refused.statusCode()).isEqualTo(405);
    assertThat(refused.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void theCurrentUserWithoutASessionOrCredentialsIsMissingCredentials() throws Exception {
    HttpResponse<String> refused =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(sandbox.url() + "/auth/user"))
                .header("User-Agent", AGENT)
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body()).contains("Missing Credentials");
    assertThat(sandbox.requests())
        .extracting(SandboxRequest::authCookieSent)
        .containsExactly(false);
  }

  @Test
  void aLogoutOfASessionThatIsNotOneIs401AndALogoutOfOneEndsIt() throws Exception {
    sandbox.acceptAuthToken("authcookie_other", USER);

    HttpResponse<String> ended = send("PUT", "/logout", null);
    HttpResponse<String> again = send("PUT", "/logout", null);

    assertThat(ended.statusCode()).isEqualTo(200);
    assertThat(again.statusCode()).isEqualTo(401);
    assertThat(sandbox.acceptedAuthTokens()).containsExactly("authcookie_other");
  }

  @Test
  void anEmailedCodeFinishesTheLoginAndTheSessionKnowsItsUser() {
    sandbox.addAccount("mailbot", "pw", USER, "Mail Bot").requireEmailCode("mailbot", "424242");
    try (VrchatLogin login =
        VrchatLogin.builder().baseUrl(sandbox.url()).userAgent(AGENT).build()) {
      Session session =
          login.login(
              "mailbot",
              "pw".toCharArray(),
              accepted -> new TwoFactorCode(TwoFactorMethod.EMAIL_CODE, "424242"));

      assertThat(login.whoAmI(session)).isEqualTo(new LoggedInUser(USER, "Mail Bot"));
    }
  }

  @Test
  void aLoginAwaitingItsSecondFactorIsFinishedByTheCodeUnderItsToken() throws Exception {
    sandbox
        .addAccount("mailbot", "pw", USER, "Mail Bot")
        .requireEmailCode("mailbot", "424242")
        .awaitSecondFactor("authcookie_half", "mailbot");

    String wrong = verifyEmailCodeOf("authcookie_half", "000000");
    String verified = verifyEmailCodeOf("authcookie_half", "424242");

    assertThat(wrong).isEqualTo("{\"verified\":false}");
    assertThat(verified).isEqualTo("{\"verified\":true}");
    assertThat(sandbox.acceptedAuthTokens()).contains("authcookie_half");
  }

  private String verifyEmailCodeOf(String authToken, String code) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(sandbox.url() + "/auth/twofactorauth/emailotp/verify"))
                .header("User-Agent", AGENT)
                .header("Cookie", "auth=" + authToken)
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  @Test
  void anAnswerWithoutAContentTypeOfItsOwnIsJson() throws Exception {
    HttpResponse<String> ok = send("GET", "/auth", null);

    assertThat(ok.headers().firstValue("Content-Type")).hasValue("application/json");
  }

  @Test
  void aFiveHundredFaultIsAProxysHtmlPage() throws Exception {
    sandbox.injectFault(SandboxOperation.LIST, 1, SandboxFault.answer(500));

    HttpResponse<String> proxy = send("GET", "/groups/" + GROUP + "/invites", null);

    assertThat(proxy.statusCode()).isEqualTo(500);
    assertThat(proxy.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(proxy.body()).contains("<h1>500</h1>");
  }

  @Test
  void aTruncatedListingIsAJson200CutHalfWayThroughItsDeclaredLength() throws IOException {
    sandbox.injectFault(
        SandboxOperation.LIST, 1, SandboxFault.connection(ConnectionFault.TRUNCATE));

    String answer;
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), sandbox.port())) {
      socket
          .getOutputStream()
          .write(
              ("GET /groups/"
                      + GROUP
                      + "/invites HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: "
                      + AGENT
                      + "\r\nCookie: auth="
                      + TOKEN
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    String[] headAndBody = answer.split("\r\n\r\n", 2);
    Matcher length = Pattern.compile("(?im)^Content-Length: (\\d+)$").matcher(headAndBody[0]);
    assertThat(headAndBody[0])
        .startsWith("HTTP/1.1 200")
        .containsIgnoringCase("Content-Type: application/json");
    assertThat(length.find()).isTrue();
    assertThat(headAndBody[1])
        .hasSize(Integer.parseInt(length.group(1)) / 2)
        .startsWith("[{\"id\":");
  }

  @Test
  void aSandboxStartedOnAnotherTimeRefillsItsRateLimitOnIt() throws IOException {
    VirtualTime time = new VirtualTime();
    try (VrchatSandbox timed = VrchatSandbox.start(0, time);
        VrchatGroupsClient client =
            VrchatGroupsClient.builder()
                .baseUrl(timed.url())
                .userAgent(AGENT)
                .authCookie(TOKEN)
                .retryPolicy(RetryPolicy.none())
                .build()) {
      timed.acceptAuthToken(TOKEN, CALLER).addMember(GROUP, CALLER);
      timed.rateLimit(1, Duration.ofHours(1), false);

      client.listInvites(GROUP);
      assertThatThrownBy(() -> client.listInvites(GROUP)).isInstanceOf(RateLimitedException.class);
      time.advance(Duration.ofHours(1));

      assertThat(client.listInvites(GROUP)).isEmpty();
    }
  }

  @Test
  void aFixtureSetsUpBlockedUsersRefusalsAndRecoveryCodes() {
    String blocked = "usr_22222222-2222-2222-2222-222222222222";
    String refusing = "usr_33333333-3333-3333-3333-333333333333";
    sandbox.loadFixture(
        json(
            "{\"refusingInvites\":[\""
                + refusing
                + "\"],\"groups\":[{\"id\":\""
                + GROUP
                + "\",\"members\":[\""
                + CALLER
                + "\"],\"banned\":[\""
                + blocked
                + "\"]}],\"accounts\":[{\"username\":\"bot\",\"password\":\"pw\",\"userId\":\""
                + USER
                + "\",\"totpSecret\":\"JBSWY3DPEHPK3PXP\",\"recoveryCodes\":[\"r-1\"]}]}"));

    try (VrchatGroupsClient client = client();
        VrchatLogin login = VrchatLogin.builder().baseUrl(sandbox.url()).userAgent(AGENT).build()) {
      assertThat(client.inviteUser(GROUP, blocked)).isEqualTo(InviteResult.SKIPPED_BANNED);
      client.inviteUserLiftingBan(GROUP, blocked);
      assertThatThrownBy(() -> client.inviteUser(GROUP, refusing))
          .isInstanceOf(CannotInviteException.class);
      Session session =
          login.login(
              "bot",
              "pw".toCharArray(),
              accepted -> new TwoFactorCode(TwoFactorMethod.RECOVERY_CODE, "r-1"));
      assertThat(login.isValid(session)).isTrue();
    }
    assertThat(sandbox.pendingInvites(GROUP)).containsExactly(blocked);
  }

  @Test
  void aFixtureKeyUnknownAtTheTopOrInTheRateLimitIsRefusedByName() {
    assertThatThrownBy(() -> sandbox.loadFixture(json("{\"group\":[]}")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the sandbox fixture has an unknown key 'group' in the fixture");
    assertThatThrownBy(() -> sandbox.loadFixture(json("{\"rateLimit\":{\"bursts\":2}}")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the sandbox fixture has an unknown key 'bursts' in rateLimit");
    assertThatThrownBy(() -> sandbox.loadFixture(json("{\"users\":[{\"id\":\"u\",\"name\":1}]}")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the sandbox fixture has an unknown key 'name' in users[0]");
  }

  @Test
  void aMissingIdInTheSetUpIsRefusedByName() {
    assertThatThrownBy(() -> sandbox.addGroup(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("groupId must be grp_<uuid>, got null");
  }

  private static InputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
