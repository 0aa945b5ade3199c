package io.github.vrchatgroups.client.errors;

/** An HTTP 4xx status the API does not document for this call (e.g. 405, 409, 422). */
public class ClientErrorException extends VrchatApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param statusCode the HTTP status, 400 to 499
   * @param serverMessage the message the server sent, or {@code null}
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  public ClientErrorException(
      int statusCode, String serverMessage, String bodyExcerpt, int attempts) {
    super(statusCode, serverMessage, bodyExcerpt, attempts, null);
  }

  @Override
  protected String describe() {
    return "client error";
  }
}
