package io.github.vrchatgroups.client;

import io.github.vrchatgroups.client.internal.SettingsRules;
import java.time.Duration;

/**
 * How the SDK reaches VRChat, as one immutable value checked once: base URL, User-Agent, timeouts,
 * retry policy and listener, log level, the insecure-http switch, and the account's {@link
 * RateGovernor}. A {@link VrchatGroupsClient} and a {@link
 * io.github.vrchatgroups.client.auth.VrchatLogin} are made from it, and everything made from the
 * same value shares one connection pool (closed when the last of them is closed).
 *
 * <pre>{@code
 * VrchatOptions options = VrchatOptions.builder().userAgent("MyGroupBot/1.2 admin@example.com").build();
 * VrchatOptions patient = options.toBuilder().readTimeout(Duration.ofMinutes(1)).build();
 * }</pre>
 */
public final class VrchatOptions {
  /** The live API, used unless {@link ConnectionBuilder#baseUrl} says otherwise. */
  public static final String DEFAULT_BASE_URL = "https://api.vrchat.cloud/api/1";

  /** How long a connection may take to establish unless set otherwise: 10 s. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** How long a response may take once connected unless set otherwise: 30 s. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  private final String baseUrl;
  private final String userAgent;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final RetryPolicy retryPolicy;
  private final RetryListener retryListener;
  private final HttpLogLevel logLevel;
  private final boolean allowInsecureHttp;
  private final TimeSource timeSource;
  private final RateGovernor rateGovernor;
  private final ExchangeListener exchangeListener;
  private final boolean defaultGovernor;

  VrchatOptions(
      String baseUrl,
      String userAgent,
      Duration connectTimeout,
      Duration readTimeout,
      RetryPolicy retryPolicy,
      RetryListener retryListener,
      HttpLogLevel logLevel,
      boolean allowInsecureHttp,
      TimeSource timeSource,
      RateGovernor rateGovernor,
      boolean defaultGovernor,
      ExchangeListener exchangeListener) {
    // In the order a user fixes them: the User-Agent first, then where to, then the rest.
    this.userAgent = SettingsRules.userAgent(userAgent);
    this.baseUrl = SettingsRules.baseUrl(baseUrl, allowInsecureHttp);
    this.connectTimeout = SettingsRules.positive(connectTimeout, "connectTimeout");
    this.readTimeout = SettingsRules.positive(readTimeout, "readTimeout");
    this.retryPolicy =
        SettingsRules.present(
            retryPolicy, "retryPolicy", "use RetryPolicy.none() to disable retries");
    this.retryListener =
        SettingsRules.present(retryListener, "retryListener", "use RetryListener.NONE");
    this.logLevel = SettingsRules.present(logLevel, "logLevel", "use HttpLogLevel.NONE");
    this.allowInsecureHttp = allowInsecureHttp;
    this.timeSource = SettingsRules.present(timeSource, "timeSource", "use TimeSource.SYSTEM");
    this.exchangeListener =
        SettingsRules.present(exchangeListener, "exchangeListener", "use ExchangeListener.NONE");
    this.defaultGovernor = defaultGovernor;
    this.rateGovernor =
        defaultGovernor && rateGovernor == null
            ? AdaptiveRateGovernor.create(this.timeSource)
            : SettingsRules.present(
                rateGovernor, "rateGovernor", "use RateGovernor.unpaced() to turn pacing off");
  }

  /**
   * Starts the options.
   *
   * @return a builder with every setting at its default; {@link ConnectionBuilder#userAgent} must
   *     be set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these options, to derive others from them.
   *
   * @return a new builder; what it builds unchanged is this value itself
   */
  public Builder toBuilder() {
    return new Builder().options(this);
  }

  /** The API root, without a trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The User-Agent as given, without the SDK's own product token. */
  public String userAgent() {
    return userAgent;
  }

  /** Longest wait for a connection. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Longest wait, once connected, for the complete response (with the connect timeout). */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** When to retry. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** Told before each retry. */
  public RetryListener retryListener() {
    return retryListener;
  }

  /** How much of each exchange is logged. */
  public HttpLogLevel logLevel() {
    return logLevel;
  }

  /** Whether plain http to a host that is not loopback is allowed. */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  /** Where retries take time from. */
  public TimeSource timeSource() {
    return timeSource;
  }

  /**
   * What every request of the account waits on: the one set with {@link
   * ConnectionBuilder#rateGovernor}, else an {@link AdaptiveRateGovernor} with its defaults made
   * for this value (and kept by every value derived from it with {@link #toBuilder()}).
   */
  public RateGovernor rateGovernor() {
    return rateGovernor;
  }

  /** Told of every request and every renewed session. */
  public ExchangeListener exchangeListener() {
    return exchangeListener;
  }

  /** Whether {@link #rateGovernor()} is the default one, made for this value's time source. */
  boolean defaultGovernor() {
    return defaultGovernor;
  }

  @Override
  public String toString() {
    return "VrchatOptions{baseUrl=" + baseUrl + ", userAgent=" + userAgent + '}';
  }

  /** The settings of a {@link VrchatOptions}; {@link #build()} checks them. */
  public static final class Builder extends ConnectionBuilder<Builder> {
    private Builder() {}

    /**
     * Checks the settings.
     *
     * @return the options
     * @throws IllegalArgumentException naming the setting that is missing or invalid
     */
    public VrchatOptions build() {
      return checkedOptions();
    }
  }
}
