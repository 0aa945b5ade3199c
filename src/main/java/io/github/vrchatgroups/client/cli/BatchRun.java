package io.github.vrchatgroups.client.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ParameterException;

/**
 * One run of a bulk invite: reads the list and the journal, invites the users not done yet at the
 * paced rate, journals each outcome before the next invite, and ends with a summary (and a report).
 */
final class BatchRun {
  private record Result(InviteOutcome outcome, String detail) {}

  private final InviteCommand command;
  private final VrchatGroupsClient client;
  private final PrintWriter out;

  BatchRun(InviteCommand command, VrchatGroupsClient client, PrintWriter out) {
    this.command = command;
    this.client = client;
    this.out = out;
  }

  int run() throws IOException, InterruptedException {
    long started = System.nanoTime();
    Path usersFile = command.target.usersFile;
    UserList users;
    try {
      users = UserList.read(usersFile);
    } catch (NoSuchFileException e) {
      throw new ParameterException(command.spec.commandLine(), "no such file: " + usersFile);
    }
    users.badLines().forEach(bad -> out.println("skipped " + usersFile + " " + bad));
    Path journalFile =
        command.journal != null
            ? command.journal
            : usersFile.resolveSibling(usersFile.getFileName() + ".journal");
    Map<String, InviteOutcome> journaled = InviteJournal.read(journalFile);

    Map<String, Result> results = new LinkedHashMap<>();
    List<String> todo = new ArrayList<>();
    for (String userId : users.userIds()) {
      InviteOutcome previous = journaled.get(userId);
      if (previous != null && previous.done) {
        results.put(userId, new Result(previous, "from the journal"));
      } else {
        todo.add(userId);
      }
    }
    if (!results.isEmpty()) {
      out.println(
          results.size()
              + " of "
              + users.userIds().size()
              + " users already done in "
              + journalFile
              + "; resuming.");
    }

    InviteOutcome stoppedBy = null;
    Progress progress = new Progress(out, todo.size(), System.console() != null);
    long interval = (long) (TimeUnit.MINUTES.toNanos(1) / command.ratePerMinute);
    long nextStart = System.nanoTime();
    try (InviteJournal journal = InviteJournal.open(journalFile, Clock.systemUTC())) {
      for (String userId : todo) {
        long wait = nextStart - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        nextStart = Math.max(System.nanoTime(), nextStart) + interval;
        Result result = invite(userId);
        journal.record(userId, result.outcome(), result.detail());
        command.afterEachOutcome.accept(userId);
        results.put(userId, result);
        progress.advance(userId, result.outcome());
        if (result.outcome().stopsBatch()) {
          stoppedBy = result.outcome();
          out.println(
              "stopped: "
                  + result.outcome().words
                  + " ("
                  + result.detail()
                  + "); every other invite would fail the same way.");
          break;
        }
      }
    }
    progress.finish();

    long unfinished =
        users.userIds().stream()
            .filter(u -> !results.containsKey(u) || !results.get(u).outcome().done)
            .count();
    printSummary(
        users, results, unfinished, Duration.ofNanos(System.nanoTime() - started), journalFile);
    if (command.report != null) {
      writeReport(command.report, results);
    }
    if (stoppedBy != null) {
      return stoppedBy.exitCode;
    }
    return unfinished > 0 ? 1 : 0;
  }

  private Result invite(String userId) {
    try {
      client.inviteUser(command.groupId, userId, !command.noConfirmOverrideBlock);
      return new Result(InviteOutcome.INVITED, "");
    } catch (VrchatApiException e) {
      return new Result(InviteOutcome.of(e), e.getMessage());
    }
  }

  private void printSummary(
      UserList users,
      Map<String, Result> results,
      long unfinished,
      Duration elapsed,
      Path journalFile) {
    Map<InviteOutcome, Integer> counts = new EnumMap<>(InviteOutcome.class);
    results.values().forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
    StringBuilder summary =
        new StringBuilder("Summary: ").append(users.userIds().size()).append(" users");
    counts.forEach(
        (outcome, count) -> summary.append(", ").append(count).append(' ').append(outcome.words));
    if (!users.badLines().isEmpty()) {
      summary.append(", ").append(users.badLines().size()).append(" bad lines skipped");
    }
    summary.append(String.format(Locale.ROOT, "; %.1f s.", elapsed.toMillis() / 1000.0));
    out.println(summary);
    if (unfinished > 0) {
      out.println(
          unfinished
              + " users are not done; run the same command again to resume from "
              + journalFile
              + ".");
    }
  }

  private static void writeReport(Path report, Map<String, Result> results) throws IOException {
    if (report.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      List<Map<String, String>> rows = new ArrayList<>();
      results.forEach(
          (userId, r) ->
              rows.add(
                  Map.of(
                      "userId",
                      userId,
                      "outcome",
                      r.outcome().code(),
                      "words",
                      r.outcome().words,
                      "detail",
                      r.detail())));
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(report.toFile(), rows);
      return;
    }
    StringBuilder csv = new StringBuilder("user_id,outcome,detail\n");
    results.forEach(
        (userId, r) ->
            csv.append(userId)
                .append(',')
                .append(r.outcome().code())
                .append(',')
                .append('"')
                .append(r.detail().replace("\"", "\"\""))
                .append("\"\n"));
    Files.writeString(report, csv, StandardCharsets.UTF_8);
  }

  /** A progress bar on a terminal, one plain line per user elsewhere. */
  private static final class Progress {
    private final PrintWriter out;
    private final int total;
    private final boolean terminal;
    private int done;

    Progress(PrintWriter out, int total, boolean terminal) {
      this.out = out;
      this.total = total;
      this.terminal = terminal;
    }

    void advance(String userId, InviteOutcome outcome) {
      done++;
      if (terminal) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        out.print(
            "\r["
                + "#".repeat(filled)
                + "-".repeat(width - filled)
                + "] "
                + done
                + "/"
                + total
                + " ");
      } else {
        out.println("[" + done + "/" + total + "] " + userId + ": " + outcome.words);
      }
      out.flush();
    }

    void finish() {
      if (terminal && done > 0) {
        out.println();
      }
    }
  }
}
