package io.github.vrchatgroups.client.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import feign.Feign;
import feign.Logger;
import feign.Retryer;
import io.github.vrchatgroups.client.HttpLogLevel;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A generated Feign interface, assembled once from a client's settings (transport, codec, error
 * decoder, redacting logger, User-Agent and cookie), and every call to it run through the retry
 * loop. Callers see only {@link #read} and {@link #change}.
 *
 * @param <A> the generated interface
 */
public final class ApiInvoker<A> implements AutoCloseable {
  private final TransportPools.Lease lease;
  private final A api;
  private final RetryingInvoker retrying;
  // The token of the attempt under way on this thread: Feign runs the interceptor on the caller's
  // thread, within the attempt.
  private final ThreadLocal<String> attemptToken = new ThreadLocal<>();
  // What the attempt under way on this thread reports to the exchange listener.
  private final ThreadLocal<String> attemptOperation = new ThreadLocal<>();
  private final ThreadLocal<Integer> attemptStatus = new ThreadLocal<>();

  /**
   * @param api the generated interface to call
   * @param settings the checked settings of the client
   * @param successHeadersRead whether callers read the headers of successful responses (cookies)
   */
  public ApiInvoker(Class<A> api, ClientSettings settings, boolean successHeadersRead) {
    JacksonCodec codec = new JacksonCodec(json());
    this.lease = TransportPools.lease(settings);
    ApacheHttpTransport transport = lease.transport();
    boolean headersRead =
        successHeadersRead || settings.logLevel().compareTo(HttpLogLevel.HEADERS) >= 0;
    String userAgent = settings.userAgent();
    this.api =
        Feign.builder()
            .client(
                (request, options) -> {
                  feign.Response response = transport.execute(request, headersRead);
                  attemptStatus.set(response.status());
                  return response;
                })
            .encoder(codec)
            .decoder(codec)
            .errorDecoder(new ErrorResponseDecoder(settings.time()::now))
            .retryer(Retryer.NEVER_RETRY)
            .logger(new RedactingSlf4jLogger())
            .logLevel(Logger.Level.valueOf(settings.logLevel().name()))
            .requestInterceptor(
                // Literals: a header template would be parsed on every call, and would expand a
                // "{…}" in a cookie value instead of sending it as it is.
                request -> {
                  attemptOperation.set(request.methodMetadata().method().getName());
                  request.headerLiteral("User-Agent", userAgent);
                  String token = attemptToken.get();
                  if (token != null) {
                    request.headerLiteral("Cookie", "auth=" + token);
                  }
                })
            .target(api, settings.baseUrl());
    this.retrying =
        new RetryingInvoker(
            settings.retryPolicy(),
            settings.time()::sleep,
            settings.time()::nanoTime,
            settings.jitter(),
            settings.retryListener(),
            settings.governor(),
            settings.sessionProvider() != null
                ? SessionRenewal.of(settings.sessionProvider())
                : SessionRenewal.fixed(settings.authCookie()),
            settings.exchangeListener(),
            new RetryingInvoker.AttemptProbe() {
              @Override
              public String operation() {
                String operation = attemptOperation.get();
                return operation == null ? "unknown" : operation;
              }

              @Override
              public int status() {
                Integer status = attemptStatus.get();
                return status == null ? 0 : status;
              }
            });
  }

  private <T> T invoke(BiFunction<A, Integer, T> call, boolean safeToRepeat) {
    return retrying.invoke(
        (attempt, token) -> {
          attemptToken.set(token);
          attemptStatus.remove();
          try {
            return call.apply(api, attempt);
          } finally {
            attemptToken.remove();
          }
        },
        safeToRepeat);
  }

  /**
   * Runs a call that changes nothing: retried after any failure the policy allows for reads.
   *
   * @throws io.github.vrchatgroups.client.errors.VrchatApiException when the call did not succeed
   */
  public <T> T read(Function<A, T> call) {
    return invoke((groups, attempt) -> call.apply(groups), true);
  }

  /**
   * Runs a call that changes something: retried only when the server certainly did not act.
   *
   * @throws io.github.vrchatgroups.client.errors.VrchatApiException when the call did not succeed
   */
  public <T> T change(Function<A, T> call) {
    return invoke((groups, attempt) -> call.apply(groups), false);
  }

  /**
   * As {@link #change}, the call also told which attempt it is (from 1).
   *
   * @throws io.github.vrchatgroups.client.errors.VrchatApiException when the call did not succeed
   */
  public <T> T changeCounting(BiFunction<A, Integer, T> call) {
    return invoke(call, false);
  }

  /**
   * As {@link #read}, the call also told which attempt it is (from 1).
   *
   * @throws io.github.vrchatgroups.client.errors.VrchatApiException when the call did not succeed
   */
  public <T> T readCounting(BiFunction<A, Integer, T> call) {
    return invoke(call, true);
  }

  /** Gives up this invoker's hold on the connection pool; the last holder closes it. */
  @Override
  public void close() {
    lease.release();
  }

  private static ObjectMapper json() {
    // The API adds fields, nulls and enum values without notice; none of them may break a call.
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .addModule(new JavaTimeModule())
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
  }
}
