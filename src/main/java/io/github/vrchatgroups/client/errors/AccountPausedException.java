package io.github.vrchatgroups.client.errors;

import java.time.Duration;

/**
 * The account's {@link io.github.vrchatgroups.client.RateGovernor} would not give this request a
 * turn within the rest of its call's retry budget (a 429 paused the account for longer, or the pace
 * is slower than the budget allows): the request was <b>not sent</b>. Try again after {@link
 * #getWaitNeeded()}, or give the call a longer {@link
 * io.github.vrchatgroups.client.RetryPolicy.Builder#maxElapsed budget}.
 */
public class AccountPausedException extends VrchatApiException {
  private static final long serialVersionUID = 1L;

  private final Duration budgetLeft;

  /**
   * @param attempts the requests the call made before this one, at least 1 counted
   * @param budgetLeft how long the call could still have waited
   */
  public AccountPausedException(int attempts, Duration budgetLeft) {
    super(0, null, null, attempts, null);
    this.budgetLeft = budgetLeft;
  }

  /** How long the call could still have waited for its turn when it gave up. */
  public Duration getWaitNeeded() {
    return budgetLeft;
  }

  @Override
  protected String describe() {
    return "the account is paused or paced beyond the call's retry budget ("
        + budgetLeft.toMillis()
        + " ms left); nothing was sent";
  }
}
