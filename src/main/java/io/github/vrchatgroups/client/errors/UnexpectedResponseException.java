package io.github.vrchatgroups.client.errors;

/**
 * A response the SDK cannot read as the API's answer: a status outside 2xx, 4xx and 5xx (redirects
 * are never followed, so the auth cookie cannot leak to another host), or a success body that does
 * not parse or is longer than the SDK reads (1 MiB). Never retried: the answer would be the same.
 */
public class UnexpectedResponseException extends VrchatApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param statusCode the HTTP status
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   * @param cause the parse failure, or {@code null}
   */
  public UnexpectedResponseException(
      int statusCode, String bodyExcerpt, int attempts, Throwable cause) {
    super(statusCode, null, bodyExcerpt, attempts, cause);
  }

  @Override
  protected String describe() {
    return getCause() instanceof java.io.IOException
        ? "unexpected response (" + getCause().getMessage() + ")"
        : "unexpected response";
  }
}
