package io.github.vrchatgroups.client.batch;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** What one {@link GroupBatch#run} did. */
public final class BatchSummary {
  private final int users;
  private final int doneEarlier;
  private final Map<UserOutcome, Integer> thisRun;
  private final UserResult stoppedBy;
  private final boolean interrupted;
  private final int rounds;
  private final Duration elapsed;

  BatchSummary(
      int users,
      int doneEarlier,
      Map<UserOutcome, Integer> thisRun,
      UserResult stoppedBy,
      boolean interrupted,
      int rounds,
      Duration elapsed) {
    this.users = users;
    this.doneEarlier = doneEarlier;
    this.thisRun = Collections.unmodifiableMap(new EnumMap<>(thisRun));
    this.stoppedBy = stoppedBy;
    this.interrupted = interrupted;
    this.rounds = rounds;
    this.elapsed = elapsed;
  }

  /**
   * How many users the run read from the stream, each counted once however often it appears. A run
   * that stopped early did not read the rest.
   *
   * @return distinct users read
   */
  public int users() {
    return users;
  }

  /**
   * How many of them earlier runs had done (the journal said so; nothing was sent for them).
   *
   * @return users done before this run
   */
  public int doneEarlier() {
    return doneEarlier;
  }

  /**
   * The last outcome of each user this run got to, counted by outcome; a user rate-limited in one
   * round and invited in the next counts as invited.
   *
   * @return counts, without the outcomes no user had
   */
  public Map<UserOutcome, Integer> thisRun() {
    return thisRun;
  }

  /**
   * How many users of this run are not done ({@link UserOutcome#FAILED}): a later run tries them
   * again. Users a stopped run did not read are not counted.
   *
   * @return users left
   */
  public int notDone() {
    return thisRun.getOrDefault(UserOutcome.FAILED, 0);
  }

  /**
   * The user whose failure stopped the run, because every further request would fail the same way
   * (a setting to fix, a session to log in again, the login budget spent).
   *
   * @return that user's result, with its failure; empty when nothing stopped the run
   */
  public Optional<UserResult> stoppedBy() {
    return Optional.ofNullable(stoppedBy);
  }

  /**
   * Whether the run stopped because it was asked to ({@code stopWhen}, or the thread's interrupt).
   *
   * @return {@code true} when it stopped on request
   */
  public boolean interrupted() {
    return interrupted;
  }

  /**
   * How many rounds the run took: 1, or more when rate-limited users were tried again.
   *
   * @return rounds, at least 1
   */
  public int rounds() {
    return rounds;
  }

  /**
   * How long the run took, on the batch's {@link io.github.vrchatgroups.client.TimeSource}.
   *
   * @return the duration
   */
  public Duration elapsed() {
    return elapsed;
  }

  /**
   * Whether every user read is done and nothing cut the run short.
   *
   * @return {@code true} when a later run would have nothing to do for these users
   */
  public boolean isComplete() {
    return stoppedBy == null && !interrupted && notDone() == 0;
  }

  @Override
  public String toString() {
    return "BatchSummary{users="
        + users
        + ", doneEarlier="
        + doneEarlier
        + ", thisRun="
        + thisRun
        + (stoppedBy != null ? ", stoppedBy=" + stoppedBy : "")
        + (interrupted ? ", interrupted" : "")
        + ", rounds="
        + rounds
        + ", elapsed="
        + elapsed
        + "}";
  }
}
