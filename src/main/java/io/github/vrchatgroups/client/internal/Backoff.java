package io.github.vrchatgroups.client.internal;

import io.github.vrchatgroups.client.RetryPolicy;
import java.time.Duration;

/** The exponential backoff with jitter that {@link RetryPolicy} describes. */
final class Backoff {
  private Backoff() {}

  /**
   * The wait before retry number {@code retry}: a point in {@code [minBackoff, min(maxBackoff,
   * minBackoff × 2^retry)]}.
   *
   * @param retry which retry this is, from 1
   * @param jitter a number in {@code [0, 1)} that picks the point in that window
   */
  static Duration before(RetryPolicy policy, int retry, double jitter) {
    long floor = policy.minBackoff().toNanos();
    long cap = policy.maxBackoff().toNanos();
    long ceiling = floor;
    for (int i = 0; i < retry && ceiling < cap; i++) {
      ceiling = Math.multiplyExact(ceiling, 2);
    }
    ceiling = Math.max(floor, Math.min(ceiling, cap));
    return Duration.ofNanos(floor + (long) (jitter * (ceiling - floor)));
  }
}
