package io.github.vrchatgroups.client.errors;

/**
 * HTTP 400 from an invite: the user is already a member of the group ({@code User <displayName> is
 * already a member of this group.}). A final answer: inviting again changes nothing.
 */
public class AlreadyMemberException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  /**
   * @param serverMessage the message the server sent
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  public AlreadyMemberException(String serverMessage, String bodyExcerpt, int attempts) {
    super(serverMessage, bodyExcerpt, attempts);
  }

  @Override
  protected String describe() {
    return "the user is already a member of the group";
  }

  /** {@link Recovery#FINAL}. */
  @Override
  public Recovery getRecovery() {
    return Recovery.FINAL;
  }
}
