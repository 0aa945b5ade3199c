package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code invite --user}: each outcome in words, with its exit code, against the sandbox. */
class InviteCommandTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";

  @ParameterizedTest
  @CsvSource({
    "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469, invited, 0",
    "usr_00000000-0000-4000-8000-000000000002, already a member, 3",
    "usr_00000000-0000-4000-8000-000000000003, already invited, 4",
    "usr_00000000-0000-4000-8000-000000000004, can't invite, 5"
  })
  void oneInviteAgainstTheEmbeddedSandboxPrintsItsOutcome(String user, String words, int exitCode) {
    CliRun run = CliRun.of("invite", "--sandbox", "--group", GROUP, "--user", user);

    assertThat(run.out()).startsWith("SANDBOX: using the embedded sandbox at http://127.0.0.1:");
    // A result on stdout; anything but an invite is a failure, on stderr.
    assertThat(exitCode == 0 ? run.out() : run.err()).contains(user + ": " + words);
    assertThat(exitCode == 0 ? run.err() : run.out()).doesNotContain(user + ":");
    assertThat(run.exitCode()).isEqualTo(exitCode);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "  grp_00000000-0000-0000-0000-000000000000  ",
        "https://vrchat.com/home/group/grp_00000000-0000-0000-0000-000000000000",
        "https://vrchat.com/home/group/grp_00000000-0000-0000-0000-000000000000/settings?tab=1"
      })
  void aPaddedGroupIdOrTheGroupsPageIsReadForItsId(String group) {
    CliRun run = CliRun.of("invite", "--sandbox", "--group", group, "--user", USER);

    assertThat(run.out()).contains(USER + ": invited");
    assertThat(run.exitCode()).isZero();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://vrchat.com/home/user/usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469|the URL holds no group ID",
        "TUPPER.1234|--group must be grp_<uuid>"
      })
  void aGroupThatIsNoIdIsRefusedWithTheReasonAndNothingIsSent(String group, String reason) {
    CliRun run = CliRun.of("invite", "--sandbox", "--group", group, "--user", USER);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(reason);
    assertThat(run.out()).doesNotContain("invited");
  }

  @Test
  void aDisplayNameInAListIsABadLineThatSaysDisplayNamesAreNotIds(@TempDir Path dir)
      throws IOException {
    Path users = Files.writeString(dir.resolve("users.txt"), USER + "\nTupper\n");

    CliRun run =
        CliRun.of(
            "invite", "--sandbox", "--group", GROUP, "--from", users.toString(), "--rate", "600/s");

    assertThat(run.err())
        .contains("line 2: userId must be")
        .contains("a display name is not an ID");
    assertThat(run.exitCode()).isEqualTo(BatchRun.SKIPPED_LINES);
  }

  @Test
  void theDefaultSandboxsBannedUserIsSkippedOnStdoutWithItsOwnExitCode() {
    String banned = "usr_00000000-0000-4000-8000-000000000005";

    CliRun run = CliRun.of("invite", "--sandbox", "--group", GROUP, "--user", banned);

    assertThat(run.out()).contains(banned + ": banned: skipped\n");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(15);
  }

  @Test
  void anUnknownGroupIsGroupNotFound() {
    CliRun run =
        CliRun.of(
            "invite",
            "--sandbox",
            "--group",
            "grp_99999999-0000-0000-0000-000000000000",
            "--user",
            "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469");

    assertThat(run.err()).contains(": group not found (HTTP 404: Can't find group\u01C3)");
    assertThat(run.exitCode()).isEqualTo(6);
  }

  @Test
  void aBannedUserIsSkippedAndStaysBannedUnlessIncludeBannedIsGiven(@TempDir Path dir)
      throws IOException {
    try (BatchSandbox batch = BatchSandbox.start(dir)) {
      batch.sandbox().addUser(USER, "Tupper").addBannedUser(BatchSandbox.GROUP, USER);
      String[] invite = {"--group", BatchSandbox.GROUP, "--user", USER};

      CliRun skipped =
          CliRun.of(CliRun.against("invite", batch.sandbox().url(), batch.auth(), invite));

      assertThat(skipped.out()).startsWith(USER + ": banned: skipped\n");
      assertThat(skipped.out()).contains("--include-banned");
      assertThat(skipped.exitCode()).isEqualTo(Outcome.SKIPPED_BANNED.exitCode);
      assertThat(batch.sandbox().sentInvites()).isEmpty();
      assertThat(batch.sandbox().bannedUsers(BatchSandbox.GROUP)).containsExactly(USER);

      CliRun included =
          CliRun.of(
              CliRun.against(
                  "invite",
                  batch.sandbox().url(),
                  batch.auth(),
                  concat(invite, "--include-banned")));

      assertThat(included.out()).isEqualTo(USER + ": invited, ban lifted\n");
      assertThat(included.exitCode()).isZero();
      assertThat(batch.sandbox().sentInvites()).containsExactly(BatchSandbox.GROUP + "/" + USER);
      assertThat(batch.sandbox().bannedUsers(BatchSandbox.GROUP)).isEmpty();
    }
  }

  @Test
  void anUnknownTokenIsNotAuthenticated(@TempDir Path dir) throws IOException {
    try (VrchatSandbox sandbox = VrchatSandbox.start().addGroup(GROUP)) {
      Path auth = Files.writeString(dir.resolve("auth"), "authcookie_unknown\n");

      CliRun run =
          CliRun.of(
              CliRun.against(
                  "invite", sandbox.url(), auth, "--group", GROUP, "--user", "8JoV9XEdpo"));

      assertThat(run.err()).contains("8JoV9XEdpo: not authenticated");
      assertThat(run.exitCode()).isEqualTo(7);
    }
  }

  @Test
  void aRateLimitThatOutlastsTheRetriesIsRateLimited(@TempDir Path dir) throws IOException {
    try (VrchatSandbox sandbox = VrchatSandbox.start()) {
      sandbox
          .acceptAuthToken("authcookie_t")
          .addGroup(GROUP)
          .acceptAnyUser(true)
          // A ban-safe invite is two requests: the membership read, then the invite.
          .rateLimit(2, Duration.ofMinutes(10), false);
      Path auth = Files.writeString(dir.resolve("auth"), "authcookie_t");
      String[] base =
          CliRun.against(
              "invite", sandbox.url(), auth, "--group", GROUP, "--max-retries", "0", "--user");

      CliRun first = CliRun.of(concat(base, "8JoV9XEdpo"));
      CliRun second = CliRun.of(concat(base, "9JoV9XEdpo"));

      assertThat(first.exitCode()).isZero();
      assertThat(second.err()).contains("9JoV9XEdpo: rate limited");
      assertThat(second.exitCode()).isEqualTo(8);
    }
  }

  @Test
  void theLiveApiIsRefusedWithoutCredentials() {
    CliRun run =
        CliRun.of(
            "invite",
            "--group",
            GROUP,
            "--user",
            "8JoV9XEdpo",
            "--user-agent",
            "A/1 x@example.org");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no credentials: run 'vrchat-groups login', set VRCHAT_AUTH");
  }

  @Test
  void theLiveApiIsRefusedWithoutAUserAgent(@TempDir Path dir) throws IOException {
    Path auth = Files.writeString(dir.resolve("auth"), "authcookie_t");

    CliRun run =
        CliRun.of(
            "invite", "--group", GROUP, "--user", "8JoV9XEdpo", "--auth-file", auth.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("--user-agent is required: VRChat's firewall refuses a request without one");
  }

  @Test
  void plainHttpToAnotherHostIsRefused(@TempDir Path dir) throws IOException {
    Path auth = Files.writeString(dir.resolve("auth"), "authcookie_t");

    CliRun run =
        CliRun.of(
            "invite",
            "--base-url",
            "http://api.example.com/api/1",
            "--auth-file",
            auth.toString(),
            "--user-agent",
            "A/1 x@example.org",
            "--group",
            GROUP,
            "--user",
            "8JoV9XEdpo");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--base-url uses plain http to api.example.com");
  }

  @Test
  void aMalformedUserIsAUsageError() {
    CliRun run = CliRun.of("invite", "--sandbox", "--group", GROUP, "--user", "usr_../x");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--user must be usr_<uuid> or a legacy ID");
  }

  private static String[] concat(String[] base, String last) {
    String[] all = java.util.Arrays.copyOf(base, base.length + 1);
    all[base.length] = last;
    return all;
  }
}
