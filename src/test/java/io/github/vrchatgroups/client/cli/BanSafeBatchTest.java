package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A batch of invites never lets a banned user back in: VRChat lifts a ban when it sends an invite.
 * Against a sandbox that models that rule (an invite with the override unbans), as a group admin
 * would run it.
 */
class BanSafeBatchTest extends SandboxBatchTest {

  private void ban(int... users) {
    for (int i : users) {
      sandbox.addUser(user(i), "Banned " + i).addBannedUser(GROUP, user(i));
    }
  }

  @Test
  void aListHoldingBannedUsersInvitesNoneOfThemAndReportsEachAsSkipped() throws IOException {
    ban(1, 3);
    Path users = usersFile(5);
    Path report = dir.resolve("report.csv");

    CliRun run = CliRun.of(args(users, "--report", report.toString()).toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(user(1) + ": banned: skipped")
        .contains(user(3) + ": banned: skipped")
        .contains("this run sent 3, 3 invited, 2 banned: skipped")
        .contains("2 users the group bans were skipped")
        .contains("--include-banned");
    assertThat(sandbox.sentInvites())
        .containsExactly(GROUP + "/" + user(0), GROUP + "/" + user(2), GROUP + "/" + user(4));
    assertThat(sandbox.bannedUsers(GROUP)).containsExactly(user(1), user(3));
    assertThat(Files.readString(report)).contains(user(1) + ",skipped_banned,");
  }

  @Test
  void withIncludeBannedTheBannedUsersAreInvitedAndEachSaysTheBanWasLifted() throws IOException {
    ban(1);
    Path users = usersFile(3);

    CliRun run = CliRun.of(args(users, "--include-banned").toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(user(1) + ": invited, ban lifted")
        .contains(user(0) + ": invited\n");
    assertThat(sandbox.sentInvites()).hasSize(3);
    assertThat(sandbox.bannedUsers(GROUP)).isEmpty();
    assertThat(run.out()).doesNotContain("were skipped");
  }

  @Test
  void aFailedRereadOfTheBansLeavesItsUserNotDoneAndTheNextUserReadsThemAgain() throws IOException {
    Path users = usersFile(13);
    CliContext slowClock =
        new TestContext()
            .fakeTime(new ArrayList<>())
            .afterEachOutcome(
                userId -> {
                  if (userId.equals(user(0))) {
                    // The re-read, ten minutes in, fails once.
                    sandbox.injectFault(
                        io.github.vrchatgroups.client.sandbox.SandboxOperation.BANS,
                        1,
                        io.github.vrchatgroups.client.sandbox.SandboxFault.answer(400));
                  }
                })
            .build();
    List<String> paced = args(users);
    paced.set(paced.indexOf("1000000/min"), "1/min");

    CliRun run = CliRun.of(slowClock, paced.toArray(String[]::new));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(": failed").contains("this run sent 13, 12 invited, 1 failed");
    assertThat(sandbox.sentInvites()).hasSize(12);
    assertThat(sandbox.requests()).filteredOn(r -> r.path().endsWith("/bans")).hasSize(3);
  }

  @Test
  void aRerunWithIncludeBannedInvitesTheUsersAnEarlierRunSkipped() throws IOException {
    ban(1);
    Path users = usersFile(3);
    CliRun.of(args(users).toArray(String[]::new));

    CliRun rerun = CliRun.of(args(users, "--include-banned").toArray(String[]::new));

    assertThat(rerun.out()).contains("2 of 3 users already done");
    assertThat(rerun.out()).contains(user(1) + ": invited, ban lifted");
    assertThat(sandbox.sentInvites()).hasSize(3);
  }

  @Test
  void aRerunWithoutTheFlagSendsTheSkippedUsersNothingAgain() throws IOException {
    ban(1);
    Path users = usersFile(3);
    CliRun.of(args(users).toArray(String[]::new));
    int requestsBefore = sandbox.requests().size();

    CliRun rerun = CliRun.of(args(users).toArray(String[]::new));

    assertThat(rerun.exitCode()).isZero();
    assertThat(rerun.out()).contains(user(1) + ": banned: skipped");
    // The bans are read once before anything else; the skipped user costs no request.
    assertThat(sandbox.requests().subList(requestsBefore, sandbox.requests().size()))
        .extracting(r -> r.method() + " " + r.path())
        .containsExactly("GET /groups/" + GROUP + "/bans");
    assertThat(sandbox.sentInvites()).hasSize(2);
  }

  @Test
  void aUserBannedWhileALongBatchRunsIsSkippedOnceTheBansAreReadAgain() throws IOException {
    Path users = usersFile(15);
    List<Duration> waits = new ArrayList<>();
    CliContext slowClock =
        new TestContext()
            .fakeTime(waits)
            .afterEachOutcome(
                userId -> {
                  if (userId.equals(user(0))) {
                    ban(14); // a moderator bans a user further down the list
                  }
                })
            .build();
    List<String> paced = args(users);
    paced.set(paced.indexOf("1000000/min"), "1/min");

    CliRun run = CliRun.of(slowClock, paced.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(user(14) + ": banned: skipped");
    assertThat(sandbox.sentInvites()).hasSize(14).doesNotContain(GROUP + "/" + user(14));
    assertThat(sandbox.bannedUsers(GROUP)).containsExactly(user(14));
    assertThat(sandbox.requests())
        .filteredOn(r -> r.path().endsWith("/bans"))
        .hasSize(2); // before the first invite, and once ten minutes had passed
  }

  @Test
  void aCancelBatchWithdrawsABannedUsersInviteTooForItLetsNobodyIn() throws IOException {
    ban(0);
    sandbox.addPendingInvite(GROUP, user(0));
    List<String> cancel = args(usersFile(1));
    cancel.set(0, "cancel");

    CliRun run = CliRun.of(cancel.toArray(String[]::new));

    assertThat(run.out()).contains(user(0) + ": cancelled");
    assertThat(sandbox.pendingInvites(GROUP)).isEmpty();
  }

  @Test
  void anAccountThatMayNotReadTheBansStopsTheBatchBeforeAnyInvite() throws IOException {
    ban(1);
    sandbox.addMemberWithoutModeration(GROUP, ADMIN);
    Path users = usersFile(3);

    CliRun run = CliRun.of(args(users).toArray(String[]::new));

    assertThat(run.exitCode()).isEqualTo(Outcome.NO_PERMISSION.exitCode);
    assertThat(run.err())
        .contains("checked before sending: no permission")
        .contains("manage members and bans")
        .contains("Nothing was sent.");
    assertThat(sandbox.sentInvites()).isEmpty();
  }
}
