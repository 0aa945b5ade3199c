package io.github.vrchatgroups.client.batch;

/**
 * What a journal says an earlier run did for one user.
 *
 * @param timestamp when it was journaled, as the journal wrote it (ISO-8601 for the file journal)
 * @param outcome the outcome
 * @param detail what happened, in words; empty when nothing more was said
 */
public record JournalEntry(String timestamp, UserOutcome outcome, String detail) {}
