package io.github.vrchatgroups.client.session;

import io.github.vrchatgroups.client.Session;
import io.github.vrchatgroups.client.SessionProvider;
import io.github.vrchatgroups.client.TimeSource;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.VrchatOptions;
import io.github.vrchatgroups.client.auth.VrchatLogin;
import io.github.vrchatgroups.client.errors.LoginBudgetSpentException;
import io.github.vrchatgroups.client.errors.SessionStoreException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import io.github.vrchatgroups.client.errors.WrongCredentialsException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Optional;

/**
 * Keeps an account's session for a bot that runs unattended: the session saved in the {@link
 * SessionStore} is used first; when there is none, or VRChat answers 401 because it ended, the
 * keeper logs in with the {@link LoginCredentials} — <b>once</b> for all the threads waiting on it
 * — saves the new session, and the requests that were refused are sent again (VRChat did not act on
 * them). Never a loop:
 *
 * <ul>
 *   <li>at most {@link Builder#loginBudget} logins per window (default 3 an hour); past it, a call
 *       that needs a new session fails at once with {@link LoginBudgetSpentException}, nothing
 *       sent;
 *   <li>after VRChat refused the credentials ({@link WrongCredentialsException}), no login is sent
 *       until the password supplier gives other credentials;
 *   <li>a request refused again right after its session was renewed fails with its 401.
 * </ul>
 *
 * <pre>{@code
 * try (SessionKeeper keeper = SessionKeeper.builder()
 *         .options(options)
 *         .credentials(credentials)
 *         .store(SessionStore.file(Path.of("/var/lib/mybot/session.json")))
 *         .build();
 *     VrchatGroupsClient client = keeper.client()) {
 *   client.inviteUser(groupId, userId);
 * }
 * }</pre>
 *
 * <p>Thread-safe. Logins share the options' connection pool and {@link
 * io.github.vrchatgroups.client.RateGovernor}.
 */
public final class SessionKeeper implements SessionProvider, AutoCloseable {
  /** Logins allowed per window unless set otherwise: 3. */
  public static final int DEFAULT_LOGINS = 3;

  /** The window of the login budget unless set otherwise: 1 hour. */
  public static final Duration DEFAULT_LOGIN_WINDOW = Duration.ofHours(1);

  private final VrchatOptions options;
  private final LoginCredentials credentials;
  private final SessionStore store;
  private final int logins;
  private final Duration window;
  private final TimeSource time;
  private final VrchatLogin login;
  private final Deque<Long> loginTimes = new ArrayDeque<>();
  private final byte[] salt = new byte[16];

  private volatile Session session;
  private long loginsSent;
  // Bumped after every login, so a thread that waited for another's login takes its outcome.
  private volatile long generation;
  private VrchatApiException lastFailure;
  private byte[] refusedCredentials;

  private SessionKeeper(Builder builder) {
    this.options = builder.options;
    this.credentials = builder.credentials;
    this.store = builder.store;
    this.logins = builder.logins;
    this.window = builder.window;
    this.time = options.timeSource();
    this.session = builder.session;
    this.login = VrchatLogin.create(options);
    new SecureRandom().nextBytes(salt);
  }

  /** Starts the settings; {@link Builder#options} must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client whose every request sends this keeper's session, with its options; close it when done.
   */
  public VrchatGroupsClient client() {
    return VrchatGroupsClient.builder().options(options).sessionProvider(this).build();
  }

  /**
   * The session to send: the one in use, else the saved one, else a new login.
   *
   * @throws VrchatApiException if there is none and a login failed or is not allowed
   */
  @Override
  public Session current() {
    Session current = session;
    if (current != null) {
      return current;
    }
    long seen = generation;
    synchronized (this) {
      if (session == null) {
        session = loaded().orElse(null);
      }
      if (session != null) {
        return session;
      }
      if (generation != seen && lastFailure != null) {
        throw lastFailure;
      }
      return logIn();
    }
  }

  /**
   * A fresh session after VRChat refused {@code stale}: the one another thread already got, or a
   * new login.
   *
   * @throws VrchatApiException if the login failed or is not allowed; a thread that waited for
   *     another's failed login gets the same failure, without a login of its own
   */
  @Override
  public Session renew(Session stale) {
    long seen = generation;
    synchronized (this) {
      Session current = session;
      if (current != null && !current.authToken().equals(stale.authToken())) {
        return current;
      }
      if (generation != seen && lastFailure != null) {
        throw lastFailure;
      }
      return logIn();
    }
  }

  /** How many logins this keeper has sent. */
  public synchronized long loginsSent() {
    return loginsSent;
  }

  private Optional<Session> loaded() {
    try {
      return store.load();
    } catch (UncheckedIOException e) {
      throw new SessionStoreException(e);
    }
  }

  // Called holding the lock: one login at a time, and every waiter sees its outcome.
  private Session logIn() {
    if (credentials == null) {
      throw new UnauthorizedException(
          "the session ended and this keeper has no credentials to log in with", null, 1);
    }
    char[] password = credentials.password();
    try {
      byte[] fingerprint = fingerprint(password);
      if (refusedCredentials != null && MessageDigest.isEqual(refusedCredentials, fingerprint)) {
        throw failed(
            new WrongCredentialsException(
                "VRChat refused these credentials before; no login sent until they change",
                null,
                1));
      }
      spendBudget();
      loginsSent++;
      Session fresh;
      try {
        Session remembered = session != null ? session : loaded().orElse(null);
        fresh =
            login.login(
                credentials.username(),
                password,
                remembered == null ? null : remembered.twoFactorAuthToken(),
                credentials.secondFactor());
      } catch (WrongCredentialsException e) {
        refusedCredentials = fingerprint;
        options.exchangeListener().sessionRenewed(false);
        throw failed(e);
      } catch (VrchatApiException e) {
        options.exchangeListener().sessionRenewed(false);
        throw failed(e);
      }
      options.exchangeListener().sessionRenewed(true);
      session = fresh;
      lastFailure = null;
      refusedCredentials = null;
      generation++;
      try {
        store.save(fresh);
      } catch (UncheckedIOException e) {
        throw new SessionStoreException(e);
      }
      return fresh;
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private VrchatApiException failed(VrchatApiException failure) {
    lastFailure = failure;
    generation++;
    return failure;
  }

  private void spendBudget() {
    long now = time.nanoTime();
    while (!loginTimes.isEmpty() && now - loginTimes.peekFirst() >= window.toNanos()) {
      loginTimes.removeFirst();
    }
    if (loginTimes.size() >= logins) {
      Duration left = Duration.ofNanos(loginTimes.peekFirst() + window.toNanos() - now);
      throw failed(new LoginBudgetSpentException(logins, time.now().plus(left)));
    }
    loginTimes.addLast(now);
  }

  private byte[] fingerprint(char[] password) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(salt);
      digest.update(credentials.username().getBytes(StandardCharsets.UTF_8));
      byte[] bytes = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password)).array();
      digest.update(bytes);
      Arrays.fill(bytes, (byte) 0);
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java platform has SHA-256", e);
    }
  }

  /** Lets go of the login's hold on the connection pool; clients made by {@link #client()} too. */
  @Override
  public void close() {
    login.close();
  }

  @Override
  public String toString() {
    return "SessionKeeper{" + credentials + ", store=" + store + '}';
  }

  /** The settings of a {@link SessionKeeper}; {@link #build()} checks them. */
  public static final class Builder {
    private VrchatOptions options;
    private LoginCredentials credentials;
    private SessionStore store = SessionStore.inMemory();
    private int logins = DEFAULT_LOGINS;
    private Duration window = DEFAULT_LOGIN_WINDOW;
    private Session session;

    private Builder() {}

    /** Required: how to reach VRChat; logins share its pool and rate governor. */
    public Builder options(VrchatOptions options) {
      this.options = options;
      return this;
    }

    /**
     * What to log in with; without them, a session that ends fails with {@link
     * UnauthorizedException} as a plain client does.
     */
    public Builder credentials(LoginCredentials credentials) {
      this.credentials = credentials;
      return this;
    }

    /** Where sessions are kept between runs; default {@link SessionStore#inMemory()}. */
    public Builder store(SessionStore store) {
      this.store = store;
      return this;
    }

    /** A session to start with instead of the store's (a token from the environment, say). */
    public Builder session(Session session) {
      this.session = session;
      return this;
    }

    /**
     * At most {@code logins} logins per {@code window}; default 3 an hour. VRChat locks an account
     * out for hours after too many logins and publishes no number: keep it low.
     */
    public Builder loginBudget(int logins, Duration window) {
      this.logins = logins;
      this.window = window;
      return this;
    }

    /**
     * Checks the settings. No request is made.
     *
     * @throws IllegalArgumentException naming the setting that is missing or invalid
     */
    public SessionKeeper build() {
      if (options == null) {
        throw new IllegalArgumentException("options must not be null");
      }
      if (store == null) {
        throw new IllegalArgumentException("store must not be null (use SessionStore.inMemory())");
      }
      if (logins < 1) {
        throw new IllegalArgumentException("loginBudget needs 1 or more logins, got " + logins);
      }
      if (window == null || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("loginBudget needs a positive window, got " + window);
      }
      return new SessionKeeper(this);
    }
  }
}
