package io.github.vrchatgroups.client.errors;

/**
 * HTTP 404 for a route the API does not have, recognised by its body: a bare string, {@code
 * {"error":"…","status_code":404}}, where a missing group has the documented envelope. The base URL
 * is almost certainly wrong, for example {@code /api/1} missing or doubled; no call will succeed
 * until it is fixed.
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
