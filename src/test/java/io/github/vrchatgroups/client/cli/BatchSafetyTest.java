package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/**
 * A batch never skips, double-sends or wastes an invite: journals that belong to one batch, a check
 * before sending, one run per journal, pacing that listens to 429, clean interrupts, honest
 * summaries. Against a sandbox on loopback, in this JVM or in a child process.
 */
@Timeout(60)
class BatchSafetyTest extends SandboxBatchTest {

  private CliRun run(List<String> args) {
    return CliRun.of(args.toArray(String[]::new));
  }

  private Process child(List<String> args, Path log) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                VrchatGroupsCli.class.getName()));
    command.addAll(args);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private void awaitSent(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (sandbox.sentInvites().size() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  @Test
  void aSandboxTrialDoesNotMarkUsersDoneForTheLiveRunOfTheSameFile() throws IOException {
    Path users = usersFile(5);

    CliRun trial =
        CliRun.of(
            "invite",
            "--sandbox",
            "--group",
            GROUP,
            "--from",
            users.toString(),
            "--rate",
            "100000/min");
    CliRun live = run(args(users));

    assertThat(trial.exitCode()).as(trial.out() + trial.err()).isZero();
    assertThat(dir.resolve("users.txt.sandbox.journal")).exists();
    assertThat(live.exitCode()).as(live.out() + live.err()).isZero();
    assertThat(live.out()).doesNotContain("already done").doesNotContain("slowing");
    assertThat(sandbox.sentInvites()).hasSize(5);
  }

  @Test
  void aJournalOfAnotherGroupOrServerIsRefusedNamingBoth() throws IOException {
    Path users = usersFile(3);
    assertThat(run(args(users)).exitCode()).isZero();
    String otherGroup = "grp_11111111-0000-0000-0000-000000000000";
    sandbox.addMember(otherGroup, ADMIN);

    List<String> toOtherGroup = args(users);
    toOtherGroup.set(toOtherGroup.indexOf(GROUP), otherGroup);
    CliRun refused = run(toOtherGroup);

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .contains("belongs to the invite batch of group " + GROUP + " on " + sandbox.url())
        .contains("not to the invite batch of group " + otherGroup)
        .contains("(pass --journal)");
    assertThat(sandbox.sentInvites()).hasSize(3);
  }

  @Test
  void theFirewallStopsTheBatchBeforeAnythingIsSentAndNothingIsMarkedDone() throws IOException {
    sandbox.blockApplication("CliTest");
    Path users = usersFile(5);

    CliRun blocked = run(args(users));
    List<String> fixed = args(users);
    fixed.set(fixed.indexOf(CliRun.USER_AGENT), "FixedBot/2.0 t@example.invalid");
    CliRun rerun = run(fixed);

    assertThat(blocked.exitCode()).isEqualTo(10);
    assertThat(blocked.err()).contains("set --user-agent").contains("Nothing was sent");
    assertThat(blocked.err()).doesNotContain("run the same command again");
    assertThat(rerun.exitCode()).as(rerun.err()).isZero();
    assertThat(sandbox.sentInvites()).hasSize(5);
  }

  @Test
  void badCredentialsAWrongGroupOrAWrongBaseUrlAreCaughtBeforeSending() throws IOException {
    Path users = usersFile(3);
    List<String> wrongGroup = args(users);
    wrongGroup.set(wrongGroup.indexOf(GROUP), "grp_99999999-0000-0000-0000-000000000000");
    List<String> wrongUrl = args(users, "--journal", dir.resolve("other.journal").toString());
    wrongUrl.set(wrongUrl.indexOf(sandbox.url()), sandbox.url() + "/api/1");

    CliRun group = run(wrongGroup);
    CliRun url = run(wrongUrl);
    Files.writeString(auth, "authcookie_wrong");
    CliRun credentials = run(args(users, "--journal", dir.resolve("third.journal").toString()));

    assertThat(group.exitCode()).isEqualTo(6);
    assertThat(group.err()).contains("check the group ID");
    assertThat(url.exitCode()).isEqualTo(11);
    assertThat(url.err()).contains("check --base-url");
    assertThat(credentials.exitCode()).isEqualTo(7);
    assertThat(credentials.err()).contains("log in again");
    assertThat(sandbox.sentInvites()).isEmpty();
  }

  @Test
  void aSecondRunOnAJournalInUseIsRefusedAtOnce() throws Exception {
    Path users = usersFile(200);
    List<String> slow = args(users);
    slow.set(slow.indexOf("1000000/min"), "600/min");
    Process first = child(slow, dir.resolve("first.log"));
    try {
      awaitSent(2);

      CliRun second = run(args(users));

      assertThat(second.exitCode()).isEqualTo(2);
      assertThat(second.err())
          .contains("the journal " + dir.resolve("users.txt.journal") + " is in use");
    } finally {
      first.destroyForcibly();
      first.waitFor();
    }
    assertThat(sandbox.sentInvites()).doesNotHaveDuplicates();
  }

  @Test
  void aBatchStartedTooFastSlowsDownUntilNoUserIsLeftRateLimited() throws IOException {
    // 3 at once, then one every 50 ms (1200/min); the batch asks for a hundred times that.
    sandbox.rateLimit(3, Duration.ofMillis(50), false);
    Path users = usersFile(30);
    Path report = dir.resolve("report.json");

    CliRun run = run(args(users, "--report", report.toString()));

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("429 from VRChat: every request waits");
    assertThat(sandbox.sentInvites()).hasSize(30).doesNotHaveDuplicates();
    JsonNode rows = new ObjectMapper().readTree(report.toFile());
    assertThat(rows)
        .allSatisfy(row -> assertThat(row.path("outcome").asText()).isEqualTo("invited"));
  }

  @Test
  void aStopRequestLetsTheInviteInFlightBeJournaledAndExits130() throws IOException {
    Path users = usersFile(10);
    AtomicBoolean stop = new AtomicBoolean();
    int[] outcomes = {0};
    CliContext context =
        new TestContext()
            .stopRequested(stop)
            .afterEachOutcome(
                userId -> {
                  if (++outcomes[0] == 4) {
                    stop.set(true);
                  }
                })
            .build();

    CliRun interrupted = CliRun.of(context, args(users).toArray(String[]::new));

    assertThat(interrupted.exitCode()).isEqualTo(130);
    assertThat(interrupted.err())
        .contains("interrupted: 6 users not done; run the same command again to resume");
    assertThat(sandbox.sentInvites()).hasSize(4);
    assertThat(Files.readAllLines(dir.resolve("users.txt.journal"))).hasSize(1 + 4);
  }

  @Test
  void sigtermEndsABatchWith130AndEverySentInviteJournaled() throws Exception {
    Path users = usersFile(200);
    List<String> slow = args(users);
    slow.set(slow.indexOf("1000000/min"), "600/min");
    Path log = dir.resolve("child.log");
    Process child = child(slow, log);
    awaitSent(3);

    child.destroy(); // SIGTERM
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(child.exitValue()).as(Files.readString(log)).isEqualTo(130);
    assertThat(Files.readString(log)).contains("interrupted:").contains("Summary:");
    List<String> journaled = Files.readAllLines(dir.resolve("users.txt.journal"));
    assertThat(journaled.subList(1, journaled.size())).hasSize(sandbox.sentInvites().size());
  }

  @Test
  void aResumedRunCountsWhatItSentApartFromEarlierRunsAndKeepsTheirOutcomes() throws IOException {
    sandbox.addMember(GROUP, user(0));
    Path users = usersFile(6);
    Path report = dir.resolve("report.csv");
    int[] outcomes = {0};
    CliRun crashed =
        CliRun.of(
            userId -> {
              if (++outcomes[0] == 2) {
                throw new IllegalStateException("simulated crash");
              }
            },
            args(users).toArray(String[]::new));

    CliRun resumed = run(args(users, "--report", report.toString()));

    assertThat(crashed.exitCode()).isNotZero();
    assertThat(resumed.out())
        .contains("this run sent 4, 4 invited; done in earlier runs 2; not done 0");
    assertThat(Files.readAllLines(report)).first().isEqualTo("user_id,outcome,detail,run");
    assertThat(Files.readString(report))
        .contains(user(0) + ",already_member,\"HTTP 400 the user is already a member of the group:")
        .contains(",earlier\n")
        .contains(user(5) + ",invited,,this");
  }

  @Test
  void usersLeftRateLimitedAreNotDoneAndTheBatchEndsWithOne() throws IOException {
    sandbox.rateLimit(2, Duration.ofMinutes(10), false);
    Path users = usersFile(5);
    List<String> noRetries = args(users);
    noRetries.set(noRetries.indexOf("20"), "0");

    CliRun run = run(noRetries);
    CliRun again = run(noRetries);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("429 from VRChat: every request waits");
    // The first round got user 0 through, so a second round tries the others; it gets nothing
    // through, so no third round knocks again.
    assertThat(run.out())
        .contains("round 2 of 3: trying again the 4 users")
        .doesNotContain("round 3");
    assertThat(run.err()).contains("users are not done; run the same command again to resume");
    assertThat(again.out()).contains("of 5 users already done");
    assertThat(sandbox.sentInvites()).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void aJournalLineCutShortByACrashLeavesItsUserNotDone() throws IOException {
    Path users = usersFile(3);
    assertThat(run(args(users)).exitCode()).isZero();
    Path journal = dir.resolve("users.txt.journal");
    List<String> lines = Files.readAllLines(journal);
    // Rewrite the journal as a crash would leave it: the last user's line cut after the user ID.
    String cut =
        lines.get(3).substring(0, lines.get(3).indexOf('\t', lines.get(3).indexOf('\t') + 1));
    Files.write(journal, List.of(lines.get(0), lines.get(1), lines.get(2), cut));

    CliRun resumed = run(args(users));

    assertThat(resumed.out()).contains("2 of 3 users already done");
    assertThat(resumed.out()).contains("[1/1] " + user(2) + ": already invited");
    assertThat(resumed.out()).contains("this run sent 1, 1 already invited");
  }

  @Test
  void aBatchSkipsTheUsersTheGroupBansAndSendsThemNothing() throws IOException {
    sandbox.addUser(user(0), "Banned").addBannedUser(GROUP, user(0));
    Path users = usersFile(2);

    CliRun run = run(args(users));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains(user(0) + ": banned: skipped");
    assertThat(run.out()).contains("this run sent 1, 1 invited, 1 banned: skipped");
    assertThat(run.out()).contains("1 users the group bans were skipped");
    assertThat(sandbox.sentInvites()).containsExactly(GROUP + "/" + user(1));
    assertThat(sandbox.bannedUsers(GROUP)).containsExactly(user(0));
  }

  @Test
  void theReportAndJournalNameAnExplicitJournal() throws IOException {
    Path users = usersFile(2);
    Path journal = dir.resolve("elsewhere").resolve("batch.journal");

    CliRun run = run(args(users, "--journal", journal.toString()));

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readAllLines(journal)).hasSize(3);
    assertThat(dir.resolve("users.txt.journal")).doesNotExist();
  }

  @Test
  void aCancelBatchWithdrawsEachPendingInviteOnceInItsOwnJournalAndResumes() throws IOException {
    Path users = usersFile(5);
    for (int i = 0; i < 4; i++) {
      sandbox.addPendingInvite(GROUP, user(i));
    }
    List<String> cancel = args(users);
    cancel.set(0, "cancel");

    CliRun first = run(cancel);
    CliRun again = run(cancel);

    assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
    assertThat(first.out()).contains("this run sent 5, 4 cancelled, 1 no pending invite");
    assertThat(sandbox.pendingInvites(GROUP)).isEmpty();
    assertThat(Files.readAllLines(dir.resolve("users.txt.cancel.journal")).get(0))
        .isEqualTo("# vrchat-groups cancel journal\t" + sandbox.url() + "\t" + GROUP);
    assertThat(again.out()).contains("5 of 5 users already done");
  }

  @Test
  void aCancelBatchLowersItsPaceOnceForOneRateLimitedCallAndTriesItAgainInLaterRounds()
      throws IOException {
    Path users = usersFile(3);
    for (int i = 0; i < 3; i++) {
      sandbox.addPendingInvite(GROUP, user(i));
    }
    CliContext context =
        new TestContext()
            .afterEachOutcome(
                userId -> {
                  if (userId.equals(user(1))) {
                    sandbox.rateLimit(1, Duration.ofHours(1), false).exhaustRateLimit();
                  }
                })
            .build();
    List<String> cancel = args(users);
    cancel.set(0, "cancel");
    cancel.set(cancel.indexOf("--max-retries") + 1, "2");

    CliRun run = CliRun.of(context, cancel.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    // One call answered 429 three times (two retries) lowers the pace once, to half.
    assertThat(run.out()).contains("pace 500000.0/min").doesNotContain("250000.0/min");
    // Two users got through, so the third is tried again in a second round of the same run; that
    // round gets nothing through, so there is no third, and the user is left for the next run.
    assertThat(run.out())
        .contains("round 2 of 3: trying again the 1 users VRChat rate-limited")
        .doesNotContain("round 3");
    assertThat(run.out()).contains("this run sent 3, 2 cancelled, 1 rate limited");
    assertThat(sandbox.pendingInvites(GROUP)).containsExactly(user(2));
  }

  @Test
  void aCancelBatchRefusesTheJournalOfAnInviteBatch() throws IOException {
    Path users = usersFile(2);
    assertThat(run(args(users)).exitCode()).isZero();
    List<String> cancel = args(users, "--journal", dir.resolve("users.txt.journal").toString());
    cancel.set(0, "cancel");

    CliRun refused = run(cancel);

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("belongs to the invite batch of group " + GROUP);
    assertThat(sandbox.pendingInvites(GROUP)).hasSize(2);
  }

  @Test
  void onATerminalABatchDrawsOneProgressBarInsteadOfALinePerUser() throws IOException {
    Path users = usersFile(4);
    CliContext terminal = new TestContext().terminal(true).build();

    CliRun run = CliRun.of(terminal, args(users).toArray(String[]::new));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\r[#######-----------------------] 1/4 ")
        .contains("\r[##############################] 4/4 \n")
        .doesNotContain("[1/4] " + user(0));
  }

  @Test
  void onATerminalTheProgressBarMovesWhileTheBatchRuns() throws IOException {
    Path users = usersFile(3);
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    List<String> seenBeforeEachOutcome = new ArrayList<>();
    CliContext context =
        new TestContext()
            .terminal(true)
            .afterEachOutcome(
                userId -> seenBeforeEachOutcome.add(terminal.toString(StandardCharsets.UTF_8)))
            .build();
    CommandLine commandLine = VrchatGroupsCli.commandLine(context);
    // As picocli writes to System.out: an encoding writer that holds what is not flushed.
    commandLine.setOut(
        new PrintWriter(new OutputStreamWriter(terminal, StandardCharsets.UTF_8), true));

    int exitCode = commandLine.execute(args(users).toArray(String[]::new));

    assertThat(exitCode).isZero();
    assertThat(seenBeforeEachOutcome.get(1)).endsWith("] 1/3 ");
    assertThat(seenBeforeEachOutcome.get(2)).endsWith("] 2/3 ");
  }

  @Test
  void onATerminalABatchWithNothingLeftToSendDrawsNoBar() throws IOException {
    Path users = usersFile(2);
    assertThat(run(args(users)).exitCode()).isZero();

    CliRun again =
        CliRun.of(new TestContext().terminal(true).build(), args(users).toArray(String[]::new));

    assertThat(again.out())
        .startsWith("2 of 2 users already done in ")
        .contains("; resuming.\nSummary: 2 users;");
  }

  @Test
  void aBatchIsPacedToItsRateOnTheInjectedClock() throws IOException {
    Path users = usersFile(4);
    List<Duration> waits = new ArrayList<>();
    CliContext fakeTime = new TestContext().fakeTime(waits).build();
    List<String> paced = args(users);
    paced.set(paced.indexOf("1000000/min"), "60/min");

    CliRun run = CliRun.of(fakeTime, paced.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isZero();
    // The ban list's read, then four invites at 60/min: four waits of one second, none before the
    // first request.
    assertThat(waits)
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            Duration.ofSeconds(1));
    assertThat(sandbox.sentInvites()).hasSize(4);
    assertThat(run.out()).contains("; not done 0; 4.0 s.");
  }

  @Test
  void afterA429TheBatchSpeedsBackUpTowardsItsRate() throws IOException {
    Path users = usersFile(6);
    List<Duration> waits = new ArrayList<>();
    CliContext fakeTime =
        new TestContext()
            .fakeTime(waits)
            .afterEachOutcome(
                userId -> {
                  if (userId.equals(user(0))) {
                    sandbox.rateLimit(1, Duration.ofHours(1), false).exhaustRateLimit();
                  } else if (userId.equals(user(1))) {
                    sandbox.rateLimit(1000, Duration.ofHours(1), false); // one 429 only
                  }
                })
            .build();
    List<String> paced = args(users);
    paced.set(paced.indexOf("1000000/min"), "60/min");
    paced.set(paced.indexOf("--max-retries") + 1, "0");

    CliRun run = CliRun.of(fakeTime, paced.toArray(String[]::new));

    assertThat(run.out()).contains("pace 30.0/min");
    // 1 s apart at 60/min (the ban list's read, then user 0); user 1's 429 halves the pace: 2 s
    // before the next; then each answer makes the pace a hundredth faster.
    assertThat(waits.subList(0, 3))
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(waits.get(3)).isEqualTo(Duration.ofNanos((long) (60e9 / (30 * 1.01))));
    assertThat(run.out()).contains("round 2 of 3: trying again the 1 users");
    assertThat(run.out())
        .as("the user rate-limited in round 1 counts as what round 2 made of them")
        .contains("[1/1] " + user(1) + ": invited")
        .doesNotContain("rate limited;")
        .doesNotContain(", 0 ");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void anAnswerMidBatchThatEveryOtherInviteWouldGetStopsItAndLeavesTheRestNotDone()
      throws IOException {
    Path users = usersFile(5);
    CliContext context =
        new TestContext()
            .afterEachOutcome(
                userId -> {
                  if (userId.equals(user(1))) {
                    sandbox.blockApplication("CliTest");
                  }
                })
            .build();

    CliRun run = CliRun.of(context, args(users).toArray(String[]::new));

    assertThat(run.exitCode()).isEqualTo(Outcome.FIREWALL_BLOCKED.exitCode);
    assertThat(run.err())
        .contains(
            "stopped: blocked by VRChat's firewall; every other request would fail the same way.")
        .contains("set --user-agent to your own");
    assertThat(run.out()).contains("not done 3;");
    assertThat(sandbox.sentInvites()).hasSize(2);
    assertThat(context.batchRunning()).as("no batch runs after the command").isFalse();
  }
}
