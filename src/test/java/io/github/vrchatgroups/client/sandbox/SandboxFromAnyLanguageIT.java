package io.github.vrchatgroups.client.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vrchatgroups.client.testing.SandboxProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The documentation's test in another language (bash and curl), run as it is shown, against {@code
 * sandbox --port 0} in a process of its own.
 */
class SandboxFromAnyLanguageIT {
  private static final Path SCRIPT = Path.of("docs/examples/sandbox-faults.sh");

  @Test
  void theShellExampleArmsAFaultReadsTheJournalAndResets() throws Exception {
    try (SandboxProcess sandbox = SandboxProcess.start()) {
      Process script =
          new ProcessBuilder("bash", SCRIPT.toString(), sandbox.url())
              .redirectErrorStream(true)
              .start();
      String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(script.waitFor(60, TimeUnit.SECONDS)).isTrue();

      assertThat(script.exitValue()).as(output).isZero();
      assertThat(output).contains("sandbox-faults: ok");
    }
  }

  @Test
  void theDocumentationShowsTheScriptAsItIs() throws Exception {
    String page = Files.readString(Path.of("docs/sandbox-and-contracts.md"));
    String script = Files.readString(SCRIPT);

    assertThat(page)
        .contains("<!-- script: docs/examples/sandbox-faults.sh -->\n```sh\n" + script + "```");
  }
}
