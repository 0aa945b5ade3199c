package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vrchat-groups generate-man-pages DIR}: a page for every visible command, which groff
 * formats without a warning and which names every option and exit code of its command.
 */
class ManPagesTest {
  @TempDir Path dir;

  /** What groff makes of a page as plain text, and its warnings. */
  private record Formatted(String text, String warnings) {}

  private static Formatted groff(Path page) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder("groff", "-man", "-Tutf8", "-ww", page.toString())
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String warnings = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    // groff may embolden with backspaces on a terminal-like device: read the letters only.
    return new Formatted(text.replaceAll(".\b", ""), warnings);
  }

  @Test
  void everyVisibleCommandHasAPageThatNamesItsOptionsAndExitCodes() throws Exception {
    CliRun run = CliRun.of("generate-man-pages", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, Set<String>> commands =
        CompletionProbe.commands(VrchatGroupsCli.commandLine(new TestContext().build()), "");

    for (Map.Entry<String, Set<String>> command : commands.entrySet()) {
      String name = ("vrchat-groups " + command.getKey()).strip().replace(' ', '-');
      Path page = dir.resolve(name + ".1");
      assertThat(page).as("the man page of " + name).exists();
      Formatted formatted = groff(page);

      assertThat(formatted.warnings()).as("groff on " + page.getFileName()).isEmpty();
      assertThat(formatted.text()).contains("NAME", "SYNOPSIS", "EXIT STATUS", name);
      command.getValue().forEach(option -> assertThat(formatted.text()).contains(option));
      ExitCodes.MEANINGS
          .keySet()
          .forEach(
              code -> assertThat(formatted.text()).containsPattern("(?m)^\\s+" + code + "\\s+\\S"));
    }
    try (var pages = Files.list(dir)) {
      assertThat(pages.map(p -> p.getFileName().toString()))
          .hasSize(commands.size())
          .noneMatch(n -> n.contains("generate"));
    }
  }

  @Test
  void theRootPageListsTheCommandsAndASubcommandsPageItsParent() throws Exception {
    CliRun run = CliRun.of("generate-man-pages", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();

    String root = groff(dir.resolve("vrchat-groups.1")).text();
    String accept = groff(dir.resolve("vrchat-groups-requests-accept.1")).text();

    assertThat(root).contains("COMMANDS").contains("vrchat-groups-invite(1)");
    assertThat(accept).contains("SEE ALSO").contains("vrchat-groups-requests(1)");
  }

  @Test
  void theFirstDescriptionLineNamesTheCommandAndTheRestDescribeIt() throws Exception {
    CliRun run = CliRun.of("generate-man-pages", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();

    String invite = groff(dir.resolve("vrchat-groups-invite.1")).text();
    String name = invite.substring(invite.indexOf("NAME"), invite.indexOf("SYNOPSIS"));
    String description = invite.substring(invite.indexOf("DESCRIPTION"), invite.indexOf("OPTIONS"));

    assertThat(name.replaceAll("\\s+", " ")).contains("vrchat-groups-invite - Invite one user");
    assertThat(description.replaceAll("\\s+", " "))
        .contains("Users the group banned are skipped")
        .doesNotContain("Invite one user (--user)");
  }

  @Test
  void hiddenOptionsParametersAndCommandsStayOutAndAFlagTakesNoValue() {
    CommandLine tiny =
        new CommandLine(new Tiny()).addSubcommand(new Shown()).addSubcommand(new Bare());
    CommandLine hiddenSub = new CommandLine(new Unseen());
    hiddenSub.getCommandSpec().usageMessage().hidden(true);
    tiny.addSubcommand(hiddenSub);

    String page = ManPages.page(tiny);

    assertThat(page)
        .startsWith(".TH TINY 1 ")
        .contains(".SH NAME\ntiny \\- \n")
        .doesNotContain(".SH DESCRIPTION")
        .contains("\\fIFILE\\fR\nThe file.")
        .doesNotContain("SECRET_FILE")
        .contains("\\fB\\-\\-flag\\fR\n")
        .contains("\\fB\\-\\-level\\fR=\\fILEVEL\\fR")
        .doesNotContain("secret")
        .contains("\\fBshown\\fR\nShown. See \\fBtiny\\-shown\\fR(1).")
        .contains("\\fBbare\\fR\n See \\fBtiny\\-bare\\fR(1).")
        .doesNotContain("unseen");
    assertThat(ManPages.page(tiny.getSubcommands().get("shown")))
        .doesNotContain(".SH DESCRIPTION")
        .doesNotContain(".SH OPTIONS")
        .doesNotContain(".SH COMMANDS")
        .contains(".SH SEE ALSO\n\\fBtiny\\fR(1)");
  }

  /** A command with no description, hidden parts and a flag, to hold the generator to its rules. */
  @Command(name = "tiny")
  static final class Tiny {
    @Parameters(index = "0", paramLabel = "FILE", description = "The file.")
    Path file;

    @Parameters(index = "1", paramLabel = "SECRET_FILE", hidden = true)
    Path secretFile;

    @Option(names = "--flag", description = "A switch.")
    boolean flag;

    @Option(names = "--level", paramLabel = "LEVEL", description = "A value.")
    int level;

    @Option(names = "--secret", hidden = true)
    boolean secret;
  }

  @Command(name = "shown", description = "Shown.")
  static final class Shown {}

  @Command(name = "bare")
  static final class Bare {}

  @Command(name = "unseen", description = "Unseen.")
  static final class Unseen {}

  @Test
  void textThatTroffWouldReadAsARequestIsGuarded() {
    assertThat(ManPages.text(".hidden request")).isEqualTo("\\&.hidden request");
    assertThat(ManPages.text("a back\\slash")).isEqualTo("a back\\eslash");
    assertThat(ManPages.text("@|bold loud|@ words")).isEqualTo("loud words");
    assertThat(ManPages.text("grp_\u2026 \u0080\u007f")).isEqualTo("grp_\\[u2026] \\[u0080]\u007f");
    assertThat(List.of(ManPages.text("one%ntwo").split("\n"))).containsExactly("one", "two");
    assertThat(ManPages.text("one%n%ntwo")).isEqualTo("one\n.sp\ntwo");
    assertThat(ManPages.text("")).isEmpty();
  }
}
