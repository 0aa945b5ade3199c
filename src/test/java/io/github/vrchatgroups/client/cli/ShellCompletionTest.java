package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion script {@code vrchat-groups generate-completion} writes, sourced into a real bash:
 * it completes every command, nested ones included, and every option of each.
 */
class ShellCompletionTest {
  @TempDir Path dir;

  @Test
  void bashCompletesEveryCommandAndEveryOptionOfEach() throws Exception {
    CliRun generated = CliRun.of("generate-completion");
    assertThat(generated.exitCode()).as(generated.err()).isZero();
    Path script = Files.writeString(dir.resolve("vrchat-groups_completion"), generated.out());

    CompletionProbe.assertCompletesEveryCommandAndOption(dir, script);
  }
}
