package io.github.vrchatgroups.client.errors;

/**
 * HTTP 403 from a listing: the caller is not a member of the group. VRChat was captured answering
 * {@code You're not a member\u2024} (U+2024 ONE DOT LEADER); the community spec types {@code You're
 * not a member.}: both are recognised.
 */
public class NotGroupMemberException extends ForbiddenException {
  private static final long serialVersionUID = 1L;

  /**
   * @param serverMessage the message the server sent
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  public NotGroupMemberException(String serverMessage, String bodyExcerpt, int attempts) {
    super(serverMessage, bodyExcerpt, attempts);
  }

  @Override
  protected String describe() {
    return "the caller is not a member of the group";
  }

  /** {@link Recovery#FIX_SETTINGS}. */
  @Override
  public Recovery getRecovery() {
    return Recovery.FIX_SETTINGS;
  }
}
