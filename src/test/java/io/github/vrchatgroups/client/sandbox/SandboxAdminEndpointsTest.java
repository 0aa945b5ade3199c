package io.github.vrchatgroups.client.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's own endpoints for verifiers and other languages, and its provider-state table. */
class SandboxAdminEndpointsTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private VrchatSandbox sandbox;

  @BeforeEach
  void start() throws IOException {
    sandbox = VrchatSandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(sandbox.url() + path))
            .header("User-Agent", "SandboxTest/1.0 t@example.invalid")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> invite(String token) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(sandbox.url() + "/groups/" + GROUP + "/invites"))
            .header("User-Agent", "SandboxTest/1.0 t@example.invalid")
            .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + USER + "\"}"))
            .header("Cookie", "auth=" + token)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String setUp(String state, String params) {
    return "{\"state\":\"" + state + "\",\"params\":" + params + ",\"action\":\"setup\"}";
  }

  @Test
  void aStateChangeSetsTheStateUpAndANewInteractionStartsEmpty() throws Exception {
    assertThat(
            post(
                    VrchatSandbox.PROVIDER_STATES_PATH,
                    setUp(
                        "the caller is logged in with auth token {authToken}",
                        "{\"authToken\":\"authcookie_a\"}"))
                .statusCode())
        .isEqualTo(200);
    post(
        VrchatSandbox.PROVIDER_STATES_PATH,
        setUp(
            "group {groupId} exists and user {userId} can be invited",
            "{\"groupId\":\"" + GROUP + "\",\"userId\":\"" + USER + "\"}"));

    assertThat(invite("authcookie_a").statusCode()).isEqualTo(200);
    assertThat(sandbox.pendingInvites(GROUP)).containsExactly(USER);

    // The next interaction's first set-up after an API request starts from an empty sandbox.
    post(
        VrchatSandbox.PROVIDER_STATES_PATH,
        setUp("group {groupId} does not exist", "{\"groupId\":\"" + GROUP + "\"}"));
    assertThat(sandbox.pendingInvites(GROUP)).isEmpty();
    assertThat(sandbox.acceptedAuthTokens()).isEmpty();
  }

  @Test
  void aTearDownEmptiesTheSandbox() throws Exception {
    sandbox.acceptAuthToken("authcookie_a").addGroup(GROUP).addPendingInvite(GROUP, USER);

    HttpResponse<String> response =
        post(
            VrchatSandbox.PROVIDER_STATES_PATH,
            "{\"state\":\"group {groupId} exists\",\"params\":{},\"action\":\"teardown\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"action\":\"teardown\"");
    assertThat(sandbox.pendingInvites(GROUP)).isEmpty();
    assertThat(sandbox.acceptedAuthTokens()).isEmpty();
  }

  @Test
  void aStateChangeNamesItsStatesInOneFieldOrInAList() throws Exception {
    HttpResponse<String> answer =
        post(
            VrchatSandbox.PROVIDER_STATES_PATH,
            "{\"states\":[\"first\",\"second\"],\"action\":\"teardown\"}");

    assertThat(answer.body())
        .isEqualTo("{\"states\":[\"first\",\"second\"],\"action\":\"teardown\"}");
  }

  @Test
  void aStateChangeThatIsNotAJsonObjectIsRefused() throws Exception {
    HttpResponse<String> response = post(VrchatSandbox.PROVIDER_STATES_PATH, "[1]");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("a state change is a JSON object");
  }

  @Test
  void aMissingParameterIsNamed() throws Exception {
    HttpResponse<String> response =
        post(VrchatSandbox.PROVIDER_STATES_PATH, setUp("group {groupId} exists", "{}"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("provider state parameter 'groupId' must be a string, got null");
  }

  @Test
  void resetEmptiesAndFixtureLoadsOverHttp() throws Exception {
    sandbox.acceptAuthToken("authcookie_old").addGroup(GROUP);

    assertThat(post(VrchatSandbox.RESET_PATH, "").statusCode()).isEqualTo(200);
    assertThat(sandbox.acceptedAuthTokens()).isEmpty();
    HttpResponse<String> loaded =
        post(
            VrchatSandbox.FIXTURE_PATH,
            "{\"authTokens\":[{\"token\":\"authcookie_new\"}],\"users\":[{\"id\":\""
                + USER
                + "\"}],"
                + "\"groups\":[{\"id\":\""
                + GROUP
                + "\"}]}");

    assertThat(loaded.statusCode()).isEqualTo(200);
    assertThat(invite("authcookie_new").statusCode()).isEqualTo(200);
  }

  @Test
  void aBadFixtureOverHttpIsA400NamingTheProblem() throws Exception {
    HttpResponse<String> response = post(VrchatSandbox.FIXTURE_PATH, "{\"authTokens\":");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("the sandbox fixture is not valid JSON at line 1");
  }

  @Test
  void aFixtureWithAnUnknownKeyOverHttpIsA400NamingTheKeyAndLoadsNothing() throws Exception {
    HttpResponse<String> response =
        post(
            VrchatSandbox.FIXTURE_PATH,
            "{\"authTokens\":[{\"token\":\"authcookie_new\"}],"
                + "\"groups\":[{\"id\":\""
                + GROUP
                + "\",\"member\":[]}]}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("unknown key 'member' in groups[0]");
    assertThat(sandbox.acceptedAuthTokens()).isEmpty();
  }

  @Test
  void resetReturnsToTheStartFixtureAndEmptyForgetsEverything() throws Exception {
    sandbox.startWith(
        new java.io.ByteArrayInputStream(
            "{\"authTokens\":[{\"token\":\"authcookie_banner\"}]}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    sandbox.acceptAuthToken("authcookie_later").endSession("authcookie_banner");

    assertThat(post(VrchatSandbox.RESET_PATH, "").statusCode()).isEqualTo(200);
    assertThat(sandbox.acceptedAuthTokens()).containsExactly("authcookie_banner");
    assertThat(post(VrchatSandbox.EMPTY_PATH, "").statusCode()).isEqualTo(200);
    assertThat(sandbox.acceptedAuthTokens()).isEmpty();
    assertThat(post(VrchatSandbox.RESET_PATH, "").statusCode()).isEqualTo(200);
    assertThat(sandbox.acceptedAuthTokens()).containsExactly("authcookie_banner");
  }

  @Test
  void theAdminEndpointsTakePostOnlyAndUnknownOnesAre404() throws Exception {
    HttpResponse<String> get =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(sandbox.url() + VrchatSandbox.RESET_PATH))
                .header("User-Agent", "SandboxTest/1.0 t@example.invalid")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).contains("POST");
    assertThat(post("/_sandbox/nothing", "").statusCode()).isEqualTo(404);
  }

  @Test
  void anUnknownStateIsAnErrorNamingIt() {
    assertThatThrownBy(() -> sandbox.applyProviderState("no such state", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown provider state 'no such state'; known: [");
  }

  @Test
  void theStateTableIsExactlyTheStatesOfTheCommittedContract() throws IOException {
    Set<String> used = new TreeSet<>();
    JsonNode pact =
        new ObjectMapper().readTree(Path.of("pact/vrchat-groups-client-vrchat-api.json").toFile());
    for (JsonNode interaction : pact.path("interactions")) {
      interaction.path("providerStates").forEach(state -> used.add(state.path("name").asText()));
    }

    assertThat(new TreeSet<>(sandbox.providerStates())).isEqualTo(used);
  }

  @Test
  void everyStateSetsUpWithTheContractsParameters() throws IOException {
    JsonNode pact =
        new ObjectMapper().readTree(Path.of("pact/vrchat-groups-client-vrchat-api.json").toFile());
    int applied = 0;
    int expected = 0;
    for (JsonNode interaction : pact.path("interactions")) {
      sandbox.reset();
      for (JsonNode state : interaction.path("providerStates")) {
        expected++;
        Map<String, Object> params = new HashMap<>();
        state
            .path("params")
            .properties()
            .forEach(p -> params.put(p.getKey(), p.getValue().asText()));
        sandbox.applyProviderState(state.path("name").asText(), params);
        applied++;
      }
    }
    assertThat(applied).isEqualTo(expected).isGreaterThan(30);
  }

  @Test
  void aFixtureDescribesAccountsWithSecondFactorsBlockedApplicationsAndTheRateLimit()
      throws Exception {
    sandbox.loadFixture(
        new java.io.ByteArrayInputStream(
            ("{\"accounts\":[{\"username\":\"bot\",\"password\":\"pw\",\"userId\":\""
                    + USER
                    + "\","
                    + "\"displayName\":\"Bot\",\"emailCode\":\"111111\",\"recoveryCodes\":[\"r-1\"]},"
                    + "{\"username\":\"totp\",\"password\":\"pw\",\"userId\":\"8JoV9XEdpo\","
                    + "\"totpSecret\":\"JBSWY3DPEHPK3PXP\"}],"
                    + "\"blockedApplications\":[\"Blocked\"],"
                    + "\"rateLimit\":{\"burst\":2,\"refillMillis\":60000,\"retryAfter\":true}}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    HttpResponse<String> login =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(sandbox.url() + "/auth/user"))
                .header("User-Agent", "SandboxTest/1.0 t@example.invalid")
                .header(
                    "Authorization",
                    "Basic " + java.util.Base64.getEncoder().encodeToString("bot:pw".getBytes()))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> totpLogin =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(sandbox.url() + "/auth/user"))
                .header("User-Agent", "SandboxTest/1.0 t@example.invalid")
                .header(
                    "Authorization",
                    "Basic " + java.util.Base64.getEncoder().encodeToString("totp:pw".getBytes()))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> blocked =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(sandbox.url() + "/auth"))
                .header("User-Agent", "Blocked/1.0 x@example.invalid")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> limited =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(sandbox.url() + "/auth"))
                .header("User-Agent", "SandboxTest/1.0 t@example.invalid")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(login.body()).isEqualTo("{\"requiresTwoFactorAuth\":[\"emailOtp\"]}");
    assertThat(totpLogin.body()).isEqualTo("{\"requiresTwoFactorAuth\":[\"totp\",\"otp\"]}");
    assertThat(blocked.statusCode()).isEqualTo(403);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
  }
}
