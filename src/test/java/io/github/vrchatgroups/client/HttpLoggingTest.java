package io.github.vrchatgroups.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.vrchatgroups.client.testing.FaultInjectingServer;
import io.github.vrchatgroups.client.testing.FaultInjectingServer.Fault;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * At the most verbose log level the exchange is logged, but never the auth cookie. slf4j-simple
 * (test scope) writes to {@code System.err}, which this test captures; surefire sets the HTTP
 * logger to DEBUG.
 */
class HttpLoggingTest {
  private static final String TOKEN = "authcookie_d0-n07-l0g-m3";

  @Test
  void fullLoggingShowsTheExchangeButNeverTheAuthCookie() throws IOException {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    try (FaultInjectingServer server = FaultInjectingServer.start()) {
      server.enqueue(
          Fault.response(
              401,
              Map.of("Set-Cookie", "auth=" + TOKEN + "; Path=/"),
              "{\"error\":{\"message\":\"x\",\"status_code\":401}}"));
      VrchatGroupsClient client =
          VrchatGroupsClient.builder()
              .baseUrl(server.url())
              .userAgent("LogTest/1.0 t@example.invalid")
              .authCookie(TOKEN)
              .logLevel(HttpLogLevel.FULL)
              .maxRetries(0)
              .build();
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));

      Throwable failure =
          catchThrowable(
              () ->
                  client.inviteUserLiftingBan(
                      "grp_00000000-0000-0000-0000-000000000000", "8JoV9XEdpo"));

      assertThat(failure).hasMessageNotContaining(TOKEN);
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log)
        .contains("POST http://127.0.0.1:")
        .contains("User-Agent: LogTest/1.0")
        .contains("HTTP/1.1 401");
    assertThat(log).doesNotContain(TOKEN).doesNotContainIgnoringCase("cookie:");
  }
}
