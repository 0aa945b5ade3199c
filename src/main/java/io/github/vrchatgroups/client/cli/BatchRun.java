package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.batch.BatchJournal;
import io.github.vrchatgroups.client.batch.BatchJournalException;
import io.github.vrchatgroups.client.batch.BatchListener;
import io.github.vrchatgroups.client.batch.BatchSummary;
import io.github.vrchatgroups.client.batch.GroupBatch;
import io.github.vrchatgroups.client.batch.UserResult;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One run of a batch command (invites, cancels, or answers to join requests): the SDK's {@link
 * GroupBatch} does the work (pace, ban check, journal, rounds); this turns the flags into a batch,
 * and its outcomes into lines, a summary, a report and an exit code. Ctrl-C or SIGTERM lets the
 * request in flight finish and be journaled.
 */
final class BatchRun {
  /** Exit code of a batch stopped by Ctrl-C or SIGTERM, as a shell reports SIGINT. */
  static final int INTERRUPTED = 130;

  /** Exit code of a batch that did every user it could read, but skipped malformed lines. */
  static final int SKIPPED_LINES = 14;

  private final BatchOptions options;
  private final VrchatGroupsClient client;
  private final CliContext context;
  private final PrintWriter out;
  private final PrintWriter err;

  BatchRun(
      BatchOptions options,
      VrchatGroupsClient client,
      CliContext context,
      PrintWriter out,
      PrintWriter err) {
    this.options = options;
    this.client = client;
    this.context = context;
    this.out = out;
    this.err = err;
  }

  int run() throws IOException {
    if (options.report() != null) {
      BatchReport.checkWritable(options.report());
    }
    BatchJournal journal;
    try {
      journal =
          BatchJournal.file(
              options.journalFile(), options.operation(), options.server(), options.groupId());
    } catch (BatchJournalException e) {
      throw new CliException(CliException.USAGE, e.getMessage() + withJournalHint(e));
    }
    try (journal) {
      UserList users;
      try {
        users = UserList.scan(options.usersFile(), journal);
      } catch (NoSuchFileException e) {
        throw CliException.usage("--from " + options.usersFile() + ": no such file");
      }
      users.badLines().forEach(bad -> err.println("skipped " + options.usersFile() + " " + bad));
      if (users.doneEarlier() > 0) {
        out.println(
            users.doneEarlier()
                + " of "
                + users.users()
                + " users already done in "
                + options.journalFile()
                + "; resuming.");
      }
      Tally tally = new Tally(users.users() - users.doneEarlier());
      BatchSummary summary;
      context.batchRunning().set(true);
      try (Stream<String> ids = users.stream()) {
        summary = batch(journal, tally).run(ids);
      } catch (BatchJournalException e) {
        err.println("stopped: " + e.getMessage());
        return FailureReport.of(e, options.server()).outcome().exitCode;
      } catch (VrchatApiException e) {
        return refusedBeforeSending(e);
      } finally {
        context.batchRunning().set(false);
        tally.progress.finish();
      }
      return finish(users, summary, tally);
    }
  }

  private GroupBatch batch(BatchJournal journal, Tally tally) {
    return GroupBatch.builder(client, options.groupId(), options.operation())
        .journal(journal)
        .timeSource(context.time())
        .stopWhen(context.stopRequested()::get)
        .listener(tally)
        .build();
  }

  private static String withJournalHint(BatchJournalException e) {
    return e.getMessage().contains("belongs to") ? " (pass --journal)" : "";
  }

  /** The read before the first request failed: nothing was sent. */
  private int refusedBeforeSending(VrchatApiException e) {
    FailureReport report = FailureReport.of(e, options.server());
    err.println("checked before sending: " + report.line());
    err.println(
        report.fix() != null
            ? report.fix() + " Nothing was sent."
            : "Nothing was sent; run the same command again when the API answers.");
    return report.outcome().exitCode;
  }

  /**
   * What this run did, as the command line words it: a line (or the bar) per user, a count per
   * outcome, and each user's row for the report when there is one. A user tried again in a later
   * round was rate-limited in the last, so its new outcome replaces that one.
   */
  private final class Tally implements BatchListener {
    final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    final Map<String, BatchResult> rows = options.report() != null ? new LinkedHashMap<>() : null;
    BatchProgress progress;
    int done;
    int round = 1;

    Tally(int todo) {
      progress = new BatchProgress(out, todo, context.terminal());
    }

    @Override
    public void userDone(UserResult result) {
      BatchResult row = row(result);
      if (rows != null) {
        rows.put(result.userId(), row);
      }
      if (result.earlierRun()) {
        return;
      }
      context.afterEachOutcome().accept(result.userId());
      if (round > 1) {
        counts.merge(Outcome.RATE_LIMITED, -1, Integer::sum);
      }
      counts.merge(row.outcome(), 1, Integer::sum);
      if (row.outcome().done) {
        done++;
      }
      progress.advance(result.userId(), row.outcome());
    }

    @Override
    public void roundStarted(int round, int users) {
      this.round = round;
      progress.finish();
      out.println(
          "round "
              + round
              + " of "
              + GroupBatch.DEFAULT_ROUNDS
              + ": trying again the "
              + users
              + " users VRChat rate-limited, at the pace it served");
      progress = new BatchProgress(out, users, context.terminal());
    }

    private BatchResult row(UserResult result) {
      if (result.outcome().isDone()) {
        return new BatchResult(
            Outcome.valueOf(result.outcome().name()), result.detail(), result.earlierRun());
      }
      FailureReport report = FailureReport.of(result.failure().orElseThrow(), options.server());
      return new BatchResult(report.outcome(), report.detail(), false);
    }
  }

  private int finish(UserList users, BatchSummary summary, Tally tally) throws IOException {
    long unfinished = users.users() - users.doneEarlier() - (long) tally.done;
    out.println(
        BatchReport.summary(
            users, tally.counts, users.doneEarlier(), unfinished, summary.elapsed()));
    int banned = tally.counts.getOrDefault(Outcome.SKIPPED_BANNED, 0);
    if (banned > 0) {
      out.println(
          banned
              + (options.action() == BatchAction.INVITE
                  ? " users the group bans were skipped: an invite would lift their ban. To invite"
                      + " them and lift the bans, run again with --include-banned."
                  : " users the group bans were skipped: their requests stay unanswered. Lift the"
                      + " bans first if they are welcome."));
    }
    if (tally.rows != null) {
      BatchReport.write(options.report(), tally.rows);
    }
    if (summary.stoppedBy().isPresent()) {
      FailureReport report =
          FailureReport.of(summary.stoppedBy().get().failure().orElseThrow(), options.server());
      err.println(
          "stopped: " + report.outcome().words + "; every other request would fail the same way.");
      err.println(report.fix() != null ? report.fix() : report.detail());
      return report.outcome().exitCode;
    }
    if (summary.interrupted()) {
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
}
