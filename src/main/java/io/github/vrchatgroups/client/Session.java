package io.github.vrchatgroups.client;

/**
 * A logged-in session: the {@code auth} cookie's value, and the {@code twoFactorAuth} cookie's
 * value that lets later logins on the same device skip the second factor. Both are secrets: keep
 * them like passwords; {@link #toString()} never shows them.
 *
 * @param authToken the {@code auth} cookie's value, {@code authcookie_…}
 * @param twoFactorAuthToken the {@code twoFactorAuth} cookie's value, or {@code null} when the
 *     account has no second factor or the login skipped it
 */
public record Session(String authToken, String twoFactorAuthToken) {
  /**
   * @throws IllegalArgumentException if {@code authToken} is null or blank
   */
  public Session {
    if (authToken == null || authToken.isBlank()) {
      throw new IllegalArgumentException("authToken must not be blank");
    }
  }

  /** Says which tokens the session holds, never their values. */
  @Override
  public String toString() {
    return "Session{authToken=<redacted>, twoFactorAuthToken="
        + (twoFactorAuthToken == null ? "<none>" : "<redacted>")
        + '}';
  }
}
