package io.github.vrchatgroups.client.sandbox;

import java.time.Duration;
import java.util.function.LongSupplier;

/** A token bucket: {@code burst} tokens, one more every {@code refill}, on the sandbox's clock. */
final class TokenBucket {
  final boolean sendRetryAfter;
  private final int burst;
  private final long refillNanos;
  private final LongSupplier nanoTime;
  private double tokens;
  private long last;

  TokenBucket(int burst, Duration refill, boolean sendRetryAfter, LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
    this.last = nanoTime.getAsLong();
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
    long now = nanoTime.getAsLong();
    tokens = Math.min(burst, tokens + (double) (now - last) / refillNanos);
    last = now;
    if (tokens >= 1) {
      tokens -= 1;
      return null;
    }
    return Duration.ofNanos((long) ((1 - tokens) * refillNanos));
  }
}
