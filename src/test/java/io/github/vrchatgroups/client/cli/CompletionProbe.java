package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Asks a real bash what a completion script offers, and the command tree what it should. */
final class CompletionProbe {
  private CompletionProbe() {}

  /** Every visible command's words after {@code vrchat-groups}, with its long options. */
  static Map<String, Set<String>> commands(CommandLine command, String path) {
    Map<String, Set<String>> commands = new LinkedHashMap<>();
    Set<String> options = new TreeSet<>();
    for (OptionSpec option : command.getCommandSpec().options()) {
      if (!option.hidden() && option.longestName().startsWith("--")) {
        options.add(option.longestName());
      }
    }
    commands.put(path, options);
    command
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              if (!sub.getCommandSpec().usageMessage().hidden()) {
                commands.putAll(commands(sub, (path + " " + name).strip()));
              }
            });
    return commands;
  }

  /** What bash offers after {@code vrchat-groups WORDS}, for each line of words. */
  static Map<String, Set<String>> completions(Path dir, Path script, List<String> lines)
      throws IOException, InterruptedException {
    StringBuilder bash =
        new StringBuilder("source '" + script + "' 2>/dev/null\n")
            .append("offer() {\n")
            .append("  COMP_WORDS=(vrchat-groups \"$@\"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n")
            .append("  COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()\n")
            .append("  _complete_vrchat-groups 2>/dev/null\n")
            .append("  printf '%s\\n' \"${COMPREPLY[@]}\"\n}\n");
    for (int i = 0; i < lines.size(); i++) {
      bash.append("echo '### ").append(i).append("'\noffer ").append(lines.get(i)).append('\n');
    }
    Path driver = Files.writeString(dir.resolve("driver.sh"), bash);
    Process process =
        new ProcessBuilder("bash", driver.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    Map<String, Set<String>> offered = new LinkedHashMap<>();
    Set<String> current = null;
    for (String word : output.split("\n")) {
      if (word.startsWith("### ")) {
        current = new TreeSet<>();
        offered.put(lines.get(Integer.parseInt(word.substring(4))), current);
      } else if (current != null && !word.isBlank()) {
        current.add(word.strip());
      }
    }
    return offered;
  }

  /** Holds that {@code script} completes every visible command and every option of each. */
  static void assertCompletesEveryCommandAndOption(Path dir, Path script)
      throws IOException, InterruptedException {
    Map<String, Set<String>> commands =
        commands(VrchatGroupsCli.commandLine(new TestContext().build()), "");
    List<String> lines = new ArrayList<>();
    commands.keySet().forEach(path -> lines.add((path + " --").strip()));
    lines.add("''");
    lines.add("requests ''");

    Map<String, Set<String>> offered = completions(dir, script, lines);

    assertThat(commands).containsKeys("invite", "requests accept", "requests reject", "sandbox");
    commands.forEach(
        (path, options) ->
            assertThat(offered.get((path + " --").strip()))
                .as("the options bash offers after: vrchat-groups " + path + " --")
                .containsAll(options));
    assertThat(offered.get("''"))
        .contains("invite", "list", "cancel", "decline", "requests", "report", "check", "login")
        .doesNotContain("generate-completion", "generate-man-pages");
    assertThat(offered.get("requests ''")).contains("list", "accept", "reject");
    assertThat(offered.get("invite --")).contains("--include-banned", "--from", "--group");
  }
}
