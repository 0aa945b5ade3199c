package io.github.vrchatgroups.client.errors;

/**
 * HTTP 403 from accepting a join request: the user is in as many groups as VRChat allows, {@code
 * <displayName> can't join right now because they're in too many groups\u2024} (captured,
 * vrchatapi/specification issue 541). Final for this request: the user must leave a group first;
 * the request stays, and can be accepted later.
 */
public class TooManyGroupsException extends ForbiddenException {
  private static final long serialVersionUID = 1L;

  /**
   * @param serverMessage the message the server sent
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  public TooManyGroupsException(String serverMessage, String bodyExcerpt, int attempts) {
    super(serverMessage, bodyExcerpt, attempts);
  }

  @Override
  protected String describe() {
    return "the user is in too many groups to join now";
  }

  /** {@link Recovery#FINAL}. */
  @Override
  public Recovery getRecovery() {
    return Recovery.FINAL;
  }
}
