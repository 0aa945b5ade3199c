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
    super(404, serverMessage, bodyExcerpt, attempts, null);
  }

  @Override
  protected String describe() {
    return "not found";
  }
}
