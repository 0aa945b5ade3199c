package io.github.vrchatgroups.client.errors;

/**
 * HTTP 404: the group does not exist ({@code Can't find groupǃ}). Every call on this group will
 * fail the same way: check the group ID.
 */
public class GroupNotFoundException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  /**
   * @param serverMessage the message the server sent
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   */
  public GroupNotFoundException(String serverMessage, String bodyExcerpt, int attempts) {
    super(serverMessage, bodyExcerpt, attempts);
  }

  @Override
  protected String describe() {
    return "group not found";
  }

  /** {@link Recovery#FIX_SETTINGS}. */
  @Override
  public Recovery getRecovery() {
    return Recovery.FIX_SETTINGS;
  }
}
