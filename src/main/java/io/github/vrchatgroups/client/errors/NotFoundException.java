package io.github.vrchatgroups.client.errors;

/**
 * HTTP 404 that the SDK does not recognise further; see {@link GroupNotFoundException} and {@link
 * UnknownRouteException} for the recognised ones.
 */
public class NotFoundException extends VrchatApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param serverMessage the message the server sent, or {@code null}
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  public NotFoundException(String serverMessage, String bodyExcerpt, int attempts) {
    this(404, serverMessage, bodyExcerpt, attempts);
  }

  /**
   * For a "not found" that VRChat answers with another status (an unknown route's 501).
   *
   * @param statusCode the HTTP status the server sent
   * @param serverMessage the message the server sent, or {@code null}
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  protected NotFoundException(
      int statusCode, String serverMessage, String bodyExcerpt, int attempts) {
    super(statusCode, serverMessage, bodyExcerpt, attempts, null);
  }

  @Override
  protected String describe() {
    return "not found";
  }
}
