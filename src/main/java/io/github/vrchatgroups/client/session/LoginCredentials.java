package io.github.vrchatgroups.client.session;

import io.github.vrchatgroups.client.auth.TwoFactorPrompt;
import java.util.function.Supplier;

/**
 * What a {@link SessionKeeper} logs in with: the username, a supplier of the password (asked for
 * each login, so the password is never kept as a {@code String}; the keeper clears the array it
 * gets after the login), and the second factor. {@link #toString()} shows only the username.
 *
 * <pre>{@code
 * LoginCredentials credentials = LoginCredentials.of("botaccount",
 *     () -> System.getenv("VRCHAT_PASSWORD").toCharArray(),
 *     TwoFactorPrompt.totp(Totp.fromBase32Secret(System.getenv("VRCHAT_TOTP_SECRET"))));
 * }</pre>
 */
public final class LoginCredentials {
  private final String username;
  private final Supplier<char[]> password;
  private final TwoFactorPrompt secondFactor;

  private LoginCredentials(
      String username, Supplier<char[]> password, TwoFactorPrompt secondFactor) {
    this.username = username;
    this.password = password;
    this.secondFactor = secondFactor;
  }

  /**
   * The credentials of an account.
   *
   * @param username the account's username or e-mail address
   * @param password gives a fresh array with the password at each login (from a secret store, say)
   * @param secondFactor gives the second factor; {@link TwoFactorPrompt#NONE} for an account
   *     without
   * @throws IllegalArgumentException if an argument is null or the username blank
   */
  public static LoginCredentials of(
      String username, Supplier<char[]> password, TwoFactorPrompt secondFactor) {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("username must not be blank");
    }
    if (password == null) {
      throw new IllegalArgumentException("password must not be null");
    }
    if (secondFactor == null) {
      throw new IllegalArgumentException(
          "secondFactor must not be null (use TwoFactorPrompt.NONE for an account without one)");
    }
    return new LoginCredentials(username, password, secondFactor);
  }

  /** The username. */
  public String username() {
    return username;
  }

  /** A fresh copy of the password, from the supplier. */
  char[] password() {
    char[] value = password.get();
    if (value == null || value.length == 0) {
      throw new IllegalArgumentException("the password supplier gave no password");
    }
    return value;
  }

  TwoFactorPrompt secondFactor() {
    return secondFactor;
  }

  /** The username only. */
  @Override
  public String toString() {
    return "LoginCredentials{username=" + username + ", password=<redacted>}";
  }
}
