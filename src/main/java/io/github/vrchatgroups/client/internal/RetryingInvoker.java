package io.github.vrchatgroups.client.internal;

import feign.FeignException;
import feign.RetryableException;
import io.github.vrchatgroups.client.Exchange;
import io.github.vrchatgroups.client.ExchangeListener;
import io.github.vrchatgroups.client.RateGovernor;
import io.github.vrchatgroups.client.RetryListener;
import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.errors.AccountPausedException;
import io.github.vrchatgroups.client.errors.ApiConnectionException;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one API call under a {@link RetryPolicy}, retrying only failures after which the server
 * certainly did not act, and turns the last failure into the public exception with the number of
 * attempts made.
 */
final class RetryingInvoker {
  private static final Logger LOG = LoggerFactory.getLogger(RetryingInvoker.class);

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final LongSupplier nanoTime;
  private final DoubleSupplier jitter;
  private final RetryListener listener;
  private final RateGovernor governor;
  private final SessionRenewal sessions;
  private final ExchangeListener exchanges;
  private final AttemptProbe probe;

  /** What an attempt reports of itself: its operation, and the status of its complete answer. */
  interface AttemptProbe {
    AttemptProbe NONE =
        new AttemptProbe() {
          @Override
          public String operation() {
            return "unknown";
          }

          @Override
          public int status() {
            return 0;
          }
        };

    /** The operation of the attempt just made on this thread. */
    String operation();

    /** The status of its answer, or 0 when none arrived. */
    int status();
  }

  /**
   * @param policy when to retry
   * @param sleeper how to wait
   * @param nanoTime measures the time a call has taken, monotonic as {@link System#nanoTime()}
   * @param jitter numbers in {@code [0, 1)} that spread the backoff
   */
  RetryingInvoker(
      RetryPolicy policy,
      Sleeper sleeper,
      LongSupplier nanoTime,
      DoubleSupplier jitter,
      RetryListener listener) {
    this(
        policy,
        sleeper,
        nanoTime,
        jitter,
        listener,
        RateGovernor.unpaced(),
        SessionRenewal.fixed(null),
        ExchangeListener.NONE,
        AttemptProbe.NONE);
  }

  /**
   * @param governor gives each attempt its turn and is told how it was answered
   * @param sessions the token each attempt sends, and the renewal a 401 asks for
   */
  RetryingInvoker(
      RetryPolicy policy,
      Sleeper sleeper,
      LongSupplier nanoTime,
      DoubleSupplier jitter,
      RetryListener listener,
      RateGovernor governor,
      SessionRenewal sessions,
      ExchangeListener exchanges,
      AttemptProbe probe) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.nanoTime = nanoTime;
    this.jitter = jitter;
    this.listener = listener;
    this.governor = governor;
    this.sessions = sessions;
    this.exchanges = exchanges;
    this.probe = probe;
  }

  /** One attempt of a call: told its number (from 1) and the auth token to send (or null). */
  @FunctionalInterface
  interface Attempt<T> {
    T send(int attempt, String token);
  }

  /**
   * Calls {@code call} until it succeeds or the policy gives up; then throws a {@link
   * VrchatApiException}.
   *
   * @param safeToRepeat {@code true} for a read, which may also be retried after a failure that
   *     happened once the request was sent (a timeout, a reset, HTTP 502, 503 or 504); {@code
   *     false} for a call that changes something, retried only when the server certainly did not
   *     act
   */
  public <T> T invoke(Supplier<T> call, boolean safeToRepeat) {
    return invoke(attempt -> call.get(), safeToRepeat);
  }

  /**
   * As {@link #invoke(Supplier, boolean)}, telling the call which attempt it is (from 1), so that
   * what it reports of a complete answer carries the real count.
   */
  public <T> T invoke(IntFunction<T> call, boolean safeToRepeat) {
    return invoke((attempt, token) -> call.apply(attempt), safeToRepeat);
  }

  /**
   * As {@link #invoke(IntFunction, boolean)}, each attempt waiting for its turn from the governor
   * and sending the session's current token; a 401 renews the session once per call and sends the
   * request again (VRChat did not act on it).
   */
  <T> T invoke(Attempt<T> call, boolean safeToRepeat) {
    long start = nanoTime.getAsLong();
    boolean renewed = false;
    for (int attempt = 1; ; attempt++) {
      Duration wait;
      Supplier<VrchatApiException> failure;
      long waitStarted = nanoTime.getAsLong();
      RateGovernor.Turn turn = turn(start, attempt);
      Duration turnWait = Duration.ofNanos(nanoTime.getAsLong() - waitStarted);
      String token = sessions.token();
      long sent = nanoTime.getAsLong();
      try {
        T result = call.send(attempt, token);
        turn.answered();
        report(attempt, probe.status(), turnWait, sent);
        return result;
      } catch (HttpFailure e) {
        report(attempt, e.status, turnWait, sent);
        wait = waitAfter(e, attempt, safeToRepeat).orElse(null);
        if (e.status == 429) {
          Duration backoff = wait != null ? wait : Backoff.before(policy, attempt, 0.5);
          turn.rateLimited(e.retryAfter().orElse(backoff), e.retryAfter().isPresent());
        } else {
          turn.answered();
        }
        if (e.status == 401 && !renewed && sessions.renew(token)) {
          renewed = true;
          continue;
        }
        int attempts = attempt;
        failure = () -> ApiExceptions.from(e, attempts);
      } catch (RetryableException e) {
        report(attempt, 0, turnWait, sent);
        if (e.getCause() instanceof ResponseTooLargeException) {
          throw ApiExceptions.from((ResponseTooLargeException) e.getCause(), attempt);
        }
        if (e.getCause() instanceof ClientClosedException) {
          throw ApiExceptions.from((ClientClosedException) e.getCause(), attempt, safeToRepeat);
        }
        IOException cause =
            e.getCause() instanceof IOException
                ? (IOException) e.getCause()
                : new IOException(e.getMessage());
        boolean repeatable = safeToRepeat || ApiExceptions.certainlyNotSent(cause);
        wait = repeatable ? Backoff.before(policy, attempt, jitter.getAsDouble()) : null;
        int attempts = attempt;
        failure = () -> ApiExceptions.from(cause, attempts, safeToRepeat);
      } catch (FeignException e) {
        report(attempt, Math.max(e.status(), 0), turnWait, sent);
        throw ApiExceptions.from(e, attempt);
      }
      int retriesSoFar = renewed ? attempt - 1 : attempt;
      if (wait == null || retriesSoFar > policy.maxRetries() || !fitsInBudget(start, wait)) {
        throw failure.get();
      }
      LOG.debug("Attempt {} failed; retrying in {} ms", attempt, wait.toMillis());
      listener.beforeRetry(failure.get(), attempt, wait);
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failure.get();
      }
    }
  }

  private void report(int attempt, int status, Duration turnWait, long sent) {
    exchanges.exchanged(
        new Exchange(
            probe.operation(),
            attempt,
            status,
            Duration.ofNanos(nanoTime.getAsLong() - sent),
            turnWait));
  }

  /** Waits for the account's turn, within what is left of the call's budget. */
  private RateGovernor.Turn turn(long start, int attempt) {
    Duration left = policy.maxElapsed().minusNanos(nanoTime.getAsLong() - start);
    try {
      return governor
          .acquire(left.isNegative() ? Duration.ZERO : left)
          .orElseThrow(() -> new AccountPausedException(attempt - 1, left));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiConnectionException(
          false,
          attempt - 1,
          new InterruptedIOException("interrupted while waiting for the account's turn"));
    }
  }

  private Optional<Duration> waitAfter(HttpFailure failure, int attempt, boolean safeToRepeat) {
    Optional<Duration> asked = failure.retryAfter();
    if (asked.isPresent() && asked.get().compareTo(policy.maxRetryAfter()) > 0) {
      return Optional.empty();
    }
    if (failure.status == 429) {
      return Optional.of(
          asked.orElseGet(() -> Backoff.before(policy, attempt, jitter.getAsDouble())));
    }
    boolean gatewayFailure =
        failure.status == 502 || failure.status == 503 || failure.status == 504;
    if (safeToRepeat && gatewayFailure) {
      return Optional.of(
          asked.orElseGet(() -> Backoff.before(policy, attempt, jitter.getAsDouble())));
    }
    if (failure.status == 503) {
      return asked;
    }
    return Optional.empty();
  }

  private boolean fitsInBudget(long start, Duration wait) {
    Duration elapsedAfterWait = Duration.ofNanos(nanoTime.getAsLong() - start).plus(wait);
    return elapsedAfterWait.compareTo(policy.maxElapsed()) <= 0;
  }
}
