package io.github.vrchatgroups.client.cli;

/**
 * What became of one user of a batch.
 *
 * @param outcome the meaning
 * @param detail what happened, in the user's terms; empty on success
 * @param earlierRun whether an earlier run of the batch got it (read from the journal)
 */
record BatchResult(Outcome outcome, String detail, boolean earlierRun) {}
