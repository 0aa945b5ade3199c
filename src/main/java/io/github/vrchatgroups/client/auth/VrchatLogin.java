package io.github.vrchatgroups.client.auth;

import io.github.vrchatgroups.client.ConnectionBuilder;
import io.github.vrchatgroups.client.Session;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.VrchatOptions;
import io.github.vrchatgroups.client.errors.SecondFactorPendingException;
import io.github.vrchatgroups.client.errors.TwoFactorRejectedException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import io.github.vrchatgroups.client.errors.UnsupportedSecondFactorException;
import io.github.vrchatgroups.client.errors.WrongCredentialsException;
import io.github.vrchatgroups.client.internal.ClientSettings;
import io.github.vrchatgroups.client.internal.LoginCalls;
import io.github.vrchatgroups.client.internal.LoginCalls.Factor;
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
 * VrchatOptions options = VrchatOptions.builder().userAgent("MyGroupBot/1.2 admin@example.com").build();
 * try (VrchatLogin login = VrchatLogin.create(options)) {
 *   Session session = login.login("botaccount", password,
 *       TwoFactorPrompt.totp(Totp.fromBase32Secret(System.getenv("VRCHAT_TOTP_SECRET"))));
 *   try (VrchatGroupsClient client = login.client(session)) {
 *     client.inviteUser(groupId, userId);
 *   }
 * }
 * }</pre>
 *
 * <p>The password is used for one request and never kept, logged or put in an exception. A login is
 * retried only when the server certainly did not act (as an invite is), since each one opens a
 * session.
 */
public final class VrchatLogin implements AutoCloseable {
  private final VrchatOptions options;
  private final LoginCalls calls;

  private VrchatLogin(VrchatOptions options) {
    this.options = options;
    this.calls =
        new LoginCalls(
            ClientSettings.of(options, null, () -> ThreadLocalRandom.current().nextDouble()));
  }

  /** Starts the settings; {@link Builder#userAgent} must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A login made from these options; it shares its connection pool with every client and login made
   * from the same value.
   *
   * @throws IllegalArgumentException if {@code options} is null
   */
  public static VrchatLogin create(VrchatOptions options) {
    return builder().options(options).build();
  }

  /**
   * The client for the group calls, acting as the session's user, with this login's options and
   * connection pool: the one call from a login to the invites.
   *
   * @param session a session from {@link #login}
   * @return a new client; close it when done (the pool closes when its last user is closed)
   * @throws IllegalArgumentException if {@code session} is null
   */
  public VrchatGroupsClient client(Session session) {
    return VrchatGroupsClient.builder().options(options).session(required(session)).build();
  }

  /**
   * Logs in with a username and a password; asks {@code prompt} for the second factor if the
   * account has one.
   *
   * @param username the account's username or e-mail address
   * @param password the password; not kept after the call (clear the array yourself afterwards)
   * @param prompt gives the second factor when the account needs one
   * @return the session
   * @throws WrongCredentialsException 401 to the username and password: fix them; do not retry
   * @throws UnauthorizedException 401 to the second factor's verification: the half-open session
   *     ended; log in again
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
    LoginCalls.LoginAnswer answer;
    try {
      answer =
          calls.login(LoginCalls.basicAuthorization(username, password), rememberedTwoFactorToken);
    } catch (SecondFactorPendingException e) {
      throw e;
    } catch (UnauthorizedException e) {
      // A 401 to the username and password themselves, unlike one to any later request.
      throw (WrongCredentialsException)
          new WrongCredentialsException(
                  e.getServerMessage().orElse(null), e.getBodyExcerpt(), e.getAttempts())
              .initRequestId(e.getRequestId().orElse(null));
    }
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
   * Lets go of the connection pool, which closes once nothing made from the same options uses it (a
   * {@link #client} stays usable until it is closed too). Calls made after closing fail with {@link
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

  /**
   * Settings for a {@link VrchatLogin}: the connection settings every builder shares, or a whole
   * {@link VrchatOptions} value.
   */
  public static final class Builder extends ConnectionBuilder<Builder> {
    private Builder() {}

    /**
     * Checks the settings and builds the login. No request is made.
     *
     * @throws IllegalArgumentException naming the setting that is missing or invalid
     */
    public VrchatLogin build() {
      return new VrchatLogin(checkedOptions());
    }
  }
}
