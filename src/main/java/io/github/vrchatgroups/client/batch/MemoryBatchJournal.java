package io.github.vrchatgroups.client.batch;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link BatchJournal#inMemory()}: kept for as long as the object lives. */
final class MemoryBatchJournal implements BatchJournal {
  private final Map<String, JournalEntry> entries = new ConcurrentHashMap<>();

  @Override
  public Optional<JournalEntry> earlier(String userId) {
    return Optional.ofNullable(entries.get(userId)).filter(e -> e.outcome().isDone());
  }

  @Override
  public void record(UserResult result) {
    entries.put(
        result.userId(),
        new JournalEntry(Instant.now().toString(), result.outcome(), result.detail()));
  }

  @Override
  public void close() {}
}
