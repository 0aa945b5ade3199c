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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One run of a batch of invites or cancels: reads the list and the journal, checks credentials,
 * User-Agent, group and base URL with one cheap read before sending anything, sends a request for
 * each user not done yet at a pace that slows down after each 429, journals each outcome before the
 * next request, and ends with a summary (and a report). Ctrl-C or SIGTERM lets the request in
 * flight finish and be journaled.
 */
final class BatchRun {
  /** Exit code of a batch stopped by Ctrl-C or SIGTERM, as a shell reports SIGINT. */
  static final int INTERRUPTED = 130;

  private record Result(Outcome outcome, String detail, boolean earlierRun) {}

  private final BatchOptions options;
  private final VrchatGroupsClient client;
  private final Pacer pacer;
  private final CliContext context;
  private final PrintWriter out;
  private final PrintWriter err;

  BatchRun(
      BatchOptions options,
      VrchatGroupsClient client,
      Pacer pacer,
      CliContext context,
      PrintWriter out,
      PrintWriter err) {
    this.options = options;
    this.client = client;
    this.pacer = pacer;
    this.context = context;
    this.out = out;
    this.err = err;
  }

  /** Exit code of a batch that did every user it could read, but skipped malformed lines. */
  static final int SKIPPED_LINES = 14;

  int run() throws IOException, InterruptedException {
    long started = context.nanoTime().getAsLong();
    UserList users;
    try {
      users = UserList.read(options.usersFile());
    } catch (NoSuchFileException e) {
      throw CliException.usage("--from " + options.usersFile() + ": no such file");
    }
    users.badLines().forEach(bad -> err.println("skipped " + options.usersFile() + " " + bad));

    BatchJournal journal;
    try {
      journal =
          BatchJournal.open(
              options.journalFile(),
              options.action(),
              options.server(),
              options.groupId(),
              Clock.systemUTC());
    } catch (BatchJournal.RefusedException e) {
      throw new CliException(CliException.USAGE, e.getMessage());
    }
    try (journal) {
      Map<String, Result> results = new LinkedHashMap<>();
      List<String> todo = new ArrayList<>();
      for (String userId : users.userIds()) {
        BatchJournal.Entry previous = journal.entries().get(userId);
        if (previous != null && previous.outcome().done) {
          results.put(userId, new Result(previous.outcome(), previous.detail(), true));
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
                + options.journalFile()
                + "; resuming.");
      }
      if (!todo.isEmpty()) {
        Integer refused = preflight();
        if (refused != null) {
          return refused;
        }
      }
      context.batchRunning().set(true);
      Stop stop;
      try {
        stop = inviteAll(todo, journal, results);
      } finally {
        context.batchRunning().set(false);
      }
      return finish(users, results, stop, started);
    }
  }

  /** Why the loop ended early, if it did. */
  private record Stop(Outcome outcome, boolean interrupted) {
    static final Stop NONE = new Stop(null, false);
  }

  /**
   * One cheap read before the first invite: a one-item listing fails exactly as every invite would
   * for bad credentials, a wrong group, the firewall or a wrong base URL. Returns the exit code if
   * the batch must not start.
   */
  private Integer preflight() {
    try {
      client.listInvites(options.groupId(), 1, 0);
      return null;
    } catch (VrchatApiException e) {
      FailureReport report = FailureReport.of(e, options.server());
      err.println("checked before sending: " + report.line());
      err.println(
          report.fix() != null
              ? report.fix() + " Nothing was sent."
              : "Nothing was sent; run the same command again when the API answers.");
      return report.outcome().exitCode;
    }
  }

  private Stop inviteAll(List<String> todo, BatchJournal journal, Map<String, Result> results)
      throws IOException, InterruptedException {
    Progress progress = new Progress(out, todo.size(), context.terminal());
    try {
      for (String userId : todo) {
        if (context.stopRequested().get()) {
          return new Stop(null, true);
        }
        pacer.awaitTurn();
        double paceBefore = pacer.perMinute();
        Result result = send(userId);
        journal.record(userId, result.outcome(), result.detail());
        context.afterEachOutcome().accept(userId);
        results.put(userId, result);
        progress.advance(userId, result.outcome());
        if (result.outcome() == Outcome.RATE_LIMITED) {
          pacer.rateLimited();
        } else {
          pacer.answered();
        }
        if (pacer.perMinute() < paceBefore) {
          out.printf(Locale.ROOT, "429 from VRChat: slowing to %.1f/min%n", pacer.perMinute());
        }
        if (result.outcome().stopsBatch()) {
          return new Stop(result.outcome(), false);
        }
      }
      return Stop.NONE;
    } finally {
      progress.finish();
    }
  }

  private int finish(UserList users, Map<String, Result> results, Stop stop, long started)
      throws IOException {
    long unfinished =
        users.userIds().stream()
            .filter(u -> !results.containsKey(u) || !results.get(u).outcome().done)
            .count();
    printSummary(
        users, results, unfinished, Duration.ofNanos(context.nanoTime().getAsLong() - started));
    if (options.report() != null) {
      writeReport(results);
    }
    if (stop.outcome() != null) {
      err.println(
          "stopped: " + stop.outcome().words + "; every other request would fail the same way.");
      err.println(stop.outcome().fix);
      return stop.outcome().exitCode;
    }
    if (stop.interrupted()) {
      err.println(
          "interrupted: "
              + unfinished
              + " users not done; run the same command again to resume from "
              + options.journalFile()
              + ".");
      return INTERRUPTED;
    }
    if (unfinished > 0) {
      err.println(
          unfinished
              + " users are not done; run the same command again to resume from "
              + options.journalFile()
              + ".");
      return 1;
    }
    if (!users.badLines().isEmpty()) {
      err.println(
          users.badLines().size()
              + " lines of "
              + options.usersFile()
              + " are not user IDs and were skipped (listed above): fix them and run again.");
      return SKIPPED_LINES;
    }
    return 0;
  }

  private Result send(String userId) {
    try {
      options.action().apply(client, options, userId);
      return new Result(options.action().success, "", false);
    } catch (VrchatApiException e) {
      FailureReport report = FailureReport.of(e, options.server());
      return new Result(report.outcome(), report.detail(), false);
    }
  }

  private void printSummary(
      UserList users, Map<String, Result> results, long unfinished, Duration elapsed) {
    Map<Outcome, Integer> thisRun = new EnumMap<>(Outcome.class);
    long earlier = 0;
    for (Result result : results.values()) {
      if (result.earlierRun()) {
        earlier++;
      } else {
        thisRun.merge(result.outcome(), 1, Integer::sum);
      }
    }
    StringBuilder summary =
        new StringBuilder("Summary: ")
            .append(users.userIds().size())
            .append(" users; this run sent ");
    summary.append(thisRun.values().stream().mapToInt(Integer::intValue).sum());
    thisRun.forEach(
        (outcome, count) -> summary.append(", ").append(count).append(' ').append(outcome.words));
    summary.append("; done in earlier runs ").append(earlier);
    summary.append("; not done ").append(unfinished);
    if (!users.badLines().isEmpty()) {
      summary.append("; ").append(users.badLines().size()).append(" bad lines skipped");
    }
    summary.append(String.format(Locale.ROOT, "; %.1f s.", elapsed.toMillis() / 1000.0));
    out.println(summary);
  }

  private void writeReport(Map<String, Result> results) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    results.forEach(
        (userId, r) -> {
          Map<String, String> row = new LinkedHashMap<>();
          row.put("user_id", userId);
          row.put("outcome", r.outcome().code());
          row.put("detail", r.detail());
          row.put("run", r.earlierRun() ? "earlier" : "this");
          rows.add(row);
        });
    if (options.report().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(options.report().toFile(), rows);
      return;
    }
    StringBuilder csv =
        new StringBuilder(
                String.join(
                    ",",
                    rows.isEmpty()
                        ? List.of("user_id", "outcome", "detail", "run")
                        : rows.get(0).keySet()))
            .append('\n');
    for (Map<String, String> row : rows) {
      List<String> cells = new ArrayList<>();
      row.values().forEach(value -> cells.add(csvCell(value)));
      csv.append(String.join(",", cells)).append('\n');
    }
    Files.writeString(options.report(), csv, StandardCharsets.UTF_8);
  }

  private static String csvCell(String value) {
    return value.matches("[A-Za-z0-9_.-]*") ? value : '"' + value.replace("\"", "\"\"") + '"';
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

    void advance(String userId, Outcome outcome) {
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
        out.flush(); // print, unlike println, does not flush: the bar must move now
      } else {
        out.println("[" + done + "/" + total + "] " + userId + ": " + outcome.words);
      }
    }

    void finish() {
      if (terminal && done > 0) {
        out.println();
      }
    }
  }
}
