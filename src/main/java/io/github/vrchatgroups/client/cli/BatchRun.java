package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of a batch (invites, cancels, or answers to join requests): reads the list and the
 * journal, checks credentials, User-Agent, group and base URL with one cheap read before sending
 * anything, skips the users the group bans when the batch lets users in, sends a request for each
 * other user not done yet at a pace that slows down after each 429, journals each outcome before
 * the next request, and ends with a summary (and a report). Ctrl-C or SIGTERM lets the request in
 * flight finish and be journaled.
 */
final class BatchRun {
  /** Exit code of a batch stopped by Ctrl-C or SIGTERM, as a shell reports SIGINT. */
  static final int INTERRUPTED = 130;

  private final BatchOptions options;
  private final VrchatGroupsClient client;
  private final CliContext context;
  private final PrintWriter out;
  private final PrintWriter err;

  /** The group's bans, for a batch that lets users in (invites, accepts); else {@code null}. */
  private final BanWatch banWatch;

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
    this.banWatch =
        options.action().admits()
            ? new BanWatch(client, options.groupId(), context.nanoTime())
            : null;
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
    if (options.report() != null) {
      BatchReport.checkWritable(options.report());
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
      Map<String, BatchResult> results = new LinkedHashMap<>();
      List<String> todo = new ArrayList<>();
      for (String userId : users.userIds()) {
        BatchJournal.Entry previous = journal.entries().get(userId);
        // A user skipped as banned is looked at again: the ban may be gone, or --include-banned
        // given. It costs no request unless they are then invited.
        if (previous != null
            && previous.outcome().done
            && previous.outcome() != Outcome.SKIPPED_BANNED) {
          results.put(userId, new BatchResult(previous.outcome(), previous.detail(), true));
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
   * One cheap read before the first request: reading the bans (for invites and accepts), the first
   * page of join requests (for rejects) or a one-item listing of invites (for cancels) fails
   * exactly as every request would for bad credentials, a wrong group, the firewall or a wrong base
   * URL. Returns the exit code if the batch must not start.
   */
  private Integer preflight() {
    try {
      if (banWatch != null) {
        banWatch.read();
      } else if (options.action() == BatchAction.REJECT) {
        try (var requests = client.streamJoinRequests(options.groupId())) {
          requests.findFirst();
        }
      } else {
        client.listInvites(options.groupId(), 1, 0);
      }
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

  /**
   * Every user once, then, in up to {@link #ROUNDS} - 1 more rounds and while each round gets some
   * user through, the users VRChat answered with a 429 that the retries did not absorb: the
   * account's governor has paused and slowed down by then, so they go at the pace VRChat served.
   */
  private Stop inviteAll(List<String> todo, BatchJournal journal, Map<String, BatchResult> results)
      throws IOException, InterruptedException {
    Stop stop = round(todo, journal, results);
    int tried = todo.size();
    for (int round = 2; round <= ROUNDS && stop == Stop.NONE; round++) {
      List<String> again =
          todo.stream().filter(u -> results.get(u).outcome() == Outcome.RATE_LIMITED).toList();
      // Another round only while the last one got something through: a limit that answers
      // nothing but 429s is left for a later run, not knocked on.
      if (again.isEmpty() || again.size() == tried) {
        break;
      }
      tried = again.size();
      out.println(
          "round "
              + round
              + " of "
              + ROUNDS
              + ": trying again the "
              + again.size()
              + " users VRChat rate-limited, at the pace it served");
      stop = round(again, journal, results);
    }
    return stop;
  }

  /** How many times, at most, one run sends a request for a user VRChat keeps rate-limiting. */
  static final int ROUNDS = 3;

  private Stop round(List<String> todo, BatchJournal journal, Map<String, BatchResult> results)
      throws IOException, InterruptedException {
    BatchProgress progress = new BatchProgress(out, todo.size(), context.terminal());
    try {
      for (String userId : todo) {
        if (context.stopRequested().get()) {
          return new Stop(null, true);
        }
        BatchResult result = banCheck(userId);
        if (result == null) {
          result = send(userId);
        }
        journal.record(userId, result.outcome(), result.detail());
        context.afterEachOutcome().accept(userId);
        results.put(userId, result);
        progress.advance(userId, result.outcome());
        if (result.outcome().stopsBatch()) {
          return new Stop(result.outcome(), false);
        }
      }
      return Stop.NONE;
    } finally {
      progress.finish();
    }
  }

  /**
   * What becomes of a user before any invite: skipped when the group bans them (unless {@code
   * --include-banned}), or the failure of reading the bans again when they were stale; {@code null}
   * when the user is to be sent.
   */
  private BatchResult banCheck(String userId) throws InterruptedException {
    if (banWatch == null) {
      return null;
    }
    if (banWatch.stale()) {
      try {
        banWatch.read();
      } catch (VrchatApiException e) {
        return failure(e);
      }
    }
    return !options.includeBanned() && banWatch.bans().contains(userId)
        ? new BatchResult(
            Outcome.SKIPPED_BANNED, "the group bans this user; an invite would lift the ban", false)
        : null;
  }

  private int finish(UserList users, Map<String, BatchResult> results, Stop stop, long started)
      throws IOException {
    long unfinished =
        users.userIds().stream()
            .filter(u -> !results.containsKey(u) || !results.get(u).outcome().done)
            .count();
    out.println(
        BatchReport.summary(
            users,
            results,
            unfinished,
            Duration.ofNanos(context.nanoTime().getAsLong() - started)));
    long banned = BatchReport.skippedAsBanned(results);
    if (banned > 0) {
      out.println(
          banned
              + (options.action() == BatchAction.INVITE
                  ? " users the group bans were skipped: an invite would lift their ban. To invite"
                      + " them and lift the bans, run again with --include-banned."
                  : " users the group bans were skipped: their requests stay unanswered. Lift the"
                      + " bans first if they are welcome."));
    }
    if (options.report() != null) {
      BatchReport.write(options.report(), results);
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

  private BatchResult send(String userId) {
    try {
      Outcome outcome =
          options
              .action()
              .apply(client, options, userId, banWatch == null ? null : banWatch.bans());
      return new BatchResult(outcome, "", false);
    } catch (VrchatApiException e) {
      return failure(e);
    }
  }

  private BatchResult failure(VrchatApiException e) {
    FailureReport report = FailureReport.of(e, options.server());
    return new BatchResult(report.outcome(), report.detail(), false);
  }
}
