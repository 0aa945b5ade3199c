package io.github.vrchatgroups.client.sandbox.junit;

import io.github.vrchatgroups.client.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time that passes only when told: a wait advances it at once instead of sleeping. What a {@link
 * VrchatSandboxTest}'s client and sandbox run on; thread-safe.
 */
public final class VirtualTime implements TimeSource {
  private static final Instant ORIGIN = Instant.parse("2026-01-01T00:00:00Z");
  private final AtomicLong elapsedNanos = new AtomicLong();

  /** Time at its origin, {@code 2026-01-01T00:00:00Z}. */
  public VirtualTime() {}

  /**
   * Lets time pass.
   *
   * @param duration how much; not negative
   * @throws IllegalArgumentException if negative or null
   */
  public void advance(Duration duration) {
    if (duration == null || duration.isNegative()) {
      throw new IllegalArgumentException("duration must be 0 or more, got " + duration);
    }
    elapsedNanos.addAndGet(duration.toNanos());
  }

  /**
   * How much time has passed since the origin (or the last {@link #reset()}).
   *
   * @return the virtual time elapsed
   */
  public Duration elapsed() {
    return Duration.ofNanos(elapsedNanos.get());
  }

  /** Back to the origin, as before each test. */
  public void reset() {
    elapsedNanos.set(0);
  }

  @Override
  public long nanoTime() {
    return elapsedNanos.get();
  }

  @Override
  public Instant now() {
    return ORIGIN.plusNanos(elapsedNanos.get());
  }

  /** Advances the time by {@code duration} at once. */
  @Override
  public void sleep(Duration duration) {
    advance(duration);
  }
}
