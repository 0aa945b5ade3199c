package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        .contains("accounts that log in:  (none)")
        .contains("reset to this start:   POST " + url.group(1) + "/_sandbox/reset")
        .contains("empty it:              POST " + url.group(1) + "/_sandbox/empty");
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url.group(1) + "/auth"))
                    .header("User-Agent", "SandboxTest/1.0 t@example.invalid")
                    .header("Cookie", "auth=authcookie_a")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.body()).isEqualTo("{\"ok\":true,\"token\":\"authcookie_a\"}");

    stop.set(true);
    assertThat(exitCode.get(10, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void theSandboxWaitsForTheStopRequestBySleepingNotSpinning() {
    AtomicBoolean stop = new AtomicBoolean();
    List<Duration> sleeps = new ArrayList<>();
    CliContext context =
        new TestContext()
            .stopRequested(stop)
            .time(
                System::nanoTime,
                wait -> {
                  sleeps.add(wait);
                  if (sleeps.size() == 3) {
                    stop.set(true);
                  }
                })
            .build();

    CliRun run = CliRun.of(context, "sandbox", "--port", "0");

    assertThat(run.exitCode()).isZero();
    assertThat(sleeps).containsOnly(Duration.ofMillis(100)).hasSize(3);
  }

  @Test
  void aMissingFixtureIsNamed() {
    Path missing = dir.resolve("missing.json");

    CliRun run = CliRun.of("sandbox", "--port", "0", "--fixture", missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("vrchat-groups: --fixture " + missing + ": no such file (see sandbox --help)");
  }

  @Test
  void aFixtureThatIsNotJsonIsNamed() throws IOException {
    Path fixture = Files.writeString(dir.resolve("fixture.json"), "{not json");

    CliRun run = CliRun.of("sandbox", "--port", "0", "--fixture", fixture.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .startsWith(
            "vrchat-groups: --fixture "
                + fixture
                + ": the sandbox fixture is not valid JSON at line 1")
        .doesNotContain("\n");
  }

  @Test
  void aFixtureWithAMisspeltKeyIsRefusedNamingTheKeyAndWhereItIs() throws IOException {
    Path fixture =
        Files.writeString(
            dir.resolve("fixture.json"),
            "{\"accounts\":[{\"username\":\"bot\",\"password\":\"pw\","
                + "\"userId\":\"usr_00000000-0000-4000-8000-000000000001\","
                + "\"totp_secret\":\"JBSWY3DPEHPK3PXP\"}]}");

    CliRun run = CliRun.of("sandbox", "--port", "0", "--fixture", fixture.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "vrchat-groups: --fixture "
                + fixture
                + ": the sandbox fixture has an unknown key 'totp_secret' in accounts[0] (known:"
                + " username, password, userId, displayName, totpSecret, emailCode, recoveryCodes)"
                + " (see sandbox --help)");
  }

  @Test
  void aSandboxWhoseFixtureFailsFreesItsPortAtOnce() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    Path fixture = Files.writeString(dir.resolve("fixture.json"), "{not json");

    assertThatThrownBy(() -> SandboxCommand.start(port, fixture))
        .isInstanceOf(IllegalArgumentException.class);
    try (VrchatSandbox again = SandboxCommand.start(port, null)) {
      assertThat(again.port()).isEqualTo(port);
    }
  }

  @Test
  @SuppressWarnings("try") // the held port is the point, not the socket
  void theHighestPortIsInRange() throws IOException {
    // Whoever holds 65535 (this test or another process), the answer is "in use", not "out of
    // range".
    try (ServerSocket held = holdHighestPort()) {
      CliRun run = CliRun.of("sandbox", "--port", "65535");

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("--port 65535 is in use");
    }
  }

  private static ServerSocket holdHighestPort() {
    try {
      return new ServerSocket(65535, 1, InetAddress.getLoopbackAddress());
    } catch (IOException alreadyTaken) {
      return null;
    }
  }
}
