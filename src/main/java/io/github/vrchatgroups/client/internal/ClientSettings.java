package io.github.vrchatgroups.client.internal;

import io.github.vrchatgroups.client.HttpLogLevel;
import io.github.vrchatgroups.client.RetryListener;
import io.github.vrchatgroups.client.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

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
 * @param sleeper how to wait between attempts
 * @param clock what {@code Retry-After} dates are measured against (wall-clock time)
 * @param nanoTime what the retry budget is measured with: monotonic, as {@link System#nanoTime()},
 *     so that a step of the wall clock neither cuts nor stretches it
 * @param jitter numbers in {@code [0, 1)} that spread the backoff
 * @param retryListener told before each retry
 */
public record ClientSettings(
    String baseUrl,
    String userAgent,
    String authCookie,
    Duration connectTimeout,
    Duration readTimeout,
    RetryPolicy retryPolicy,
    HttpLogLevel logLevel,
    Sleeper sleeper,
    Clock clock,
    LongSupplier nanoTime,
    DoubleSupplier jitter,
    RetryListener retryListener) {

  /**
   * Checks raw settings, in the order a user fixes them (User-Agent, cookie, base URL, then the
   * rest), and appends the SDK's own token to the User-Agent.
   *
   * @throws IllegalArgumentException naming the first setting that is missing or invalid
   */
  public static ClientSettings checked(
      String baseUrl,
      boolean allowInsecureHttp,
      String userAgent,
      String authCookie,
      Duration connectTimeout,
      Duration readTimeout,
      RetryPolicy retryPolicy,
      HttpLogLevel logLevel,
      Sleeper sleeper,
      Clock clock,
      LongSupplier nanoTime,
      DoubleSupplier jitter,
      RetryListener retryListener) {
    String checkedUserAgent = SettingsRules.userAgent(userAgent);
    String checkedCookie = SettingsRules.authCookie(authCookie);
    String checkedBaseUrl = SettingsRules.baseUrl(baseUrl, allowInsecureHttp);
    return new ClientSettings(
        checkedBaseUrl,
        checkedUserAgent + " vrchat-groups-client/" + SdkVersion.VERSION,
        checkedCookie,
        SettingsRules.positive(connectTimeout, "connectTimeout"),
        SettingsRules.positive(readTimeout, "readTimeout"),
        SettingsRules.present(
            retryPolicy, "retryPolicy", "use RetryPolicy.none() to disable retries"),
        SettingsRules.present(logLevel, "logLevel", "use HttpLogLevel.NONE"),
        sleeper,
        clock,
        nanoTime,
        jitter,
        SettingsRules.present(retryListener, "retryListener", "use RetryListener.NONE"));
  }

  /** The settings, with the auth cookie redacted. */
  @Override
  public String toString() {
    return "ClientSettings{baseUrl="
        + baseUrl
        + ", userAgent="
        + userAgent
        + ", authCookie="
        + (authCookie == null ? "<none>" : "<redacted>")
        + '}';
  }
}
