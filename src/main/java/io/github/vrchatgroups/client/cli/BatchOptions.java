package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.batch.BatchOperation;
import java.nio.file.Path;

/**
 * What one batch does, checked by the command that builds it.
 *
 * @param action what the batch does to each user
 * @param groupId the group
 * @param usersFile the file of user IDs
 * @param journalFile the batch's journal
 * @param server the server the journal belongs to: the base URL, or {@code sandbox}
 * @param includeBanned whether users the group banned are invited too, which lifts their bans
 * @param block whether a reject also keeps the user from asking again
 * @param report where to write each user's outcome, or {@code null}
 */
record BatchOptions(
    BatchAction action,
    String groupId,
    Path usersFile,
    Path journalFile,
    String server,
    boolean includeBanned,
    boolean block,
    Path report) {

  /** The SDK's operation for the action and its flags. */
  BatchOperation operation() {
    return action.operation(includeBanned, block);
  }

  /**
   * The journal beside the input file: {@code users.txt.journal} for invites. A sandbox run has its
   * own ({@code users.txt.sandbox.journal}), so that a trial never marks users done for the live
   * batch of the same file, and so does a cancel batch ({@code users.txt.cancel.journal}).
   */
  static Path defaultJournal(Path usersFile, BatchAction action, boolean sandbox) {
    return usersFile.resolveSibling(
        usersFile.getFileName()
            + (sandbox ? ".sandbox" : "")
            + (action == BatchAction.INVITE ? "" : "." + action.word)
            + ".journal");
  }
}
