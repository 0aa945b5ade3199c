package io.github.vrchatgroups.client.errors;

/**
 * HTTP 403: the caller is in the group but lacks the group permission the call needs: {@code You
 * don't have permission\u2024} (the community spec's example for the bans) or {@code You're not
 * allowed to view membership details\u2024} (captured from reading a member). A ban-safe invite
 * reads the user's membership first, so it fails this way, sending nothing, when the account may
 * not read memberships: give its role the permission to manage members and bans.
 */
public class MissingPermissionException extends ForbiddenException {
  private static final long serialVersionUID = 1L;

  /**
   * @param serverMessage the message the server sent
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  public MissingPermissionException(String serverMessage, String bodyExcerpt, int attempts) {
    super(serverMessage, bodyExcerpt, attempts);
  }

  @Override
  protected String describe() {
    return "the caller's group role lacks the permission for this";
  }

  /** {@link Recovery#FIX_SETTINGS}. */
  @Override
  public Recovery getRecovery() {
    return Recovery.FIX_SETTINGS;
  }
}
