package io.github.vrchatgroups.client;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the SDK takes time from: the monotonic clock its retry budget is measured on, the wall
 * clock {@code Retry-After} dates are read against, and how it waits between attempts. {@link
 * #SYSTEM} by default; a test double (such as the sandbox's {@code VirtualTime}) makes backoffs and
 * {@code Retry-After} waits instant. Socket timeouts always run on real time.
 */
public interface TimeSource {
  /** The machine's clocks, and {@link Thread#sleep}. */
  TimeSource SYSTEM =
      new TimeSource() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public Instant now() {
          return Instant.now();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
          Thread.sleep(duration.toMillis());
        }
      };

  /**
   * A monotonic reading, as {@link System#nanoTime()}.
   *
   * @return nanoseconds from an arbitrary origin
   */
  long nanoTime();

  /**
   * The wall-clock time.
   *
   * @return now
   */
  Instant now();

  /**
   * Waits.
   *
   * @param duration how long
   * @throws InterruptedException if interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
