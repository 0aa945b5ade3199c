package io.github.vrchatgroups.client.errors;

/**
 * HTTP 401 to a login's username and password: VRChat refused them. Fix the credentials: logging in
 * again with the same ones cannot succeed, and repeated failed logins lock the account out. A
 * session keeper that got this sends no further login until its password supplier gives other
 * credentials.
 */
public class WrongCredentialsException extends UnauthorizedException {
  private static final long serialVersionUID = 1L;

  /**
   * @param serverMessage the message the server sent, or {@code null}
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  public WrongCredentialsException(String serverMessage, String bodyExcerpt, int attempts) {
    super(serverMessage, bodyExcerpt, attempts);
  }

  @Override
  protected String describe() {
    return "wrong username or password";
  }

  /** {@link Recovery#FIX_SETTINGS}: the credentials. */
  @Override
  public Recovery getRecovery() {
    return Recovery.FIX_SETTINGS;
  }
}
