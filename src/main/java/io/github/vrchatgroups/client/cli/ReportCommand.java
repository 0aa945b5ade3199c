package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.AuditLogEntry;
import io.github.vrchatgroups.client.AuditLogQuery;
import io.github.vrchatgroups.client.batch.BatchJournal;
import io.github.vrchatgroups.client.batch.BatchJournalException;
import io.github.vrchatgroups.client.batch.BatchOperation;
import io.github.vrchatgroups.client.batch.JournalEntry;
import io.github.vrchatgroups.client.batch.UserOutcome;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report}: what became of the invites an invite batch sent, user by user, from the group's
 * audit log (VRChat tells the inviter nothing; listing members stops at about 5,000).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "What became of the invites of a batch (invite --from FILE): for each user it invited, joined,"
          + " still invited or cancelled, read from the group's audit log, newest first, until every"
          + " user is known."
    })
final class ReportCommand extends ApiCommand {
  /** How far before the batch's first journal line the audit log is read: clocks differ. */
  static final Duration CLOCK_SLACK = Duration.ofHours(1);

  @Option(
      names = "--from",
      required = true,
      paramLabel = "FILE",
      description = "The batch's file of user IDs; its journal is found as invite finds it.")
  Path usersFile;

  @Option(names = "--journal", paramLabel = "FILE", description = "The batch's journal.")
  Path journal;

  ReportCommand(CliContext context) {
    super(context);
  }

  @Override
  int call(ConnectionOptions.Connection api, PrintWriter out) throws Exception {
    Path file =
        journal != null
            ? journal
            : BatchOptions.defaultJournal(usersFile, BatchAction.INVITE, api.embedded() != null);
    Map<String, JournalEntry> entries;
    try {
      entries = BatchJournal.readFile(file, BatchOperation.INVITE);
    } catch (BatchJournalException e) {
      throw CliException.usage(
          e.getCause() instanceof NoSuchFileException
              ? "no journal at " + file + ": run invite --from first, or pass --journal"
              : e.getMessage());
    }
    Map<String, String> fate = new LinkedHashMap<>();
    List<Instant> invitedAt = new ArrayList<>();
    for (Map.Entry<String, JournalEntry> entry : entries.entrySet()) {
      UserOutcome outcome = entry.getValue().outcome();
      if (outcome == UserOutcome.INVITED || outcome == UserOutcome.INVITED_BAN_LIFTED) {
        fate.put(entry.getKey(), null);
        invitedAt.add(invitedAt(entry.getValue()));
      }
    }
    if (!fate.isEmpty()) {
      readAuditLog(api, fate, Collections.min(invitedAt).minus(CLOCK_SLACK));
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    fate.forEach(
        (user, words) -> {
          String shown = words == null ? "still invited" : words;
          out.println(user + ": " + shown);
          counts.merge(shown, 1, Integer::sum);
        });
    StringBuilder summary =
        new StringBuilder("Summary: ").append(fate.size()).append(" invited by the batch");
    counts.forEach((words, count) -> summary.append(", ").append(count).append(' ').append(words));
    out.println(summary.append('.'));
    return 0;
  }

  /** Newest first, so the first event seen of a user is the last that happened to them. */
  private void readAuditLog(
      ConnectionOptions.Connection api, Map<String, String> fate, Instant since) {
    AuditLogQuery query =
        AuditLogQuery.all()
            .since(since)
            .eventTypes(
                AuditLogEntry.MEMBER_JOINED,
                AuditLogEntry.INVITE_CANCELLED,
                AuditLogEntry.INVITE_CREATED);
    long unknown = fate.size();
    try (Stream<AuditLogEntry> log = api.client().streamAuditLog(groupId, query)) {
      Iterator<AuditLogEntry> entries = log.iterator();
      while (unknown > 0 && entries.hasNext()) {
        AuditLogEntry entry = entries.next();
        if (fate.containsKey(entry.targetId()) && fate.get(entry.targetId()) == null) {
          fate.put(entry.targetId(), words(entry.eventType()));
          unknown--;
        }
      }
    }
  }

  /** When the journal says the invite went out; a time it cannot read means: read the whole log. */
  private static Instant invitedAt(JournalEntry entry) {
    try {
      return Instant.parse(entry.timestamp());
    } catch (DateTimeParseException unreadable) {
      return Instant.EPOCH.plus(CLOCK_SLACK);
    }
  }

  private static String words(String eventType) {
    switch (eventType) {
      case AuditLogEntry.MEMBER_JOINED:
        return "joined";
      case AuditLogEntry.INVITE_CANCELLED:
        return "cancelled";
      default:
        return "still invited";
    }
  }
}
