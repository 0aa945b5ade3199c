package io.github.vrchatgroups.client;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The default {@link RateGovernor}: a token bucket that lets a burst of requests go at once, then
 * spaces them at a pace that adapts to the account's limit.
 *
 * <ul>
 *   <li>A 429 on any request pauses every request of the account until its {@code Retry-After} (or
 *       the backoff) has passed, and lowers the pace <em>once</em>: to what the account really
 *       served since the last 429, a little under it, but never below half nor above nine tenths of
 *       the pace before. Further 429s of requests that were already under way, or that came before
 *       any request was answered again, extend the pause without lowering the pace again, so one
 *       rate-limited call retried three times costs one step down, not three.
 *   <li>429s without {@code Retry-After} and with no request answered between them pause the
 *       account half as long again each time (up to 15 minutes): VRChat asks a client that gets a
 *       429 to stop knocking. A {@code Retry-After} is honoured as it is.
 *   <li>Each request answered without a 429 raises the pace by a hundredth, up to {@link
 *       Builder#perMinute}: the pace finds the limit again, slowly, probing just above it.
 * </ul>
 *
 * <p>Defaults: 60 requests a minute after a burst of 10, never slower than 1 a minute. VRChat
 * publishes no limit; about one request a second is what the community's tools keep to without
 * 429s, and VRChat asks a client that gets a 429 to stop knocking, which the pause does for every
 * thread at once. Thread-safe; time comes from a {@link TimeSource}, so virtual time drives it in
 * tests.
 */
public final class AdaptiveRateGovernor implements RateGovernor {
  /** The pace unless set otherwise: 60 requests a minute. */
  public static final double DEFAULT_PER_MINUTE = 60;

  /** The burst unless set otherwise: 10 requests. */
  public static final int DEFAULT_BURST = 10;

  /** The slowest pace a 429 can push the account to unless set otherwise: 1 request a minute. */
  public static final double DEFAULT_MIN_PER_MINUTE = 1;

  private static final long NEVER = Long.MIN_VALUE;

  /** The longest a run of 429s with nothing answered between them can pause the account. */
  private static final long MAX_PAUSE_NANOS = Duration.ofMinutes(15).toNanos();

  private final double maxPerMinute;
  private final double minPerMinute;
  private final int burst;
  private final TimeSource time;
  private final PaceListener listener;

  private double perMinute;
  private double tokens;
  private long refilledAt;
  private long pausedUntil;
  private long lastLoweredAt = NEVER;
  private long answeredSinceLowered;
  private long answeredSinceLimited;
  private long lastPauseNanos;
  private long pauses;

  private AdaptiveRateGovernor(Builder builder) {
    this.maxPerMinute = builder.perMinute;
    this.minPerMinute = Math.min(builder.minPerMinute, builder.perMinute);
    this.burst = builder.burst;
    this.time = builder.time;
    this.listener = builder.listener;
    this.perMinute = maxPerMinute;
    this.tokens = burst;
    this.refilledAt = time.nanoTime();
    this.pausedUntil = refilledAt;
  }

  /**
   * A governor with every setting at its default.
   *
   * @param time where time comes from
   * @throws IllegalArgumentException if {@code time} is null
   */
  public static AdaptiveRateGovernor create(TimeSource time) {
    return builder().timeSource(time).build();
  }

  /** Starts the settings. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Optional<Turn> acquire(Duration maxWait) throws InterruptedException {
    long deadline = time.nanoTime() + Math.max(0, maxWait.toNanos());
    while (true) {
      long wait;
      synchronized (this) {
        long now = time.nanoTime();
        refill(now);
        wait = Math.max(pausedUntil - now, tokens >= 1 ? 0 : (long) ((1 - tokens) * interval()));
        if (wait <= 0) {
          tokens -= 1;
          return Optional.of(new AdaptiveTurn(now));
        }
        if (now + wait > deadline) {
          return Optional.empty();
        }
      }
      // Woken together, waiting threads take the tokens there are, and the others wait again.
      time.sleep(Duration.ofNanos(wait));
    }
  }

  private void refill(long now) {
    if (now < refilledAt) {
      // Only a virtual clock goes back (reset for the next test): start over from it.
      refilledAt = now;
      pausedUntil = Math.min(pausedUntil, now);
      tokens = burst;
    }
    if (now > refilledAt) {
      tokens = Math.min(burst, tokens + (now - refilledAt) / interval());
      refilledAt = now;
    }
  }

  private double interval() {
    return 60e9 / perMinute;
  }

  /** The pace now, requests per minute. */
  public synchronized double perMinute() {
    return perMinute;
  }

  /** How many times a 429 has paused the account, extensions of a running pause not counted. */
  public synchronized long pauses() {
    return pauses;
  }

  /** Whether no request of the account may start now because of a 429. */
  public synchronized boolean paused() {
    return pausedUntil > time.nanoTime();
  }

  @Override
  public synchronized String toString() {
    return String.format(
        Locale.ROOT,
        "AdaptiveRateGovernor{perMinute=%.1f of %.1f, burst=%d}",
        perMinute,
        maxPerMinute,
        burst);
  }

  private final class AdaptiveTurn implements Turn {
    private final long startedAt;

    AdaptiveTurn(long startedAt) {
      this.startedAt = startedAt;
    }

    @Override
    public void answered() {
      synchronized (AdaptiveRateGovernor.this) {
        answeredSinceLowered++;
        answeredSinceLimited++;
        perMinute = Math.min(maxPerMinute, perMinute * 1.01);
      }
    }

    @Override
    public void rateLimited(Duration pause, boolean asked) {
      double pace;
      Duration paused;
      synchronized (AdaptiveRateGovernor.this) {
        long now = time.nanoTime();
        refill(now);
        if (pausedUntil <= now) {
          pauses++;
        }
        long pauseNanos = Math.max(0, pause.toNanos());
        if (!asked && answeredSinceLimited == 0 && lastPauseNanos > 0) {
          // Nothing got through since the last 429: knock less and less often.
          pauseNanos = Math.max(pauseNanos, Math.min(MAX_PAUSE_NANOS, lastPauseNanos * 3 / 2));
        }
        lastPauseNanos = pauseNanos;
        answeredSinceLimited = 0;
        pausedUntil = Math.max(pausedUntil, now + pauseNanos);
        boolean lowersPace =
            lastLoweredAt == NEVER || (startedAt > lastLoweredAt && answeredSinceLowered > 0);
        if (lowersPace) {
          perMinute = lowered(now);
          lastLoweredAt = now;
          answeredSinceLowered = 0;
        }
        // No burst after a pause: the next request waits for its end and for a token at the new
        // pace, whichever comes later.
        tokens = Math.min(tokens, 1 - (pausedUntil - now) / interval());
        pace = perMinute;
        paused = Duration.ofNanos(pausedUntil - now);
      }
      listener.paused(pace, paused);
    }
  }

  /** The pace after a 429 that lowers it: a little under what the account served since the last. */
  private double lowered(long now) {
    double floor = perMinute * 0.5;
    double ceiling = perMinute * 0.9;
    double target = floor;
    if (lastLoweredAt != NEVER && now > lastLoweredAt) {
      double served = answeredSinceLowered * 60e9 / (now - lastLoweredAt);
      target = Math.max(floor, Math.min(ceiling, served * 0.95));
    }
    return Math.max(minPerMinute, target);
  }

  /** The settings of an {@link AdaptiveRateGovernor}; {@link #build()} checks them. */
  public static final class Builder {
    private double perMinute = DEFAULT_PER_MINUTE;
    private double minPerMinute = DEFAULT_MIN_PER_MINUTE;
    private int burst = DEFAULT_BURST;
    private TimeSource time = TimeSource.SYSTEM;
    private PaceListener listener = PaceListener.NONE;

    private Builder() {}

    /** The fastest pace, requests per minute, and the pace at the start; default 60. */
    public Builder perMinute(double perMinute) {
      this.perMinute = perMinute;
      return this;
    }

    /** The slowest pace a 429 can push the account to, requests per minute; default 1. */
    public Builder minPerMinute(double minPerMinute) {
      this.minPerMinute = minPerMinute;
      return this;
    }

    /** How many requests may go at once after a quiet spell; default 10; 1 spaces every request. */
    public Builder burst(int burst) {
      this.burst = burst;
      return this;
    }

    /** Where time comes from; default {@link TimeSource#SYSTEM}. */
    public Builder timeSource(TimeSource time) {
      this.time = time;
      return this;
    }

    /** Told of every pause; default {@link PaceListener#NONE}. */
    public Builder listener(PaceListener listener) {
      this.listener = listener;
      return this;
    }

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException naming the setting that is invalid
     */
    public AdaptiveRateGovernor build() {
      if (!(perMinute > 0) || Double.isInfinite(perMinute)) {
        throw new IllegalArgumentException(
            "perMinute must be positive and finite, got " + perMinute);
      }
      if (!(minPerMinute > 0)) {
        throw new IllegalArgumentException("minPerMinute must be positive, got " + minPerMinute);
      }
      if (burst < 1) {
        throw new IllegalArgumentException("burst must be 1 or more, got " + burst);
      }
      if (time == null) {
        throw new IllegalArgumentException("timeSource must not be null (use TimeSource.SYSTEM)");
      }
      if (listener == null) {
        throw new IllegalArgumentException("listener must not be null (use PaceListener.NONE)");
      }
      return new AdaptiveRateGovernor(this);
    }
  }
}
