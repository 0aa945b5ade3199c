package io.github.vrchatgroups.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that only moves when the client sleeps, and records every sleep: no test waits for real.
 */
final class FakeTime implements TimeSource {
  static final Instant START = Instant.parse("2026-11-26T12:00:00Z");

  private volatile Instant now = START;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  /**
   * A client of {@code url} that waits on this fake time, with short timeouts (300 ms each) and
   * jitter fixed at 0.5 so that every backoff is predictable.
   */
  VrchatGroupsClient.Builder clientFor(String url) {
    return VrchatGroupsClient.builder()
        .baseUrl(url)
        .userAgent("FakeTimeTest/1.0 test@example.invalid")
        .authCookie("authcookie_test")
        .connectTimeout(Duration.ofMillis(300))
        .readTimeout(Duration.ofMillis(300))
        .timeSource(this)
        .jitter(() -> 0.5);
  }

  /** Nanoseconds since {@link #START}, as the monotonic clock would count them. */
  @Override
  public long nanoTime() {
    return Duration.between(START, now).toNanos();
  }

  List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  @Override
  public Instant now() {
    return now;
  }

  /** This time with a wall clock that stands still, as a stepped-back NTP clock may seem. */
  TimeSource withWallClockAt(Instant fixed) {
    FakeTime monotonic = this;
    return new TimeSource() {
      @Override
      public long nanoTime() {
        return monotonic.nanoTime();
      }

      @Override
      public Instant now() {
        return fixed;
      }

      @Override
      public void sleep(Duration duration) {
        monotonic.sleep(duration);
      }
    };
  }
}
