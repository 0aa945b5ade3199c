package io.github.vrchatgroups.client.errors;

/**
 * HTTP 401: no auth cookie was sent, or the server does not accept it (expired or revoked): log in
 * again.
 */
public class UnauthorizedException extends VrchatApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param serverMessage the message the server sent, or {@code null}
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  public UnauthorizedException(String serverMessage, String bodyExcerpt, int attempts) {
    super(401, serverMessage, bodyExcerpt, attempts, null);
  }

  @Override
  protected String describe() {
    return "unauthorized";
  }

  /** {@link Recovery#LOG_IN_AGAIN}. */
  @Override
  public Recovery getRecovery() {
    return Recovery.LOG_IN_AGAIN;
  }
}
