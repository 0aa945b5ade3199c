package io.github.vrchatgroups.client;

import java.time.Duration;

/**
 * Told when an {@link AdaptiveRateGovernor} pauses the account after a 429, for a log line or a
 * metric. Called on the thread whose request was answered 429, after the governor's own state is
 * updated; must not block.
 */
@FunctionalInterface
public interface PaceListener {
  /** Tells nobody. */
  PaceListener NONE = (perMinute, pause) -> {};

  /**
   * The account is paused, and the pace may be lower.
   *
   * @param perMinute the pace from now on, requests per minute
   * @param pause how long no request of the account starts
   */
  void paused(double perMinute, Duration pause);
}
