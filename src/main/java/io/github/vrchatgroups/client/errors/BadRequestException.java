package io.github.vrchatgroups.client.errors;

/**
 * HTTP 400: the server refused the request as it stands. The documented answers have their own
 * subclasses ({@link AlreadyMemberException}, {@link AlreadyInvitedException}, {@link
 * NotInvitedException}); this type itself means a 400 the SDK does not recognise.
 */
public class BadRequestException extends VrchatApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param serverMessage the message the server sent, or {@code null}
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  public BadRequestException(String serverMessage, String bodyExcerpt, int attempts) {
    super(400, serverMessage, bodyExcerpt, attempts, null);
  }

  @Override
  protected String describe() {
    return "bad request";
  }
}
