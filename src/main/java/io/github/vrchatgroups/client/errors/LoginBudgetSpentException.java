package io.github.vrchatgroups.client.errors;

import java.time.Instant;

/**
 * A session had to be renewed, but the login budget is spent (VRChat locks an account out for hours
 * after too many logins): <b>no login was sent</b>, nor the request that needed it. Do not retry
 * now: the next login is allowed at {@link #getNextLoginAllowedAt()}; until then every call that
 * needs a new session fails the same way, at once. Many logins in a short time mean something else
 * ends the sessions (another client logging the account out, a changed password, an IP the session
 * is bound to): look at that first.
 */
public class LoginBudgetSpentException extends VrchatApiException {
  private static final long serialVersionUID = 1L;

  private final int logins;
  private final Instant nextLoginAllowedAt;

  /**
   * @param logins the logins the budget allows per window, all spent
   * @param nextLoginAllowedAt when the oldest of them leaves the window
   */
  public LoginBudgetSpentException(int logins, Instant nextLoginAllowedAt) {
    super(0, null, null, 1, null);
    this.logins = logins;
    this.nextLoginAllowedAt = nextLoginAllowedAt;
  }

  /** When the budget allows the next login. */
  public Instant getNextLoginAllowedAt() {
    return nextLoginAllowedAt;
  }

  @Override
  protected String describe() {
    return "the session ended, and the login budget ("
        + logins
        + " per window) is spent; no login was sent; the next is allowed at "
        + nextLoginAllowedAt;
  }

  /** {@link Recovery#RETRY_LATER}, at {@link #getNextLoginAllowedAt()}: never now. */
  @Override
  public Recovery getRecovery() {
    return Recovery.RETRY_LATER;
  }
}
