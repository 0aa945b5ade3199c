package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sandbox}: serves until asked to stop, and says in its banner what a tester needs. */
@Timeout(30)
class SandboxCommandTest {
  @TempDir Path dir;

  @Test
  void theSandboxServesWhatItsBannerSaysUntilStopped() throws Exception {
    Path fixture =
        Files.writeString(
            dir.resolve("fixture.json"),
            "{\"authTokens\":[{\"token\":\"authcookie_b\"},{\"token\":\"authcookie_a\"}]}");
    AtomicBoolean stop = new AtomicBoolean();
    CliContext context = new TestContext().stopRequested(stop).build();
    CommandLine commandLine = VrchatGroupsCli.commandLine(context);
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    CompletableFuture<Integer> exitCode =
        CompletableFuture.supplyAsync(
            () -> commandLine.execute("sandbox", "--port", "0", "--fixture", fixture.toString()));
    while (!out.toString().contains("load a fixture")) {
      assertThat(exitCode).isNotDone();
      Thread.sleep(10);
    }

    Matcher url =
        Pattern.compile("listening at (http://127\\.0\\.0\\.1:\\d+)").matcher(out.toString());
    assertThat(url.find()).isTrue();
    assertThat(out.toString())
        .contains("auth tokens accepted:  authcookie_a, authcookie_b")
        .contains("Pact state change URL: " + url.group(1) + "/_sandbox/provider-states")
        .contains("reset:                 POST " + url.group(1) + "/_sandbox/reset");
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url.group(1) + "/auth"))
                    .header("Cookie", "auth=authcookie_a")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.body()).isEqualTo("{\"ok\":true,\"token\":\"authcookie_a\"}");

    stop.set(true);
    assertThat(exitCode.get(10, TimeUnit.SECONDS)).isZero();
  }
}
