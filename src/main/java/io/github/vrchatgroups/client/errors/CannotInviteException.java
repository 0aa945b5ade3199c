package io.github.vrchatgroups.client.errors;

/**
 * HTTP 403 from an invite: VRChat's documented refusal, {@code You can't invite that user․} (the
 * user blocked the caller, or their settings refuse invites). A final answer for this user; other
 * users may still be invited.
 */
public class CannotInviteException extends ForbiddenException {
  private static final long serialVersionUID = 1L;

  /**
   * @param serverMessage the message the server sent
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  public CannotInviteException(String serverMessage, String bodyExcerpt, int attempts) {
    super(serverMessage, bodyExcerpt, attempts);
  }

  @Override
  protected String describe() {
    return "the caller cannot invite this user";
  }

  /** {@link Recovery#FINAL}. */
  @Override
  public Recovery getRecovery() {
    return Recovery.FINAL;
  }
}
