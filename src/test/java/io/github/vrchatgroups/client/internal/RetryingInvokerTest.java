package io.github.vrchatgroups.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import feign.Request;
import feign.RetryableException;
import feign.codec.DecodeException;
import io.github.vrchatgroups.client.RetryListener;
import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.errors.ApiConnectionException;
import io.github.vrchatgroups.client.errors.RateLimitedException;
import io.github.vrchatgroups.client.errors.ServerErrorException;
import io.github.vrchatgroups.client.errors.UnexpectedResponseException;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import io.github.vrchatgroups.client.internal.ErrorBodies.ErrorBody;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The retry loop over a plain supplier: which failures are retried, how long it waits, when it
 * stops.
 */
class RetryingInvokerTest {
  private static final Request REQUEST =
      Request.create(
          Request.HttpMethod.POST,
          "http://127.0.0.1/x",
          Map.of(),
          null,
          StandardCharsets.UTF_8,
          null);
  private static final RetryPolicy POLICY =
      RetryPolicy.builder()
          .maxRetries(3)
          .minBackoff(Duration.ofSeconds(1))
          .maxBackoff(Duration.ofSeconds(30))
          .maxRetryAfter(Duration.ofSeconds(60))
          .maxElapsed(Duration.ofMinutes(2))
          .build();

  private final List<Duration> sleeps = new ArrayList<>();
  private final List<String> retries = new ArrayList<>();
  private long nanoTime;

  private RetryingInvoker invoker(RetryPolicy policy) {
    return new RetryingInvoker(
        policy,
        wait -> {
          sleeps.add(wait);
          nanoTime += wait.toNanos();
        },
        () -> nanoTime,
        () -> 0.5,
        (failure, attempt, wait) ->
            retries.add(failure.getStatusCode() + "@" + attempt + ":" + wait));
  }

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  /** Fails with each of {@code failures} in turn, then returns "ok". */
  private static Supplier<String> failing(RuntimeException... failures) {
    Deque<RuntimeException> left = new ArrayDeque<>(List.of(failures));
    return () -> {
      if (left.isEmpty()) {
        return "ok";
      }
      throw left.pop();
    };
  }

  private static HttpFailure status(int status) {
    return new HttpFailure(status, ErrorBody.NONE, "", null, null);
  }

  private static HttpFailure status(int status, Duration retryAfter) {
    return new HttpFailure(status, ErrorBody.NONE, "", retryAfter, null);
  }

  private static RetryableException io(IOException cause) {
    return new RetryableException(
        -1, cause.getMessage(), Request.HttpMethod.POST, cause, (Long) null, REQUEST);
  }

  private <E extends VrchatApiException> E fails(
      Supplier<String> call, boolean safeToRepeat, Class<E> type) {
    E failure = catchThrowableOfType(type, () -> invoker(POLICY).invoke(call, safeToRepeat));
    assertThat(failure).as("expected %s", type.getSimpleName()).isExactlyInstanceOf(type);
    return failure;
  }

  @Test
  void aSuccessReturnsAtOnce() {
    assertThat(invoker(POLICY).invoke(() -> "ok", false)).isEqualTo("ok");
    assertThat(sleeps).isEmpty();
  }

  @Test
  void rateLimitsAreRetriedWithGrowingBackoff() {
    assertThat(invoker(POLICY).invoke(failing(status(429), status(429)), false)).isEqualTo("ok");
    assertThat(sleeps).containsExactly(Duration.ofMillis(1500), Duration.ofMillis(2500));
  }

  @Test
  void theListenerHearsEachRetryBeforeTheWait() {
    invoker(POLICY).invoke(failing(status(429), status(503, Duration.ofSeconds(4))), false);

    assertThat(retries).containsExactly("429@1:PT1.5S", "503@2:PT4S");
  }

  @Test
  void retriesStopAtMaxRetriesWithTheAttemptCount() {
    RateLimitedException failure =
        fails(
            failing(status(429), status(429), status(429), status(429)),
            false,
            RateLimitedException.class);
    assertThat(failure.getAttempts()).isEqualTo(4);
    assertThat(sleeps).hasSize(3);
  }

  @Test
  void aRetryAfterOfExactlyTheCapIsHonoured() {
    assertThat(invoker(POLICY).invoke(failing(status(429, Duration.ofSeconds(60))), false))
        .isEqualTo("ok");
    assertThat(sleeps).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void aRetryAfterOverTheCapEndsTheCallAtOnceWithTheWaitAskedFor() {
    RateLimitedException failure =
        fails(failing(status(429, Duration.ofSeconds(61))), false, RateLimitedException.class);
    assertThat(failure.getRetryAfter()).contains(Duration.ofSeconds(61));
    assertThat(failure.getAttempts()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void aWaitEndingExactlyAtTheBudgetIsTakenAndOneBeyondIsNot() {
    RetryPolicy budget = POLICY.toBuilder().maxElapsed(Duration.ofSeconds(10)).build();
    assertThat(invoker(budget).invoke(failing(status(429, Duration.ofSeconds(10))), false))
        .isEqualTo("ok");

    sleeps.clear();
    RateLimitedException failure =
        catchThrowableOfType(
            RateLimitedException.class,
            () ->
                invoker(budget)
                    .invoke(failing(status(429, Duration.ofSeconds(10).plusNanos(1))), false));
    assertThat(failure).isNotNull();
    assertThat(sleeps).isEmpty();
  }

  @Test
  void aServiceUnavailableIsRetriedForAChangeOnlyWithRetryAfter() {
    assertThat(invoker(POLICY).invoke(failing(status(503, Duration.ofSeconds(2))), false))
        .isEqualTo("ok");
    fails(failing(status(503)), false, ServerErrorException.class);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void gatewayFailuresAreRetriedForAReadButNotForAChange() {
    assertThat(invoker(POLICY).invoke(failing(status(502), status(503), status(504)), true))
        .isEqualTo("ok");
    assertThat(sleeps).hasSize(3);
    fails(failing(status(502)), false, ServerErrorException.class);
    fails(failing(status(500)), true, ServerErrorException.class);
  }

  @Test
  void aFailureBeforeTheRequestLeftIsRetriedForAChange() {
    assertThat(
            invoker(POLICY)
                .invoke(
                    failing(io(new ConnectException("refused")), io(new UnknownHostException("x"))),
                    false))
        .isEqualTo("ok");
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void aFailureAfterTheRequestLeftIsRetriedForAReadButNeverForAChange() {
    assertThat(invoker(POLICY).invoke(failing(io(new SocketTimeoutException("read"))), true))
        .isEqualTo("ok");

    ApiConnectionException failure =
        fails(failing(io(new SocketTimeoutException("read"))), false, ApiConnectionException.class);
    assertThat(failure.requestMayHaveBeenSent()).isTrue();
    assertThat(failure.getAttempts()).isEqualTo(1);
  }

  @Test
  void anOversizedAnswerIsNeverRetriedEvenForARead() {
    UnexpectedResponseException failure =
        fails(
            failing(io(new ResponseTooLargeException(200, 10, new byte[] {'[', '1'}))),
            true,
            UnexpectedResponseException.class);
    assertThat(failure.getStatusCode()).isEqualTo(200);
    assertThat(failure.getBodyExcerpt()).isEqualTo("[1");
    assertThat(sleeps).isEmpty();
  }

  @Test
  void anUndecodableAnswerIsAnUnexpectedResponseAtOnce() {
    UnexpectedResponseException failure =
        fails(
            failing(new DecodeException(200, "bad json", REQUEST, new IOException("x"))),
            true,
            UnexpectedResponseException.class);
    assertThat(failure.getStatusCode()).isEqualTo(200);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void anInterruptDuringTheWaitEndsTheCallAndKeepsTheInterrupt() {
    RetryingInvoker interrupted =
        new RetryingInvoker(
            POLICY,
            wait -> {
              throw new InterruptedException();
            },
            () -> nanoTime,
            () -> 0.5,
            RetryListener.NONE);

    RateLimitedException failure =
        catchThrowableOfType(
            RateLimitedException.class, () -> interrupted.invoke(failing(status(429)), false));

    assertThat(failure).isNotNull();
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }
}
