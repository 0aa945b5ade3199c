package io.github.vrchatgroups.client.errors;

/**
 * HTTP 403: the caller may not do this. The documented answers have their own subclasses ({@link
 * CannotInviteException}, {@link NotGroupMemberException}, {@link FirewallBlockedException}); this
 * type itself means a 403 the SDK does not recognise.
 */
public class ForbiddenException extends VrchatApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param serverMessage the message the server sent, or {@code null}
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  public ForbiddenException(String serverMessage, String bodyExcerpt, int attempts) {
    super(403, serverMessage, bodyExcerpt, attempts, null);
  }

  @Override
  protected String describe() {
    return "forbidden";
  }
}
