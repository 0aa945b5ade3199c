package io.github.vrchatgroups.client.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vrchatgroups.client.testing.SandboxProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults and the journal over HTTP, against {@code sandbox --port 0} in a process of its own: what
 * a test written in any language can do.
 */
class SandboxFaultsOverHttpIT {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String TOKEN = "authcookie_sandbox";
  private static final String AGENT = "NodeBot/2.0 (+https://example.com/bot)";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SandboxProcess sandbox;

  @BeforeAll
  static void startSandboxProcess() throws IOException {
    sandbox = SandboxProcess.start();
  }

  @AfterAll
  static void stopSandboxProcess() {
    sandbox.close();
  }

  @BeforeEach
  void reset() throws Exception {
    assertThat(admin("POST", "/_sandbox/reset", "").statusCode()).isEqualTo(200);
    HTTP.send(
        HttpRequest.newBuilder(URI.create(sandbox.url() + "/_sandbox/fixture"))
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"authTokens\":[{\"token\":\""
                        + TOKEN
                        + "\"}],\"acceptAnyUser\":true,"
                        + "\"groups\":[{\"id\":\""
                        + GROUP
                        + "\"}]}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> admin(String method, String path, String body)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(sandbox.url() + path))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> invite(String user) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(sandbox.url() + "/groups/" + GROUP + "/invites"))
            .header("User-Agent", AGENT)
            .header("Cookie", "auth=" + TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + user + "\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void a429FaultForTwoInvitesAnswersExactlyTheNextTwoThenTheSandboxAnswersAgain() throws Exception {
    HttpResponse<String> armed =
        admin(
            "POST",
            "/_sandbox/faults",
            "{\"operation\":\"invite\",\"times\":2,\"answer\":429,\"retryAfter\":3}");
    assertThat(armed.statusCode()).isEqualTo(200);
    assertThat(
            JSON.readTree(admin("GET", "/_sandbox/faults", "").body())
                .get(0)
                .path("remaining")
                .asInt())
        .isEqualTo(2);

    HttpResponse<String> first = invite("usr_00000000-0000-4000-8000-000000000011");
    HttpResponse<String> second = invite("usr_00000000-0000-4000-8000-000000000012");
    HttpResponse<String> third = invite("usr_00000000-0000-4000-8000-000000000013");

    assertThat(first.statusCode()).isEqualTo(429);
    assertThat(first.headers().firstValue("Retry-After")).hasValue("3");
    assertThat(second.statusCode()).isEqualTo(429);
    assertThat(third.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(admin("GET", "/_sandbox/faults", "").body())).isEmpty();
  }

  @Test
  void aResetFaultClosesTheConnectionWithoutAnAnswer() throws Exception {
    admin("POST", "/_sandbox/faults", "{\"operation\":\"any\",\"times\":1,\"fault\":\"reset\"}");

    assertThatThrownBy(() -> invite("usr_00000000-0000-4000-8000-000000000021"))
        .isInstanceOf(IOException.class);
    assertThat(invite("usr_00000000-0000-4000-8000-000000000021").statusCode()).isEqualTo(200);
  }

  @Test
  void theJournalListsTheRequestsWithTheirUserAgentsAndBodiesButNeverTheCookiesValue()
      throws Exception {
    invite("usr_00000000-0000-4000-8000-000000000031");
    HttpResponse<String> journal = admin("GET", "/_sandbox/requests", "");

    JsonNode requests = JSON.readTree(journal.body());
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).path("method").asText()).isEqualTo("POST");
    assertThat(requests.get(0).path("userAgent").asText()).isEqualTo(AGENT);
    assertThat(requests.get(0).path("body").asText())
        .isEqualTo("{\"userId\":\"usr_00000000-0000-4000-8000-000000000031\"}");
    assertThat(requests.get(0).path("authCookieSent").asBoolean()).isTrue();
    assertThat(requests.get(0).path("status").asInt()).isEqualTo(200);
    assertThat(journal.body()).doesNotContain(TOKEN);
  }

  @Test
  void aResetClearsFaultsAndJournal() throws Exception {
    admin("POST", "/_sandbox/faults", "{\"operation\":\"list\",\"times\":3,\"answer\":503}");
    invite("usr_00000000-0000-4000-8000-000000000041");

    admin("POST", "/_sandbox/reset", "");

    assertThat(JSON.readTree(admin("GET", "/_sandbox/faults", "").body())).isEmpty();
    assertThat(JSON.readTree(admin("GET", "/_sandbox/requests", "").body())).isEmpty();
  }

  @Test
  void aFaultTheSandboxCannotReadIsA400NamingWhatIsWrong() throws Exception {
    HttpResponse<String> unknownKey =
        admin("POST", "/_sandbox/faults", "{\"operation\":\"invite\",\"status\":429}");
    HttpResponse<String> unknownOperation =
        admin("POST", "/_sandbox/faults", "{\"operation\":\"join\",\"answer\":429}");

    assertThat(unknownKey.statusCode()).isEqualTo(400);
    assertThat(unknownKey.body()).contains("a fault has no key 'status'");
    assertThat(unknownOperation.statusCode()).isEqualTo(400);
    assertThat(unknownOperation.body()).contains("operation must be one of invite, list");
  }
}
