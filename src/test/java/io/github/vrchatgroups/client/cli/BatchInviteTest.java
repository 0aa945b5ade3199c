package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code invite --from}: paced, journaled, resumable batches against a sandbox on loopback. */
@Timeout(60)
class BatchInviteTest extends SandboxBatchTest {

  @Test
  void badLinesAreReportedWithTheirNumbersAndDuplicatesAreInvitedOnce() throws IOException {
    Path users =
        Files.writeString(
            dir.resolve("users.txt"),
            String.join(
                "\n",
                "# exported from the form",
                "",
                user(1),
                "usr_not-a-uuid",
                user(2),
                user(1),
                "8JoV9XEdpo",
                "has space",
                ""));

    CliRun run = CliRun.of(args(users).toArray(String[]::new));

    // Every readable user is done, but a batch that skipped lines is no plain success.
    assertThat(run.exitCode()).isEqualTo(BatchRun.SKIPPED_LINES);
    assertThat(run.err())
        .contains("2 lines of " + users + " are not user IDs and were skipped")
        .contains("line 4: userId must be usr_<uuid>")
        .contains("line 8: userId must be usr_<uuid>");
    assertThat(run.out())
        .contains(
            "Summary: 3 users; this run sent 3, 3 invited; done in earlier runs 0; not done 0;"
                + " 2 bad lines skipped");
    assertThat(sandbox.sentInvites())
        .containsExactly(GROUP + "/" + user(1), GROUP + "/" + user(2), GROUP + "/8JoV9XEdpo");
  }

  @Test
  void aThousandUsersUnderTheRateLimitAreEachInvitedExactlyOnce() throws IOException {
    sandbox.rateLimit(50, Duration.ofMillis(2), false);
    Path users = usersFile(1000);
    Path report = dir.resolve("report.json");

    CliRun run = CliRun.of(args(users, "--report", report.toString()).toArray(String[]::new));

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(sandbox.sentInvites()).hasSize(1000).doesNotHaveDuplicates();
    JsonNode rows = new ObjectMapper().readTree(report.toFile());
    assertThat(rows)
        .hasSize(1000)
        .allSatisfy(row -> assertThat(row.path("outcome").asText()).isEqualTo("invited"));
    assertThat(Files.readAllLines(dir.resolve("users.txt.journal")))
        .hasSize(1 + 1000)
        .first()
        .isEqualTo("# vrchat-groups invite journal\t" + sandbox.url() + "\t" + GROUP);
  }

  @Test
  void aBatchThatCrashesHalfwayResumesAndInvitesEachUserOnce() throws IOException {
    Path users = usersFile(100);
    int[] outcomes = {0};

    CliRun crashed =
        CliRun.of(
            userId -> {
              if (++outcomes[0] == 30) {
                throw new IllegalStateException("simulated crash after 30 outcomes");
              }
            },
            args(users).toArray(String[]::new));
    CliRun resumed = CliRun.of(args(users).toArray(String[]::new));

    assertThat(crashed.exitCode()).isNotZero();
    assertThat(resumed.out()).contains("30 of 100 users already done");
    assertThat(resumed.exitCode()).isZero();
    assertThat(sandbox.sentInvites()).hasSize(100).doesNotHaveDuplicates();
  }

  @Test
  void aBatchKilledWithSigkillResumesAndInvitesEachUserOnce() throws Exception {
    Path users = usersFile(200);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                VrchatGroupsCli.class.getName()));
    command.addAll(args(users));
    command.set(command.indexOf("1000000/min"), "1200/min");
    Process child =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (sandbox.sentInvites().size() < 20 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    child.destroyForcibly();
    child.waitFor();
    int beforeKill = sandbox.sentInvites().size();

    CliRun resumed = CliRun.of(args(users).toArray(String[]::new));

    assertThat(beforeKill).as(Files.readString(dir.resolve("child.log"))).isBetween(20, 199);
    assertThat(resumed.exitCode()).as(resumed.out()).isZero();
    assertThat(sandbox.sentInvites()).hasSize(200).doesNotHaveDuplicates();
  }

  @Test
  void withoutATerminalABatchPrintsALinePerUserWithItsOutcome() throws IOException {
    sandbox.addMember(GROUP, user(1));
    Path users = usersFile(2);

    CliRun run = CliRun.of(args(users).toArray(String[]::new));

    assertThat(run.out())
        .startsWith(
            "[1/2] " + user(0) + ": invited\n" + "[2/2] " + user(1) + ": already a member\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-such-dir/r.json", "."})
  void aReportPathThatCannotBeWrittenIsRefusedBeforeAnythingIsSent(String path) throws IOException {
    Path users = usersFile(2);
    Path report = dir.resolve(path);

    CliRun run = CliRun.of(args(users, "--report", report.toString()).toArray(String[]::new));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err())
        .startsWith("vrchat-groups: --report " + report)
        .doesNotContain("Exception");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void aReportOfABatchWithNoUsersHasItsHeaderOnly() throws IOException {
    Path users = Files.writeString(dir.resolve("users.txt"), "# nobody yet\n");
    Path report = dir.resolve("report.csv");

    CliRun run = CliRun.of(args(users, "--report", report.toString()).toArray(String[]::new));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(report)).isEqualTo("user_id,outcome,detail,run\n");
  }

  @Test
  void aCsvReportListsEveryUsersOutcome() throws IOException {
    sandbox.addMember(GROUP, user(1)).refuseInvitesTo(user(2));
    Path users = usersFile(3);
    Path report = dir.resolve("report.csv");

    CliRun run = CliRun.of(args(users, "--report", report.toString()).toArray(String[]::new));

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(report, StandardCharsets.UTF_8))
        .startsWith("user_id,outcome,detail,run\n")
        .contains(user(0) + ",invited,,this")
        .contains(
            user(1)
                + ",already_member,\"HTTP 400 the user is already a member of the group: User "
                + user(1)
                + " is already a member of this group.\"")
        .contains(
            user(2)
                + ",cannot_invite,\"HTTP 403 the caller cannot invite this user:"
                + " You can't invite that user\u2024\",this");
  }

  @Test
  void aBatchStopsAtTheFirstAnswerThatEveryOtherInviteWouldGetToo() throws IOException {
    Path users = usersFile(5);
    Files.writeString(auth, "authcookie_wrong");

    CliRun run = CliRun.of(args(users).toArray(String[]::new));

    assertThat(run.exitCode()).isEqualTo(7);
    assertThat(run.err())
        .contains("checked before sending: not authenticated")
        .contains("log in again")
        .doesNotContain("run the same command again");
    assertThat(sandbox.sentInvites()).isEmpty();
  }
}
