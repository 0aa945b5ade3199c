package io.github.vrchatgroups.client;

import java.time.Duration;

/**
 * The connection settings every builder of the SDK shares, declared once: {@link
 * VrchatOptions.Builder}, {@link VrchatGroupsClient.Builder} and {@link
 * io.github.vrchatgroups.client.auth.VrchatLogin.Builder} extend it, so a setting cannot exist for
 * one and be missing from another. Not thread-safe.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ConnectionBuilder<B extends ConnectionBuilder<B>> {
  private String baseUrl = VrchatOptions.DEFAULT_BASE_URL;
  private String userAgent;
  private Duration connectTimeout = VrchatOptions.DEFAULT_CONNECT_TIMEOUT;
  private Duration readTimeout = VrchatOptions.DEFAULT_READ_TIMEOUT;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private RetryListener retryListener = RetryListener.NONE;
  private HttpLogLevel logLevel = HttpLogLevel.NONE;
  private boolean allowInsecureHttp;
  private TimeSource timeSource = TimeSource.SYSTEM;
  private RateGovernor rateGovernor;
  // A default governor runs on the time source it was made for: another time source needs another.
  private boolean defaultGovernor = true;
  private ExchangeListener exchangeListener = ExchangeListener.NONE;
  // The options value these settings were taken from while no setter changed them: what is built
  // from the same value shares its connection pool.
  private VrchatOptions source;

  /** For the SDK's own builders. */
  protected ConnectionBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  private B changed() {
    source = null;
    return self();
  }

  /**
   * Every setting of {@code options}. What is built afterwards without another setting changed
   * shares one connection pool with everything else built from the same {@code options}.
   *
   * @throws IllegalArgumentException if {@code options} is null
   */
  public B options(VrchatOptions options) {
    if (options == null) {
      throw new IllegalArgumentException("options must not be null");
    }
    baseUrl = options.baseUrl();
    userAgent = options.userAgent();
    connectTimeout = options.connectTimeout();
    readTimeout = options.readTimeout();
    retryPolicy = options.retryPolicy();
    retryListener = options.retryListener();
    logLevel = options.logLevel();
    allowInsecureHttp = options.allowInsecureHttp();
    timeSource = options.timeSource();
    rateGovernor = options.rateGovernor();
    defaultGovernor = options.defaultGovernor();
    exchangeListener = options.exchangeListener();
    source = options;
    return self();
  }

  /**
   * The API's root URL; default {@value VrchatOptions#DEFAULT_BASE_URL}. Paths such as {@code
   * /groups/{groupId}/invites} are appended to it. Must be {@code https}, or plain {@code http} to
   * a loopback address (tests, the sandbox) unless {@link #allowInsecureHttp} is set.
   */
  public B baseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
    return changed();
  }

  /**
   * Required. Identifies your application as {@code AppName/version contact}, the contact an e-mail
   * address or an http(s) URL, e.g. {@code MyGroupBot/1.2 admin@example.com}: VRChat's firewall
   * answers 403 to clients that do not. The SDK appends {@code vrchat-groups-client/<version>}.
   */
  public B userAgent(String userAgent) {
    this.userAgent = userAgent;
    return changed();
  }

  /** Longest wait for a TCP (and TLS) connection; default 10 s. */
  public B connectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
    return changed();
  }

  /**
   * Bounds, with {@link #connectTimeout}, each attempt: it gives up once {@code connectTimeout +
   * readTimeout} has passed without the complete response, body included (to within 20 ms); default
   * 30 s.
   */
  public B readTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
    return changed();
  }

  /** When to retry; default {@link RetryPolicy#defaults()}. */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = retryPolicy;
    return changed();
  }

  /**
   * Shorthand for a {@link #retryPolicy} that is the current one with {@code maxRetries} changed;
   * {@code 0} disables retries.
   */
  public B maxRetries(int maxRetries) {
    RetryPolicy current = retryPolicy == null ? RetryPolicy.defaults() : retryPolicy;
    this.retryPolicy = current.toBuilder().maxRetries(maxRetries).build();
    return changed();
  }

  /**
   * Told before each retry, e.g. to slow down after a 429 that a retry absorbed; default {@link
   * RetryListener#NONE}.
   */
  public B retryListener(RetryListener retryListener) {
    this.retryListener = retryListener;
    return changed();
  }

  /**
   * Told of every request (operation, attempt, status, duration, the wait for the account's turn)
   * and of every session a keeper renews, for metrics; default {@link ExchangeListener#NONE}.
   */
  public B exchangeListener(ExchangeListener exchangeListener) {
    this.exchangeListener = exchangeListener;
    return changed();
  }

  /** How much of each exchange to log through SLF4J; default {@link HttpLogLevel#NONE}. */
  public B logLevel(HttpLogLevel logLevel) {
    this.logLevel = logLevel;
    return changed();
  }

  /**
   * Allows a plain {@code http} base URL to a host that is not loopback, sending the auth cookie
   * unencrypted; default {@code false}. Only for a trusted proxy on a private network.
   */
  public B allowInsecureHttp(boolean allowInsecureHttp) {
    this.allowInsecureHttp = allowInsecureHttp;
    return changed();
  }

  /**
   * Where time comes from for retries: waits between attempts, the retry budget, {@code
   * Retry-After} dates; default {@link TimeSource#SYSTEM}. A test's virtual time makes waits
   * instant.
   */
  public B timeSource(TimeSource timeSource) {
    this.timeSource = timeSource;
    if (defaultGovernor) {
      rateGovernor = null;
    }
    return changed();
  }

  /**
   * What every request waits on for its turn, shared by every client and login made from these
   * options (and from options derived from them): one per account. Default: a new {@link
   * AdaptiveRateGovernor} on {@link #timeSource} (60 requests a minute after a burst of 10; a 429
   * pauses every request). {@link RateGovernor#unpaced()} turns pacing off; a governor shared
   * between processes paces an account that several processes use.
   */
  public B rateGovernor(RateGovernor rateGovernor) {
    this.rateGovernor = rateGovernor;
    this.defaultGovernor = false;
    return changed();
  }

  /**
   * The settings as one checked value: the one they were taken from if no setter changed them.
   *
   * @throws IllegalArgumentException naming the setting that is missing or invalid
   */
  protected final VrchatOptions checkedOptions() {
    if (source != null) {
      return source;
    }
    return new VrchatOptions(
        baseUrl,
        userAgent,
        connectTimeout,
        readTimeout,
        retryPolicy,
        retryListener,
        logLevel,
        allowInsecureHttp,
        timeSource,
        rateGovernor,
        defaultGovernor,
        exchangeListener);
  }
}
