package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code requests list|accept|reject}: one user or a batch, with the invite batch's journal, pace
 * and outcomes, and never a banned user let in. Against a sandbox on loopback, and in a child
 * process for the crash.
 */
class JoinRequestBatchTest extends SandboxBatchTest {

  private void ask(int... users) {
    for (int i : users) {
      sandbox.addUser(user(i), "Asker " + i).addJoinRequest(GROUP, user(i));
    }
  }

  private List<String> answer(String action, Path users, String... more) {
    List<String> args = new ArrayList<>(args(users, more));
    args.set(0, action);
    args.add(0, "requests");
    return args;
  }

  @Test
  void theListShowsEachUserWhoAskedByName() {
    ask(1, 2);

    CliRun run = requests("list", "--group", GROUP);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(user(1) + "  Asker 1").contains("2 join requests.");
  }

  @Test
  void aBatchAcceptsEveryRequestButABannedUsersAndJournalsIt() throws IOException {
    ask(0, 1, 2);
    sandbox.addBannedUser(GROUP, user(1));
    Path users = usersFile(3);

    CliRun run = CliRun.of(answer("accept", users).toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(user(0) + ": accepted")
        .contains(user(1) + ": banned: skipped")
        .contains("this run sent 2, 1 banned: skipped, 2 accepted")
        .contains("1 users the group bans were skipped: their requests stay unanswered.")
        .doesNotContain("--include-banned");
    assertThat(sandbox.members(GROUP)).contains(user(0), user(2)).doesNotContain(user(1));
    assertThat(sandbox.bannedUsers(GROUP)).containsExactly(user(1));
    assertThat(dir.resolve("users.txt.accept.journal")).exists();
  }

  @Test
  void aRejectWithBlockAnswersEachRequestOnceAndASecondRunSendsNothing() throws IOException {
    ask(0, 1);
    Path users = usersFile(2);

    CliRun first = CliRun.of(answer("reject", users, "--block").toArray(String[]::new));
    CliRun second = CliRun.of(answer("reject", users, "--block").toArray(String[]::new));

    assertThat(first.out()).contains("this run sent 2, 2 rejected");
    assertThat(second.out()).contains("2 of 2 users already done");
    assertThat(sandbox.answeredJoinRequests())
        .containsExactly("reject " + GROUP + "/" + user(0), "reject " + GROUP + "/" + user(1));
    assertThat(sandbox.joinRequests(GROUP)).isEmpty();
    assertThat(requests("list", "--group", GROUP, "--blocked").out())
        .contains("2 blocked join requests.");
  }

  @Test
  void aUserRejectedWithABlockIsListedAsBlocked() {
    ask(1);

    CliRun rejected = requests("reject", "--group", GROUP, "--user", user(1), "--block");
    CliRun blocked = requests("list", "--group", GROUP, "--blocked");

    assertThat(rejected.out()).isEqualTo(user(1) + ": rejected\n");
    assertThat(blocked.out()).contains(user(1)).contains("1 blocked join request.");
  }

  @Test
  void oneUsersAnswersHaveTheirWordsAndExitCodes() {
    ask(1);
    sandbox.addUser(user(2), "Busy").addJoinRequest(GROUP, user(2)).putInTooManyGroups(user(2));

    CliRun accepted = accept(user(1));
    CliRun again = accept(user(1));
    CliRun busy = accept(user(2));

    assertThat(accepted.out()).isEqualTo(user(1) + ": accepted\n");
    assertThat(again.err()).startsWith(user(1) + ": no join request");
    assertThat(again.exitCode()).isEqualTo(Outcome.NO_JOIN_REQUEST.exitCode);
    assertThat(busy.err()).contains("Busy can't join right now because they're in too many groups");
    assertThat(busy.exitCode()).isEqualTo(Outcome.TOO_MANY_GROUPS.exitCode);
  }

  @Test
  void aRejectBatchOfAnAccountThatMayNotManageRequestsStopsBeforeAnyAnswer() throws IOException {
    ask(0);
    sandbox.addMemberWithoutModeration(GROUP, ADMIN);

    CliRun run = CliRun.of(answer("reject", usersFile(1)).toArray(String[]::new));

    assertThat(run.exitCode()).isEqualTo(Outcome.NO_PERMISSION.exitCode);
    assertThat(run.err()).contains("checked before sending: no permission");
    assertThat(sandbox.answeredJoinRequests()).isEmpty();
  }

  @Test
  void aBannedUsersRequestIsSkippedWithItsOwnExitCode() {
    ask(1);
    sandbox.addBannedUser(GROUP, user(1));

    CliRun run = accept(user(1));

    assertThat(run.out()).isEqualTo(user(1) + ": banned: skipped\n");
    assertThat(run.exitCode()).isEqualTo(Outcome.SKIPPED_BANNED.exitCode);
    assertThat(sandbox.answeredJoinRequests()).isEmpty();
  }

  @Test
  void aDisplayNameForUserIsAUsageError() {
    CliRun run = requests("accept", "--group", GROUP, "--user", "Tupper");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("a display name is not an ID");
  }

  @Test
  void aBatchWithBadLinesAnswersTheRestAndExitsWithTheBadLinesCode() throws IOException {
    ask(0);
    Path users = Files.writeString(dir.resolve("users.txt"), user(0) + "\nTupper\n");

    CliRun run = CliRun.of(answer("reject", users).toArray(String[]::new));

    assertThat(run.exitCode()).isEqualTo(BatchRun.SKIPPED_LINES);
    assertThat(sandbox.answeredJoinRequests()).containsExactly("reject " + GROUP + "/" + user(0));
  }

  @Test
  void anAcceptNeverBlocksAndARejectBlocksOnlyWhenAsked() throws IOException {
    ask(0, 1);

    accept(user(0));
    requests("reject", "--group", GROUP, "--user", user(1));

    assertThat(sandbox.requests())
        .filteredOn(r -> r.method().equals("PUT"))
        .extracting(r -> r.body())
        .containsExactly(
            "{\"action\":\"accept\",\"block\":false}", "{\"action\":\"reject\",\"block\":false}");
    assertThat(requests("list", "--group", GROUP, "--blocked").out())
        .contains("0 blocked join requests.");
  }

  @Test
  void aRateLimitedAnswerSlowsTheBatchDown() throws IOException {
    ask(0, 1);
    sandbox.injectFault(
        io.github.vrchatgroups.client.sandbox.SandboxOperation.ANSWER_JOIN_REQUEST,
        1,
        io.github.vrchatgroups.client.sandbox.SandboxFault.answer(429));

    CliRun run = CliRun.of(answer("reject", usersFile(2)).toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("429 from VRChat: every request waits");
    assertThat(sandbox.answeredJoinRequests()).hasSize(2);
  }

  @Test
  void blockIsAnOptionOfRejectOnly() {
    CliRun run = requests("accept", "--group", GROUP, "--user", user(1), "--block");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--block");
  }

  @Test
  void anAcceptBatchKilledWithSigkillResumesAndAnswersEachRequestOnce() throws Exception {
    int count = 120;
    for (int i = 0; i < count; i++) {
      ask(i);
    }
    Path users = usersFile(count);
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                VrchatGroupsCli.class.getName()));
    List<String> args = answer("accept", users);
    args.set(args.indexOf("1000000/min"), "1200/min");
    command.addAll(args);
    Process child =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (sandbox.answeredJoinRequests().size() < 15 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    child.destroyForcibly();
    child.waitFor();
    int beforeKill = sandbox.answeredJoinRequests().size();

    CliRun resumed = CliRun.of(answer("accept", users).toArray(String[]::new));

    assertThat(beforeKill).as(Files.readString(dir.resolve("child.log"))).isBetween(15, count - 1);
    assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
    assertThat(sandbox.answeredJoinRequests()).hasSize(count).doesNotHaveDuplicates();
    assertThat(sandbox.members(GROUP)).hasSize(count + 1); // and the admin
  }

  private CliRun accept(String user) {
    return requests("accept", "--group", GROUP, "--user", user);
  }

  /** {@code requests SUBCOMMAND} against the sandbox, with the test's credentials. */
  private CliRun requests(String subcommand, String... more) {
    List<String> args =
        new ArrayList<>(List.of(CliRun.against(subcommand, sandbox.url(), auth, more)));
    args.add(0, "requests");
    return CliRun.of(args.toArray(String[]::new));
  }
}
