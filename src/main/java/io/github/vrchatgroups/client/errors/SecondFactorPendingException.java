package io.github.vrchatgroups.client.errors;

/**
 * HTTP 401 {@code "Requires Two-Factor Authentication"}: the session's password step was accepted
 * but its second factor was never verified, so it may do nothing yet. Finish the login (verify the
 * code) or log in again; a session keeper logs in again by itself.
 */
public class SecondFactorPendingException extends UnauthorizedException {
  private static final long serialVersionUID = 1L;

  /**
   * @param serverMessage the message the server sent, or {@code null}
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  public SecondFactorPendingException(String serverMessage, String bodyExcerpt, int attempts) {
    super(serverMessage, bodyExcerpt, attempts);
  }

  @Override
  protected String describe() {
    return "the session's second factor is still pending";
  }
}
