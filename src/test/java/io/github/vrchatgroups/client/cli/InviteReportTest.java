package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code report}: what became of a batch's invites, read from the group's audit log, against a
 * sandbox whose users join, or not, and one of whose invites is cancelled.
 */
class InviteReportTest extends SandboxBatchTest {

  private CliRun report(Path users, String... more) {
    List<String> args = new ArrayList<>(args(users, more));
    args.set(0, "report");
    int rate = args.indexOf("--rate");
    args.subList(rate, rate + 2).clear(); // report reads, it does not pace a batch
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void theReportSaysPerInvitedUserWhetherTheyJoinedAreStillInvitedOrWereCancelled()
      throws IOException {
    sandbox.addMember(GROUP, user(5));
    Path users = usersFile(6); // user(5) is a member already: not invited by the batch
    CliRun batch = CliRun.of(args(users).toArray(String[]::new));
    sandbox.acceptInvite(GROUP, user(0));
    sandbox.acceptInvite(GROUP, user(2));
    CliRun cancel =
        CliRun.of(
            CliRun.against("cancel", sandbox.url(), auth, "--group", GROUP, "--user", user(3)));

    CliRun report = report(users);

    assertThat(batch.exitCode()).as(batch.err()).isZero();
    assertThat(cancel.exitCode()).as(cancel.err()).isZero();
    assertThat(report.exitCode()).as(report.err()).isZero();
    assertThat(report.out())
        .contains(user(0) + ": joined\n")
        .contains(user(1) + ": still invited\n")
        .contains(user(2) + ": joined\n")
        .contains(user(3) + ": cancelled\n")
        .contains(user(4) + ": still invited\n")
        .doesNotContain(user(5))
        .contains("Summary: 5 invited by the batch, 2 joined, 2 still invited, 1 cancelled.");
    // The sandbox's own record agrees.
    assertThat(sandbox.auditLog(GROUP))
        .contains(
            "group.member.join " + user(0),
            "group.member.join " + user(2),
            "group.invite.cancel " + user(3));
  }

  @Test
  void theReportReadsTheLogOnlyUntilEveryUserIsKnown() throws IOException {
    Path users = usersFile(2);
    CliRun.of(args(users).toArray(String[]::new));
    sandbox.acceptInvite(GROUP, user(0));
    sandbox.acceptInvite(GROUP, user(1));
    int before = sandbox.requests().size();

    CliRun report = report(users);

    assertThat(report.out()).contains("2 joined");
    assertThat(sandbox.requests().subList(before, sandbox.requests().size()))
        .extracting(r -> r.path())
        .containsExactly("/groups/" + GROUP + "/auditLogs");
  }

  @Test
  void aUserWhoseBanTheBatchLiftedIsReportedToo() throws IOException {
    sandbox.addUser(user(0), "Banned").addBannedUser(GROUP, user(0));
    Path users = usersFile(1);
    CliRun.of(args(users, "--include-banned").toArray(String[]::new));
    sandbox.acceptInvite(GROUP, user(0));

    assertThat(report(users).out()).contains(user(0) + ": joined");
  }

  @Test
  void theLogIsReadFromAnHourBeforeTheBatchsFirstJournalLine() throws IOException {
    Path users = usersFile(2);
    Files.writeString(
        dir.resolve("users.txt.journal"),
        "# vrchat-groups invite journal\t"
            + sandbox.url()
            + "\t"
            + GROUP
            + "\n2026-11-20T19:00:00Z\t"
            + user(1)
            + "\tinvited\t\n2026-11-20T18:00:00Z\t"
            + user(0)
            + "\tinvited\t\n2026-11-20T17:30:00Z\t"
            + user(2)
            + "\talready_member\t\n");

    report(users);

    assertThat(sandbox.requests())
        .filteredOn(r -> r.path().endsWith("/auditLogs"))
        .singleElement()
        .satisfies(r -> assertThat(r.query()).contains("startDate=2026-11-20T17%3A00Z"));
  }

  @Test
  void aJournalTimeItCannotReadMakesTheReportReadTheWholeLog() throws IOException {
    Path users = usersFile(1);
    Files.writeString(
        dir.resolve("users.txt.journal"),
        "# vrchat-groups invite journal\t"
            + sandbox.url()
            + "\t"
            + GROUP
            + "\nsoon\t"
            + user(0)
            + "\tinvited\t\n");

    CliRun report = report(users);

    assertThat(report.exitCode()).isZero();
    assertThat(sandbox.requests())
        .filteredOn(r -> r.path().endsWith("/auditLogs"))
        .singleElement()
        .satisfies(r -> assertThat(r.query()).contains("startDate=1970-01-01T00%3A00Z"));
  }

  @Test
  void theReportStopsReadingWhenEveryUserIsKnownEvenWithPagesLeft() throws IOException {
    Path users = usersFile(2);
    CliRun.of(args(users).toArray(String[]::new));
    for (int i = 10; i < 160; i++) {
      sandbox.addUser(user(i), "Other " + i).addPendingInvite(GROUP, user(i));
    }
    sandbox.acceptInvite(GROUP, user(0));
    sandbox.acceptInvite(GROUP, user(1));
    int before = sandbox.requests().size();

    CliRun report = report(users);

    assertThat(report.out()).contains("2 joined");
    assertThat(sandbox.requests().subList(before, sandbox.requests().size())).hasSize(1);
  }

  @Test
  void withoutABatchJournalTheReportSaysWhatToRunFirst() throws IOException {
    Path users = usersFile(2);

    CliRun report = report(users);

    assertThat(report.exitCode()).isEqualTo(2);
    assertThat(report.err()).contains("no journal at").contains("run invite --from first");
  }
}
