package io.github.vrchatgroups.client.errors;

/**
 * A route the API does not have, recognised by its body: a bare string, {@code
 * {"error":"…","status_code":…}}, where a missing group has the documented envelope. Any such 404
 * is one; so is {@code The endpoint you're looking for is not implemented by our system.} with any
 * status (captured with 501, vrchatapi.github.io pull request 30; later reported with 404). The
 * base URL is almost certainly wrong, for example {@code /api/1} missing or doubled; no call will
 * succeed until it is fixed.
 */
public class UnknownRouteException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  /**
   * @param serverMessage the message the server sent, or {@code null}
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  public UnknownRouteException(String serverMessage, String bodyExcerpt, int attempts) {
    super(serverMessage, bodyExcerpt, attempts);
  }

  /**
   * @param statusCode the HTTP status the server sent: 404, or 501 as VRChat was captured sending
   * @param serverMessage the message the server sent, or {@code null}
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  public UnknownRouteException(
      int statusCode, String serverMessage, String bodyExcerpt, int attempts) {
    super(statusCode, serverMessage, bodyExcerpt, attempts);
  }

  @Override
  protected String describe() {
    return "unknown API route: the base URL is probably wrong (is /api/1 missing or doubled?)";
  }

  /** {@link Recovery#FIX_SETTINGS}. */
  @Override
  public Recovery getRecovery() {
    return Recovery.FIX_SETTINGS;
  }
}
