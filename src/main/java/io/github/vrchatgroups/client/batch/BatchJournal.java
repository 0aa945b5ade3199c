package io.github.vrchatgroups.client.batch;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a {@link GroupBatch} records each user's outcome before it sends the next request, and
 * reads back what earlier runs did: a run cut short resumes with the users not done yet, and sends
 * nothing twice. {@link #file} is the default: crash-safe and locked against a second run.
 * Implement it to keep the journal elsewhere (a database row per user, for bots that run as several
 * processes).
 */
public interface BatchJournal extends AutoCloseable {
  /**
   * What earlier runs journaled last for a user. A batch asks once per user and run, before it
   * sends anything for them, so what this run records need not be answered here.
   *
   * @param userId the user
   * @return the last entry, or empty when no earlier run got to the user or its entry is a failure
   *     (the user is not done)
   */
  Optional<JournalEntry> earlier(String userId);

  /**
   * Records a user's outcome durably: when this returns, a crash must not lose it.
   *
   * @param result what became of the user in this run
   * @throws BatchJournalException if it could not be recorded; the batch stops
   */
  void record(UserResult result);

  /**
   * Releases the journal (the file journal's lock).
   *
   * @throws BatchJournalException if it could not be released
   */
  @Override
  void close();

  /**
   * Opens the file journal of a batch, creating it if needed, and locks it until {@link #close()}.
   * Its first line names the batch (operation, server, group); one line a user follows, {@code
   * timestamp TAB userId TAB outcome TAB detail}, on the disk before the next request is sent. A
   * line a crash cut short is ignored (the user is not done).
   *
   * @param file the journal's file; its directory is created if missing
   * @param operation what the batch does; operations with the same {@link
   *     BatchOperation#journalName()} share a journal
   * @param server the server the batch talks to (its base URL), so a journal of a test server is
   *     never taken for the real one's
   * @param groupId the batch's group
   * @return the open journal
   * @throws BatchJournalException if another run holds it, it belongs to another batch, or it
   *     cannot be read or created
   */
  static BatchJournal file(Path file, BatchOperation operation, String server, String groupId) {
    return FileBatchJournal.open(file, operation, server, groupId);
  }

  /**
   * Reads a file journal without taking it (a batch may still be writing to it): what a report of
   * the batch looks at.
   *
   * @param file the journal's file
   * @param operation the operation whose journal it must be
   * @return every user's last entry, in the order users first appear
   * @throws BatchJournalException if it is missing ({@link java.nio.file.NoSuchFileException} as
   *     the cause), unreadable, or the journal of another operation
   */
  static Map<String, JournalEntry> readFile(Path file, BatchOperation operation) {
    return FileBatchJournal.read(file, operation.journalName());
  }

  /**
   * A journal in memory: a run resumes nothing after the process ends. For tests, and for batches
   * small enough to repeat.
   *
   * @return an empty journal
   */
  static BatchJournal inMemory() {
    return new MemoryBatchJournal();
  }
}
