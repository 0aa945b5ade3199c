package io.github.vrchatgroups.client.errors;

/**
 * HTTP 400 from an invite: an invite to the user is already pending ({@code User <displayName> is
 * already invited.}). A final answer: inviting again changes nothing.
 */
public class AlreadyInvitedException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  /**
   * @param serverMessage the message the server sent
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  public AlreadyInvitedException(String serverMessage, String bodyExcerpt, int attempts) {
    super(serverMessage, bodyExcerpt, attempts);
  }

  @Override
  protected String describe() {
    return "an invite to the user is already pending";
  }

  /** {@link Recovery#FINAL}. */
  @Override
  public Recovery getRecovery() {
    return Recovery.FINAL;
  }
}
