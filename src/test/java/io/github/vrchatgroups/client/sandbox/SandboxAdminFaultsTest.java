package io.github.vrchatgroups.client.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fault and journal endpoints over loopback HTTP, every field and every refusal. */
class SandboxAdminFaultsTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String TOKEN = "authcookie_admin";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private VrchatSandbox sandbox;

  @BeforeEach
  void start() throws IOException {
    sandbox = VrchatSandbox.start().acceptAuthToken(TOKEN).addGroup(GROUP).acceptAnyUser(true);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(sandbox.url() + path))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .header("User-Agent", "AdminTest/1.0 a@example.invalid")
            .header("Cookie", "auth=" + TOKEN)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> arm(String fault) throws Exception {
    return send("POST", "/_sandbox/faults", fault);
  }

  @Test
  void anAnswerWithRetryAfterAndABodyOfItsOwnIsServedAndListedUntilSpent() throws Exception {
    HttpResponse<String> armed =
        arm(
            "{\"operation\":\"list\",\"times\":2,\"answer\":503,\"retryAfter\":4,"
                + "\"body\":\"{\\\"error\\\":\\\"down\\\"}\"}");

    JsonNode listed = JSON.readTree(send("GET", "/_sandbox/faults", "").body()).get(0);
    HttpResponse<String> answered = send("GET", "/groups/" + GROUP + "/invites", "");

    assertThat(armed.statusCode()).isEqualTo(200);
    assertThat(listed.path("operation").asText()).isEqualTo("list");
    assertThat(listed.path("fault").asText())
        .isEqualTo("answer 503, Retry-After 4 s, a body of its own");
    assertThat(listed.path("remaining").asInt()).isEqualTo(2);
    assertThat(answered.statusCode()).isEqualTo(503);
    assertThat(answered.headers().firstValue("Retry-After")).hasValue("4");
    assertThat(answered.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(answered.body()).isEqualTo("{\"error\":\"down\"}");
    assertThat(
            JSON.readTree(send("GET", "/_sandbox/faults", "").body())
                .get(0)
                .path("remaining")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void aBodyThatIsNotJsonIsServedAsHtmlAndA4xxWithoutOneIsTheEnvelope() throws Exception {
    arm("{\"operation\":\"invite\",\"answer\":502,\"body\":\"<p>bad gateway</p>\"}");
    arm("{\"operation\":\"invite\",\"answer\":418}");

    HttpResponse<String> html = send("POST", "/groups/" + GROUP + "/invites", "{}");
    HttpResponse<String> teapot = send("POST", "/groups/" + GROUP + "/invites", "{}");

    assertThat(html.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(html.body()).isEqualTo("<p>bad gateway</p>");
    assertThat(teapot.statusCode()).isEqualTo(418);
    assertThat(teapot.body())
        .isEqualTo("{\"error\":{\"message\":\"Injected by the sandbox\",\"status_code\":418}}");
  }

  @Test
  void aTruncatedAnswerDeclaresMoreThanItSendsAndTheJournalSaysTwoHundred() throws Exception {
    arm("{\"operation\":\"list\",\"fault\":\"truncate\"}");

    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> send("GET", "/groups/" + GROUP + "/invites", "")))
        .isInstanceOf(IOException.class);
    assertThat(sandbox.requests()).extracting(SandboxRequest::status).containsExactly(200);
  }

  @Test
  void aFaultForAnyOperationTakesALoginRequestToo() throws Exception {
    arm("{\"fault\":\"reset\"}");

    // A POST: the JDK's client silently repeats a GET whose connection closed.
    String verify = "/auth/twofactorauth/totp/verify";

    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> send("POST", verify, "{\"code\":\"1\"}")))
        .isInstanceOf(IOException.class);
    assertThat(send("POST", verify, "{\"code\":\"1\"}").statusCode()).isEqualTo(401);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "[1]|a fault is a JSON object",
        "{\"operation\":\"invite\",\"status\":429}|a fault has no key 'status'",
        "{\"operation\":\"join\",\"answer\":429}|operation must be one of invite, list, cancel, decline, membership, bans, join_requests, answer_join_request, audit_log, any; got join",
        "{\"operation\":\"invite\",\"times\":0,\"answer\":429}|times must be 1 or more, got 0",
        "{\"operation\":\"invite\",\"fault\":\"melt\"}|fault must be reset, stall or truncate; got melt",
        "{\"operation\":\"invite\"}|a fault needs",
        "{\"operation\":\"invite\",\"answer\":700}|answer must be an HTTP status, 100 to 599; got 700",
        "{\"operation\":\"invite\",\"answer\":429,\"retryAfter\":-1}|retryAfter must be 0 s or more"
      })
  void aFaultTheSandboxCannotArmIsA400SayingWhy(String fault, String why) throws Exception {
    HttpResponse<String> refused = arm(fault);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains(why);
    assertThat(JSON.readTree(send("GET", "/_sandbox/faults", "").body())).isEmpty();
  }

  @Test
  void onlyTheFaultAndJournalEndpointsTakeGet() throws Exception {
    HttpResponse<String> reset = send("GET", "/_sandbox/reset", "");
    HttpResponse<String> faults = send("PUT", "/_sandbox/faults", "");

    assertThat(reset.statusCode()).isEqualTo(405);
    assertThat(reset.headers().firstValue("Allow")).hasValue("POST");
    assertThat(faults.headers().firstValue("Allow")).hasValue("GET, POST");
    assertThat(JSON.readTree(send("GET", "/_sandbox/requests", "").body())).isEmpty();
  }

  @Test
  void everyWayToSetTheSandboxUpReturnsTheSandboxForChaining() {
    String user = "usr_00000000-0000-4000-8000-000000000001";
    sandbox.rateLimit(5, Duration.ofSeconds(1), false);

    assertThat(sandbox.addBannedUser(GROUP, user)).isSameAs(sandbox);
    assertThat(sandbox.addMemberWithoutModeration(GROUP, user)).isSameAs(sandbox);
    assertThat(sandbox.addAccount("bot", "pw", user, "Bot")).isSameAs(sandbox);
    assertThat(sandbox.addRecoveryCode("bot", "r-1")).isSameAs(sandbox);
    assertThat(sandbox.awaitSecondFactor("authcookie_half", "bot")).isSameAs(sandbox);
    assertThat(sandbox.exhaustRateLimit()).isSameAs(sandbox);
    assertThat(sandbox.loadFixture(new java.io.ByteArrayInputStream("{}".getBytes())))
        .isSameAs(sandbox);
    assertThat(
            sandbox.applyProviderState(
                "group {groupId} exists", java.util.Map.of("groupId", GROUP)))
        .isSameAs(sandbox);
  }

  @Test
  void theOperationOfARequestIsReadFromItsMethodAndPath() {
    assertThat(SandboxOperation.of("POST", "/groups/g/invites")).isEqualTo(SandboxOperation.INVITE);
    assertThat(SandboxOperation.of("GET", "/groups/g/invites/")).isEqualTo(SandboxOperation.LIST);
    assertThat(SandboxOperation.of("PUT", "/groups/g/invites")).isEqualTo(SandboxOperation.DECLINE);
    assertThat(SandboxOperation.of("DELETE", "/groups/g/invites/u"))
        .isEqualTo(SandboxOperation.CANCEL);
    assertThat(SandboxOperation.of("DELETE", "/groups/g/invites")).isNull();
    assertThat(SandboxOperation.of("GET", "/groups/g/invites/u")).isNull();
    assertThat(SandboxOperation.of("GET", "/auth")).isNull();
    assertThat(SandboxOperation.fromName("decline")).isEqualTo(SandboxOperation.DECLINE);
  }
}
