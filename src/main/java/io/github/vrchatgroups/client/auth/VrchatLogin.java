package io.github.vrchatgroups.client.auth;

import io.github.vrchatgroups.client.HttpLogLevel;
import io.github.vrchatgroups.client.RetryListener;
import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.errors.TwoFactorRejectedException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import io.github.vrchatgroups.client.errors.UnsupportedSecondFactorException;
import io.github.vrchatgroups.client.internal.ClientSettings;
import io.github.vrchatgroups.client.internal.LoginCalls;
import io.github.vrchatgroups.client.internal.LoginCalls.Factor;
import io.github.vrchatgroups.client.internal.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Logs in to VRChat and manages the session: {@code GET /auth/user} with the username and password,
 * then the second factor if the account has one, then the {@code auth} cookie is the session.
 * Logging in is rate-limited and each login opens a session: log in once and reuse the {@link
 * Session}.
 *
 * <pre>{@code
 * try (VrchatLogin login = VrchatLogin.builder().userAgent("MyGroupBot/1.2 admin@example.com").build()) {
 *   Session session = login.login("botaccount", password,
 *       TwoFactorPrompt.totp(Totp.fromBase32Secret(System.getenv("VRCHAT_TOTP_SECRET"))));
 *   VrchatGroupsClient client = VrchatGroupsClient.builder()
 *       .userAgent("MyGroupBot/1.2 admin@example.com").session(session).build();
 * }
 * }</pre>
 *
 * <p>The password is used for one request and never kept, logged or put in an exception. A login is
 * retried only when the server certainly did not act (as an invite is), since each one opens a
 * session.
 */
public final class VrchatLogin implements AutoCloseable {
  private final LoginCalls calls;

  private VrchatLogin(ClientSettings settings) {
    this.calls = new LoginCalls(settings);
  }

  /** Starts the settings; {@link Builder#userAgent} must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Logs in with a username and a password; asks {@code prompt} for the second factor if the
   * account has one.
   *
   * @param username the account's username or e-mail address
   * @param password the password; not kept after the call (clear the array yourself afterwards)
   * @param prompt gives the second factor when the account needs one
   * @return the session
   * @throws UnauthorizedException 401: wrong username or password
   * @throws TwoFactorRejectedException the second factor was not accepted
   * @throws UnsupportedSecondFactorException the account asks only for second factors the SDK does
   *     not know; nothing more was sent
   * @throws IllegalArgumentException if an argument is null or empty (nothing was sent), or the
   *     prompt answered with a method the account did not ask for
   * @throws io.github.vrchatgroups.client.errors.VrchatApiException any other failure
   */
  public Session login(String username, char[] password, TwoFactorPrompt prompt) {
    return login(username, password, null, prompt);
  }

  /**
   * Logs in as {@link #login(String, char[], TwoFactorPrompt)}, on a device remembered by an
   * earlier login's {@link Session#twoFactorAuthToken()}: VRChat then skips the second factor.
   */
  public Session login(
      String username, char[] password, String rememberedTwoFactorToken, TwoFactorPrompt prompt) {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("username must not be blank");
    }
    if (password == null || password.length == 0) {
      throw new IllegalArgumentException("password must not be empty");
    }
    if (prompt == null) {
      throw new IllegalArgumentException("prompt must not be null (use TwoFactorPrompt.NONE)");
    }
    LoginCalls.LoginAnswer answer =
        calls.login(LoginCalls.basicAuthorization(username, password), rememberedTwoFactorToken);
    if (answer.requiresTwoFactorAuth().isEmpty()) {
      return new Session(answer.authToken(), rememberedTwoFactorToken);
    }
    Set<TwoFactorMethod> accepted = EnumSet.noneOf(TwoFactorMethod.class);
    answer
        .requiresTwoFactorAuth()
        .forEach(name -> TwoFactorMethod.fromApiName(name).ifPresent(accepted::add));
    if (accepted.isEmpty()) {
      throw new UnsupportedSecondFactorException(
          answer.requiresTwoFactorAuth(),
          answer.answered().status(),
          answer.answered().bodyExcerpt(),
          answer.answered().attempts());
    }
    TwoFactorCode code = prompt.answer(Set.copyOf(accepted));
    if (code == null || !accepted.contains(code.method())) {
      throw new IllegalArgumentException(
          "the prompt must answer with one of "
              + accepted
              + ", got "
              + (code == null ? null : code.method()));
    }
    LoginCalls.VerifyAnswer verified =
        calls.verify(factor(code.method()), answer.authToken(), code.code());
    if (!verified.verified()) {
      throw new TwoFactorRejectedException(
          code.method().apiName(),
          verified.answered().status(),
          verified.answered().bodyExcerpt(),
          verified.answered().attempts());
    }
    return new Session(answer.authToken(), verified.twoFactorAuthToken());
  }

  /**
   * Who the session belongs to.
   *
   * @throws IllegalArgumentException if {@code session} is null; nothing was sent
   * @throws UnauthorizedException 401: the session is over (log in again)
   */
  public LoggedInUser whoAmI(Session session) {
    LoginCalls.LoginAnswer answer = calls.currentUser(required(session).authToken());
    return new LoggedInUser(answer.userId(), answer.displayName());
  }

  /**
   * Whether the session is still valid, with VRChat's cheap token check ({@code GET /auth}).
   *
   * @return {@code false} when VRChat answers 401
   * @throws IllegalArgumentException if {@code session} is null; nothing was sent
   * @throws io.github.vrchatgroups.client.errors.VrchatApiException any other failure
   */
  public boolean isValid(Session session) {
    try {
      return calls.tokenValid(required(session).authToken());
    } catch (UnauthorizedException e) {
      return false;
    }
  }

  /**
   * Ends the session ({@code PUT /logout}).
   *
   * @throws IllegalArgumentException if {@code session} is null; nothing was sent
   * @throws UnauthorizedException 401: the session was already over
   */
  public void logout(Session session) {
    calls.logout(required(session).authToken());
  }

  private static Session required(Session session) {
    if (session == null) {
      throw new IllegalArgumentException("session must not be null");
    }
    return session;
  }

  /**
   * Releases the pooled connections. Calls made after closing fail with {@link
   * io.github.vrchatgroups.client.errors.ApiConnectionException}, nothing sent.
   */
  @Override
  public void close() {
    calls.close();
  }

  private static Factor factor(TwoFactorMethod method) {
    return switch (method) {
      case TOTP -> Factor.TOTP;
      case RECOVERY_CODE -> Factor.RECOVERY_CODE;
      case EMAIL_CODE -> Factor.EMAIL_CODE;
    };
  }

  /** Settings for a {@link VrchatLogin}; the same rules as {@link VrchatGroupsClient.Builder}. */
  public static final class Builder {
    private String baseUrl = VrchatGroupsClient.DEFAULT_BASE_URL;
    private String userAgent;
    private Duration connectTimeout = VrchatGroupsClient.DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = VrchatGroupsClient.DEFAULT_READ_TIMEOUT;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private boolean allowInsecureHttp;

    private Builder() {}

    /** The API's root URL; default {@value VrchatGroupsClient#DEFAULT_BASE_URL}. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** Required: {@code AppName/version contact}, as for {@link VrchatGroupsClient.Builder}. */
    public Builder userAgent(String userAgent) {
      this.userAgent = userAgent;
      return this;
    }

    /** Longest wait for a connection; default 10 s. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    /** Longest wait for a read, and with the connect timeout for a whole response; default 30 s. */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
      return this;
    }

    /** When to retry; default {@link RetryPolicy#defaults()}. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = retryPolicy;
      return this;
    }

    /** Allows plain http to a host that is not loopback; default {@code false}. */
    public Builder allowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
      return this;
    }

    /**
     * Checks the settings and builds the login. No request is made.
     *
     * @throws IllegalArgumentException naming the setting that is missing or invalid
     */
    public VrchatLogin build() {
      return new VrchatLogin(
          ClientSettings.checked(
              baseUrl,
              allowInsecureHttp,
              userAgent,
              null,
              connectTimeout,
              readTimeout,
              retryPolicy,
              HttpLogLevel.NONE,
              Sleeper.THREAD_SLEEP,
              Clock.systemUTC(),
              System::nanoTime,
              () -> ThreadLocalRandom.current().nextDouble(),
              RetryListener.NONE));
    }
  }
}
