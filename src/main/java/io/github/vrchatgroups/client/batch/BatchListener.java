package io.github.vrchatgroups.client.batch;

/**
 * Told of a {@link GroupBatch}'s progress, on the thread that runs it: a progress bar, a log line
 * per user, a metric. A listener that throws stops nothing: the failure is thrown out of {@link
 * GroupBatch#run} after the user it was told of has been journaled.
 */
@FunctionalInterface
public interface BatchListener {
  /** Tells nothing. */
  BatchListener NONE = result -> {};

  /**
   * A user is done for this round: journaled (when this run sent something) or found done in the
   * journal.
   *
   * @param result what became of the user
   */
  void userDone(UserResult result);

  /**
   * A later round starts: the users VRChat rate-limited in the last one are tried again, at the
   * pace it served.
   *
   * @param round the round, from 2
   * @param users how many users it tries again
   */
  default void roundStarted(int round, int users) {}
}
