package io.github.vrchatgroups.client.errors;

/**
 * HTTP 400 from answering a join request: the user has not asked to join (or the request was
 * answered already), {@code You can't accept a join request for a user who hasn't requested to
 * join\u2024} (the community spec's text; a reject is recognised with {@code reject} in its place).
 * Final: answering again gets the same.
 */
public class NoJoinRequestException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  /**
   * @param serverMessage the message the server sent
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  public NoJoinRequestException(String serverMessage, String bodyExcerpt, int attempts) {
    super(serverMessage, bodyExcerpt, attempts);
  }

  @Override
  protected String describe() {
    return "the user has no join request";
  }

  /** {@link Recovery#FINAL}. */
  @Override
  public Recovery getRecovery() {
    return Recovery.FINAL;
  }
}
