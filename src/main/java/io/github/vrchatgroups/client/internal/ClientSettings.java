package io.github.vrchatgroups.client.internal;

import io.github.vrchatgroups.client.ExchangeListener;
import io.github.vrchatgroups.client.HttpLogLevel;
import io.github.vrchatgroups.client.RateGovernor;
import io.github.vrchatgroups.client.RetryListener;
import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.SessionProvider;
import io.github.vrchatgroups.client.TimeSource;
import io.github.vrchatgroups.client.VrchatOptions;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * A client's settings, checked once by the builder and read-only afterwards.
 *
 * @param baseUrl the API root, without a trailing slash
 * @param userAgent the complete User-Agent header, the SDK's own token included
 * @param authCookie the {@code auth} cookie's value, or {@code null} to send none
 * @param connectTimeout longest wait for a connection
 * @param readTimeout longest wait, once connected, for the complete response
 * @param retryPolicy when to retry
 * @param logLevel how much of each exchange to log
 * @param time how to wait between attempts, the monotonic time the retry budget is measured with
 *     (so that a step of the wall clock neither cuts nor stretches it), and the wall-clock time
 *     {@code Retry-After} dates are measured against
 * @param jitter numbers in {@code [0, 1)} that spread the backoff
 * @param retryListener told before each retry
 * @param poolKey what is made with the same key shares one connection pool
 * @param governor the account's rate governor
 * @param exchangeListener told of every attempt
 * @param sessionProvider where each request's session comes from, or {@code null} to send {@code
 *     authCookie}
 */
public record ClientSettings(
    String baseUrl,
    String userAgent,
    String authCookie,
    Duration connectTimeout,
    Duration readTimeout,
    RetryPolicy retryPolicy,
    HttpLogLevel logLevel,
    TimeSource time,
    DoubleSupplier jitter,
    RetryListener retryListener,
    Object poolKey,
    RateGovernor governor,
    SessionProvider sessionProvider,
    ExchangeListener exchangeListener) {

  /**
   * The settings of a call site made from checked options: the auth cookie is checked here, and the
   * SDK's own token is appended to the User-Agent.
   *
   * @param options the checked options; everything made from the same instance shares one
   *     connection pool
   * @throws IllegalArgumentException if the auth cookie is malformed
   */
  public static ClientSettings of(VrchatOptions options, String authCookie, DoubleSupplier jitter) {
    return of(options, authCookie, null, jitter);
  }

  /**
   * As {@link #of(VrchatOptions, String, DoubleSupplier)}, each request's session taken from {@code
   * sessionProvider} when it is not null.
   */
  public static ClientSettings of(
      VrchatOptions options,
      String authCookie,
      SessionProvider sessionProvider,
      DoubleSupplier jitter) {
    return new ClientSettings(
        options.baseUrl(),
        options.userAgent() + " vrchat-groups-client/" + SdkVersion.VERSION,
        SettingsRules.authCookie(authCookie),
        options.connectTimeout(),
        options.readTimeout(),
        options.retryPolicy(),
        options.logLevel(),
        options.timeSource(),
        jitter,
        options.retryListener(),
        options,
        options.rateGovernor(),
        sessionProvider,
        options.exchangeListener());
  }

  /** The settings, with the auth cookie redacted. */
  @Override
  public String toString() {
    return "ClientSettings{baseUrl="
        + baseUrl
        + ", userAgent="
        + userAgent
        + ", authCookie="
        + (sessionProvider != null ? "<kept>" : authCookie == null ? "<none>" : "<redacted>")
        + '}';
  }
}
