package io.github.vrchatgroups.client;

import java.time.Duration;

/**
 * When and how long the client waits before trying a failed call again. Immutable; build with
 * {@link #builder()}, or take {@link #defaults()}.
 *
 * <p>An invite, a cancel and a decline change something and are not idempotent, so they are retried
 * only after failures after which the server certainly did not act: HTTP 429, HTTP 503 that carries
 * {@code Retry-After}, and connections that could not be made (host not found, refused, connect
 * timeout). After a read timeout, a reset connection or any other status they are never retried. A
 * listing changes nothing, so it is also retried after a read timeout, a reset, and HTTP 502, 503
 * or 504. A complete answer that is merely unexpected (such as a body over the size cap) is never
 * retried: it would come back the same.
 *
 * <p>The wait before retry {@code n} (1, 2, …) is the server's {@code Retry-After} when it sent
 * one, else a random duration between {@link Builder#minBackoff} and {@code min(maxBackoff,
 * minBackoff × 2ⁿ)} (exponential backoff with jitter, so many clients do not retry in step). The
 * client gives up, surfacing the last failure, once {@link Builder#maxRetries} retries were made,
 * once the next wait would end after {@link Builder#maxElapsed} since the call began, or when
 * {@code Retry-After} asks for more than {@link Builder#maxRetryAfter}.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxRetries;
  private final Duration minBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Duration maxElapsed;

  private RetryPolicy(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.minBackoff = builder.minBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.maxRetryAfter = builder.maxRetryAfter;
    this.maxElapsed = builder.maxElapsed;
  }

  /**
   * The default policy: 3 retries, backoff from 1 s up to 30 s, {@code Retry-After} up to 60 s, 2
   * min in all.
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** A policy that never retries. */
  public static RetryPolicy none() {
    return builder().maxRetries(0).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this policy's settings, to change some of them.
   *
   * @return a new builder holding every setting of this policy
   */
  public Builder toBuilder() {
    return builder()
        .maxRetries(maxRetries)
        .minBackoff(minBackoff)
        .maxBackoff(maxBackoff)
        .maxRetryAfter(maxRetryAfter)
        .maxElapsed(maxElapsed);
  }

  /** How many times a call may be retried after its first attempt. */
  public int maxRetries() {
    return maxRetries;
  }

  /** The shortest wait between attempts, and the base of the exponential backoff. */
  public Duration minBackoff() {
    return minBackoff;
  }

  /** The longest wait the backoff computes. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The longest {@code Retry-After} honoured; a server asking for more ends the call at once. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** The longest a call may take from its first attempt to the start of its last. */
  public Duration maxElapsed() {
    return maxElapsed;
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries="
        + maxRetries
        + ", minBackoff="
        + minBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", maxRetryAfter="
        + maxRetryAfter
        + ", maxElapsed="
        + maxElapsed
        + '}';
  }

  /** Builds a {@link RetryPolicy}; every setting starts at its default. */
  public static final class Builder {
    private int maxRetries = 3;
    private Duration minBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Duration maxElapsed = Duration.ofMinutes(2);

    private Builder() {}

    /** Retries after the first attempt; default 3, {@code 0} disables retries. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be 0 or more, got " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** Shortest wait between attempts and base of the backoff; default 1 s, must be positive. */
    public Builder minBackoff(Duration minBackoff) {
      this.minBackoff = positive(minBackoff, "minBackoff");
      return this;
    }

    /** Longest backoff; default 30 s, must be positive. */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = positive(maxBackoff, "maxBackoff");
      return this;
    }

    /** Longest {@code Retry-After} honoured; default 60 s, must be positive. */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = positive(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * Longest a call may spend from its first attempt to the start of its last; default 2 min.
     * Measured on the monotonic clock, so a step of the wall clock neither cuts nor stretches it.
     */
    public Builder maxElapsed(Duration maxElapsed) {
      this.maxElapsed = positive(maxElapsed, "maxElapsed");
      return this;
    }

    /**
     * @throws IllegalArgumentException if {@code maxBackoff} is shorter than {@code minBackoff}
     */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(minBackoff) < 0) {
        throw new IllegalArgumentException(
            "maxBackoff ("
                + maxBackoff
                + ") must not be shorter than minBackoff ("
                + minBackoff
                + ")");
      }
      return new RetryPolicy(this);
    }

    private static Duration positive(Duration value, String name) {
      if (value == null) {
        throw new IllegalArgumentException(name + " must not be null");
      }
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + value);
      }
      return value;
    }
  }
}
