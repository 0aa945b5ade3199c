package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vrchatgroups.client.internal.SdkVersion;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every usage mistake is exit code 2 and one line on stderr in the command line's own terms, with a
 * hint to --help: no stack trace, no help text, no builder method names.
 */
class CliUsageTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";

  @TempDir Path dir;

  private static void assertOneLineUsageError(CliRun run, String expected) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err().strip()).doesNotContain("\n").contains(expected).contains("--help");
    assertThat(run.err())
        .doesNotContain("Usage:")
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  private CliRun invite(String... options) {
    String[] args = new String[options.length + 7];
    System.arraycopy(
        new String[] {
          "invite", "--group", GROUP, "--user", USER, "--user-agent", "A/1 x@example.org"
        },
        0,
        args,
        0,
        7);
    System.arraycopy(options, 0, args, 7, options.length);
    return CliRun.of(args);
  }

  @Test
  void aMissingAuthFileIsNamed() {
    assertOneLineUsageError(
        invite("--auth-file", dir.resolve("nope").toString()),
        "--auth-file " + dir.resolve("nope") + ": no such file");
  }

  @Test
  void anAuthFileThatIsADirectoryIsNamed() {
    assertOneLineUsageError(invite("--auth-file", dir.toString()), "is a directory, not a file");
  }

  @Test
  void aBadSandboxFixtureIsNamed() throws IOException {
    Path fixture = Files.writeString(dir.resolve("fixture.json"), "{not json");

    CliRun run =
        CliRun.of(
            "invite",
            "--sandbox",
            "--sandbox-fixture",
            fixture.toString(),
            "--group",
            GROUP,
            "--user",
            USER);

    assertOneLineUsageError(
        run, "--sandbox-fixture " + fixture + ": the sandbox fixture is not valid JSON");
  }

  @Test
  void aBadDurationIsNamed() {
    assertOneLineUsageError(invite("--read-timeout", "soon"), "expected a duration such as 500ms");
  }

  @Test
  void aZeroRateIsRefused() {
    assertOneLineUsageError(invite("--rate", "0/min"), "expected N/min or N/s with N > 0");
  }

  @Test
  void anUnknownOptionIsNamed() {
    assertOneLineUsageError(invite("--colour"), "vrchat-groups: unknown option '--colour'");
  }

  @Test
  void plainHttpToAnotherHostIsRefusedInFlagTerms() throws IOException {
    Path auth = Files.writeString(dir.resolve("auth"), "authcookie_t");

    CliRun run =
        invite("--auth-file", auth.toString(), "--base-url", "http://api.example.com/api/1");

    assertOneLineUsageError(run, "--base-url uses plain http to api.example.com");
    assertThat(run.err()).doesNotContain("allowInsecureHttp").doesNotContain("baseUrl");
  }

  @Test
  void anAuthCookieWithItsNameIsRefusedInFlagTerms() throws IOException {
    Path auth = Files.writeString(dir.resolve("auth"), "auth=authcookie_t");

    CliRun run = invite("--auth-file", auth.toString());

    assertOneLineUsageError(
        run, "the auth cookie (VRCHAT_AUTH or --auth-file) takes the token alone");
    assertThat(run.err()).doesNotContain("authCookie");
  }

  @Test
  void aBusyPortIsNamed() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.of("sandbox", "--port", String.valueOf(taken.getLocalPort()));

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err().strip())
          .isEqualTo(
              "vrchat-groups: --port "
                  + taken.getLocalPort()
                  + " is in use on 127.0.0.1: choose another, or 0 for a free one (see sandbox"
                  + " --help)");
    }
  }

  @Test
  void aPortOutOfRangeIsNamed() {
    CliRun above = CliRun.of("sandbox", "--port", "65536");
    CliRun below = CliRun.of("sandbox", "--port", "-1");

    assertThat(above.exitCode()).isEqualTo(2);
    assertThat(above.err().strip())
        .isEqualTo("vrchat-groups: --port must be 0 to 65535, got 65536 (see sandbox --help)");
    assertThat(below.exitCode()).isEqualTo(2);
    assertThat(below.err().strip())
        .isEqualTo("vrchat-groups: --port must be 0 to 65535, got -1 (see sandbox --help)");
  }

  @Test
  void aConnectionFailureNamesTheHost() throws IOException {
    Path auth = Files.writeString(dir.resolve("auth"), "authcookie_t");
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }

    CliRun run =
        invite(
            "--auth-file",
            auth.toString(),
            "--base-url",
            "http://127.0.0.1:" + closedPort,
            "--max-retries",
            "0");

    assertThat(run.exitCode()).isEqualTo(9);
    assertThat(run.out()).doesNotContain("failed");
    assertThat(run.err())
        .contains(
            ": failed (cannot connect to 127.0.0.1:"
                + closedPort
                + " (connection refused); nothing was sent)")
        .doesNotContain("Exception");
  }

  @Test
  void versionNamesTheCommandAndTheSdkVersion() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("vrchat-groups " + SdkVersion.VERSION + "\n");
  }

  @Test
  void helpShowsTheRateAsPerMinute() {
    CliRun run = CliRun.of("invite", "--help");

    assertThat(run.out()).contains("(default: 30/min)");
  }

  @Test
  void aMalformedGroupIsAUsageErrorForEveryCommand() {
    for (String command : new String[] {"invite", "list", "check"}) {
      CliRun run =
          "invite".equals(command)
              ? CliRun.of(command, "--sandbox", "--group", "grp_nope", "--user", USER)
              : CliRun.of(command, "--sandbox", "--group", "grp_nope");

      assertOneLineUsageError(run, "--group must be grp_<uuid>");
    }
  }

  @Test
  void aMalformedUserIsAUsageErrorBeforeAnythingIsOpened() {
    CliRun run = CliRun.of("cancel", "--sandbox", "--group", GROUP, "--user", "usr_../x");

    assertOneLineUsageError(run, "--user must be usr_<uuid> or a legacy ID");
  }

  @Test
  void aMistypedOptionIsNamedWithTheOneItMeantEvenThoughARequiredOneIsMissingToo() {
    CliRun run = CliRun.of("invite", "--grup", GROUP, "--user", USER, "--sandbox");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "vrchat-groups: unknown option '--grup' (did you mean --group?) (see invite --help)");
  }

  @Test
  void aMistypedOptionOfANestedCommandNamesTheWholeCommandsHelp() {
    CliRun run = CliRun.of("requests", "reject", "--group", GROUP, "--user", USER, "--blok");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "vrchat-groups: unknown option '--blok' (did you mean --block?) (see requests reject"
                + " --help)");
  }

  @Test
  void anUnknownCommandIsNamedWithTheCommandsThereAre() {
    CliRun run = CliRun.of("invte", "--group", GROUP);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .startsWith("vrchat-groups: unknown command or argument 'invte")
        .contains("the commands are invite, list, cancel")
        .endsWith("(see vrchat-groups --help)");
  }

  @Test
  void everyUsageMistakeStartsWithTheProgramsNameAndNamesTheHelpOfItsCommand() {
    assertThat(invite("--rate", "0/min").err().strip())
        .startsWith("vrchat-groups: Invalid value for option '--rate'")
        .endsWith("(see invite --help)");
    assertThat(CliRun.of("list", "--group", "grp_0").err().strip())
        .startsWith("vrchat-groups: --group must be grp_<uuid>")
        .endsWith("(see list --help)");
  }

  @Test
  void aFailureSaysItsWordsOnce() {
    CliRun run =
        CliRun.of(
            "invite",
            "--sandbox",
            "--group",
            "grp_11111111-0000-0000-0000-000000000000",
            "--user",
            USER);

    assertThat(run.exitCode()).isEqualTo(6);
    assertThat(run.err()).contains(USER + ": group not found (HTTP 404: Can't find group");
  }

  @Test
  void loginListsNoAuthFileItWouldNotRead() {
    CliRun help = CliRun.of("login", "--help");
    CliRun given = CliRun.of("login", "--auth-file", "x");

    assertThat(help.out()).doesNotContain("--auth-file").contains("--credentials");
    assertThat(given.exitCode()).isEqualTo(2);
    assertThat(given.err()).contains("unknown option '--auth-file'");
  }

  @Test
  void everyCommandsHelpListsTheExitCodesOfTheDocumentation() throws IOException {
    java.util.Map<Integer, String> documented = new java.util.LinkedHashMap<>();
    java.util.regex.Matcher row =
        java.util.regex.Pattern.compile("(?m)^\\| (\\d+) \\| (.*) \\|$")
            .matcher(Files.readString(Path.of("docs/command-line.md")));
    while (row.find()) {
      documented.put(Integer.parseInt(row.group(1)), row.group(2).replace("`", ""));
    }

    assertThat(ExitCodes.MEANINGS).isEqualTo(documented);
    assertThat(ExitCodes.MEANINGS.keySet())
        .containsAll(java.util.Arrays.stream(Outcome.values()).map(o -> o.exitCode).toList());
    for (String[] command :
        new String[][] {{"--help"}, {"invite", "--help"}, {"requests", "accept", "--help"}}) {
      assertThat(CliRun.of(command).out())
          .contains("Exit codes:")
          .contains(" 19   the session ended again")
          .contains("130   interrupted by Ctrl-C or SIGTERM");
    }
  }
}
