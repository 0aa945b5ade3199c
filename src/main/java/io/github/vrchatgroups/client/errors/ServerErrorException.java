package io.github.vrchatgroups.client.errors;

/**
 * HTTP 5xx: the API or a proxy in front of it failed. The body is often HTML from the proxy, so the
 * server message is frequently empty; see {@link #getBodyExcerpt()}. A 5xx to an invite is not
 * retried unless it is a 503 with {@code Retry-After}, since the invite may have been sent.
 */
public class ServerErrorException extends VrchatApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param statusCode the HTTP status, 500 to 599
   * @param serverMessage the message the server sent, or {@code null}
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  public ServerErrorException(
      int statusCode, String serverMessage, String bodyExcerpt, int attempts) {
    super(statusCode, serverMessage, bodyExcerpt, attempts, null);
  }

  @Override
  protected String describe() {
    return "server error";
  }
}
