package io.github.vrchatgroups.client.sandbox;

import java.time.Duration;

/** A token bucket: {@code burst} tokens, one more every {@code refill}. */
final class TokenBucket {
  final boolean sendRetryAfter;
  private final int burst;
  private final long refillNanos;
  private double tokens;
  private long last = System.nanoTime();

  TokenBucket(int burst, Duration refill, boolean sendRetryAfter) {
    this.burst = burst;
    this.refillNanos = refill.toNanos();
    this.sendRetryAfter = sendRetryAfter;
    this.tokens = burst;
  }

  /** Spends every token left. */
  synchronized void drain() {
    take();
    tokens = 0;
  }

  /** Takes a token; returns {@code null} if there was one, else how long until the next. */
  synchronized Duration take() {
    long now = System.nanoTime();
    tokens = Math.min(burst, tokens + (double) (now - last) / refillNanos);
    last = now;
    if (tokens >= 1) {
      tokens -= 1;
      return null;
    }
    return Duration.ofNanos((long) ((1 - tokens) * refillNanos));
  }
}
