package io.github.vrchatgroups.client.errors;

/**
 * HTTP 400 from a cancel or a decline: there is no such pending invite ({@code You can't uninvite a
 * user who wasn't invited․}, {@code You can't decline an invite that wasn't sent to you․}).
 */
public class NotInvitedException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  /**
   * @param serverMessage the message the server sent
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  public NotInvitedException(String serverMessage, String bodyExcerpt, int attempts) {
    super(serverMessage, bodyExcerpt, attempts);
  }

  @Override
  protected String describe() {
    return "there is no pending invite to withdraw or decline";
  }

  /** {@link Recovery#FINAL}. */
  @Override
  public Recovery getRecovery() {
    return Recovery.FINAL;
  }
}
