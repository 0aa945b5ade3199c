package io.github.vrchatgroups.client;

import java.time.Duration;
import java.util.Optional;

/**
 * Decides when each request of an account may start. Every attempt of every call made from one
 * {@link io.github.vrchatgroups.client.VrchatOptions} value (the login's included) first takes a
 * {@link Turn}, then reports how the request was answered; VRChat limits per account, so one
 * governor serves all the threads and clients of an account.
 *
 * <p>The default is an {@link AdaptiveRateGovernor}. Bots that run as several processes on one
 * account plug in a governor that shares its state between them (for instance Bucket4j's
 * distributed buckets over Redis or a database: take a token in {@link #acquire}, and store the end
 * of a pause where every process reads it); see the docs page "running a bot unattended".
 * Implementations must be thread-safe.
 */
public interface RateGovernor {
  /**
   * Waits until the account may send a request.
   *
   * @param maxWait the longest the caller may wait: the rest of its call's retry budget
   * @return the turn, or empty when it would not come within {@code maxWait} (then the call fails
   *     at once with nothing sent); an implementation may return empty without waiting
   * @throws InterruptedException if interrupted while waiting; nothing is sent
   */
  Optional<Turn> acquire(Duration maxWait) throws InterruptedException;

  /** One request's permission to start, and how the server answered it. */
  interface Turn {
    /** The server answered, other than with a 429 (also with an error). */
    void answered();

    /**
     * The server answered 429: no request of the account may start before {@code pause} has passed.
     *
     * @param pause the server's {@code Retry-After}, or the retry policy's backoff without one
     * @param asked whether {@code pause} is the server's own {@code Retry-After}, to be honoured as
     *     it is, rather than a guess a governor may lengthen
     */
    void rateLimited(Duration pause, boolean asked);
  }

  /**
   * A governor that lets every request start at once and ignores 429s (every call still retries
   * under its own retry policy): what the SDK did before it had governors, for a caller that paces
   * the account itself.
   */
  static RateGovernor unpaced() {
    return Unpaced.INSTANCE;
  }
}
