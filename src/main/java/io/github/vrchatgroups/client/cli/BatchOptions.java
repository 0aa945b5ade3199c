package io.github.vrchatgroups.client.cli;

import java.nio.file.Path;

/**
 * What one batch does, checked by the command that builds it.
 *
 * @param groupId the group to invite to
 * @param usersFile the file of user IDs
 * @param journalFile the batch's journal
 * @param server the server the journal belongs to: the base URL, or {@code sandbox}
 * @param ratePerMinute the fastest pace, invites per minute
 * @param confirmOverrideBlock whether users the group blocked are invited anyway
 * @param report where to write each user's outcome, or {@code null}
 */
record BatchOptions(
    String groupId,
    Path usersFile,
    Path journalFile,
    String server,
    double ratePerMinute,
    boolean confirmOverrideBlock,
    Path report) {

  /**
   * The journal beside the input file. A sandbox run has its own, so that a trial never marks users
   * done for the live batch of the same file.
   */
  static Path defaultJournal(Path usersFile, boolean sandbox) {
    return usersFile.resolveSibling(
        usersFile.getFileName() + (sandbox ? ".sandbox.journal" : ".journal"));
  }
}
