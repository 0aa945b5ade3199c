package io.github.vrchatgroups.client.internal;

import io.github.vrchatgroups.client.TimeSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A {@link TimeSource}'s wall clock as the {@link Clock} the retry loop reads. */
public final class Clocks {
  private Clocks() {}

  /** The clock whose instant is {@code time.now()}. */
  public static Clock of(TimeSource time) {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return time.now();
      }
    };
  }
}
