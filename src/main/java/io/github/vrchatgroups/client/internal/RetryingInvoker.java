package io.github.vrchatgroups.client.internal;

import feign.FeignException;
import feign.RetryableException;
import io.github.vrchatgroups.client.RetryListener;
import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.io.IOException;
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
    this.policy = policy;
    this.sleeper = sleeper;
    this.nanoTime = nanoTime;
    this.jitter = jitter;
    this.listener = listener;
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
    long start = nanoTime.getAsLong();
    for (int attempt = 1; ; attempt++) {
      Duration wait;
      Supplier<VrchatApiException> failure;
      try {
        return call.apply(attempt);
      } catch (HttpFailure e) {
        wait = waitAfter(e, attempt, safeToRepeat).orElse(null);
        int attempts = attempt;
        failure = () -> ApiExceptions.from(e, attempts);
      } catch (RetryableException e) {
        if (e.getCause() instanceof ResponseTooLargeException) {
          throw ApiExceptions.from((ResponseTooLargeException) e.getCause(), attempt);
        }
        if (e.getCause() instanceof ClientClosedException) {
          throw ApiExceptions.from((ClientClosedException) e.getCause(), attempt);
        }
        IOException cause =
            e.getCause() instanceof IOException
                ? (IOException) e.getCause()
                : new IOException(e.getMessage());
        boolean repeatable = safeToRepeat || ApiExceptions.certainlyNotSent(cause);
        wait = repeatable ? Backoff.before(policy, attempt, jitter.getAsDouble()) : null;
        int attempts = attempt;
        failure = () -> ApiExceptions.from(cause, attempts);
      } catch (FeignException e) {
        throw ApiExceptions.from(e, attempt);
      }
      if (wait == null || attempt > policy.maxRetries() || !fitsInBudget(start, wait)) {
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
