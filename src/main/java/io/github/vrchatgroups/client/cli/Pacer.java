package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.internal.Sleeper;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Spaces invites to a rate that adapts to VRChat's rate limit: every 429 (also one the SDK's retry
 * absorbed) halves the pace, down to a floor; every invite answered without one brings it back up
 * by a tenth, up to the rate asked for. Time comes from an injected clock and sleeper, so tests
 * never wait for real.
 */
final class Pacer {
  /** The slowest pace a 429 can push a batch to. */
  static final double MIN_PER_MINUTE = 1;

  private final double maxPerMinute;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private double perMinute;
  private long nextStart;
  private boolean rateLimitedSinceLastTurn;

  Pacer(double perMinute, LongSupplier nanoTime, Sleeper sleeper) {
    this.maxPerMinute = perMinute;
    this.perMinute = perMinute;
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    this.nextStart = nanoTime.getAsLong();
  }

  /** Waits until the next invite may start. */
  void awaitTurn() throws InterruptedException {
    long wait = nextStart - nanoTime.getAsLong();
    if (wait > 0) {
      sleeper.sleep(Duration.ofNanos(wait));
    }
    nextStart = Math.max(nanoTime.getAsLong(), nextStart) + interval();
  }

  /** A 429 arrived: halve the pace. Returns the new pace, requests per minute. */
  synchronized double rateLimited() {
    rateLimitedSinceLastTurn = true;
    perMinute = Math.max(MIN_PER_MINUTE, perMinute / 2);
    nextStart = Math.max(nextStart, nanoTime.getAsLong() + interval());
    return perMinute;
  }

  /** An invite was answered: recover a tenth of the pace unless a 429 came meanwhile. */
  synchronized void answered() {
    if (!rateLimitedSinceLastTurn) {
      perMinute = Math.min(maxPerMinute, perMinute * 1.1);
    }
    rateLimitedSinceLastTurn = false;
  }

  /** The current pace, requests per minute. */
  synchronized double perMinute() {
    return perMinute;
  }

  private synchronized long interval() {
    return (long) (60e9 / perMinute);
  }
}
