package io.github.vrchatgroups.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import io.github.vrchatgroups.client.testing.FaultInjectingServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The login's Basic credentials are percent-encoded so that every decoder reads them alike: a space
 * as {@code %20}, never {@code +}; and the sandbox decodes as VRChat plausibly does, so a client
 * that sends {@code +} for a space is refused there too.
 */
class BasicCredentialsTest {
  private static final String AGENT = "LoginTest/1.0 t@example.invalid";
  private static final String USER = "usr_00000000-0000-4000-8000-0000000000b0";

  @Test
  void aSpaceIsSentAsPercent20AndAPlusAsPercent2B() throws IOException {
    try (FaultInjectingServer server = FaultInjectingServer.start();
        VrchatLogin login =
            VrchatLogin.builder()
                .baseUrl(server.url())
                .userAgent(AGENT)
                .retryPolicy(RetryPolicy.none())
                .build()) {
      catchThrowable(() -> login.login("my bot", "a b+c".toCharArray(), TwoFactorPrompt.NONE));

      String header = server.requests().get(0).header("Authorization");
      assertThat(
              new String(
                  Base64.getDecoder().decode(header.substring("Basic ".length())),
                  StandardCharsets.UTF_8))
          .isEqualTo("my%20bot:a%20b%2Bc");
    }
  }

  @Test
  void aPasswordWithSpacesAndPlusesLogsIntoTheSandbox() throws IOException {
    try (VrchatSandbox sandbox = VrchatSandbox.start().addAccount("my bot", "a b+c", USER, "Bot");
        VrchatLogin login =
            VrchatLogin.builder()
                .baseUrl(sandbox.url())
                .userAgent(AGENT)
                .retryPolicy(RetryPolicy.none())
                .build()) {
      assertThat(login.login("my bot", "a b+c".toCharArray(), TwoFactorPrompt.NONE).authToken())
          .isNotBlank();
      assertThat(
              catchThrowable(
                  () -> login.login("my bot", "a b c".toCharArray(), TwoFactorPrompt.NONE)))
          .isInstanceOf(UnauthorizedException.class);
    }
  }

  @Test
  void theSandboxReadsAPlusAsAPlusNotAsTheSpaceAFormDecoderWouldMakeOfIt() throws Exception {
    try (VrchatSandbox sandbox = VrchatSandbox.start().addAccount("bot", "a b", USER, "Bot")) {
      int formEncoded = loginStatus(sandbox, "bot:a+b");
      int percentEncoded = loginStatus(sandbox, "bot:a%20b");

      assertThat(formEncoded).isEqualTo(401);
      assertThat(percentEncoded).isEqualTo(200);
    }
  }

  private static int loginStatus(VrchatSandbox sandbox, String pair) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(sandbox.url() + "/auth/user"))
                .header("User-Agent", AGENT)
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
