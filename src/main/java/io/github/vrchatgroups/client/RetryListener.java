package io.github.vrchatgroups.client;

import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.time.Duration;

/**
 * Told before each retry a client makes, on the calling thread: to slow a batch down after a 429
 * that the retry absorbed, to count retries, or to log them. Must return quickly and not throw.
 */
@FunctionalInterface
public interface RetryListener {
  /** Listens to nothing; the default. */
  RetryListener NONE = (failure, attempt, wait) -> {};

  /**
   * Called when an attempt failed and the client is about to wait and try again.
   *
   * @param failure what the attempt failed with, e.g. a {@link
   *     io.github.vrchatgroups.client.errors.RateLimitedException} for a 429
   * @param attempt the number of the attempt that failed, from 1
   * @param wait how long the client waits before the next attempt
   */
  void beforeRetry(VrchatApiException failure, int attempt, Duration wait);
}
