package io.github.vrchatgroups.client.batch;

import io.github.vrchatgroups.client.errors.Recovery;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one user of a {@link GroupBatch}: the outcome, and for a failure the SDK's
 * exception with its {@link Recovery}.
 */
public final class UserResult {
  private final String userId;
  private final UserOutcome outcome;
  private final String detail;
  private final VrchatApiException failure;
  private final boolean earlierRun;

  private UserResult(
      String userId,
      UserOutcome outcome,
      String detail,
      VrchatApiException failure,
      boolean earlierRun) {
    this.userId = userId;
    this.outcome = outcome;
    this.detail = detail == null ? "" : detail;
    this.failure = failure;
    this.earlierRun = earlierRun;
  }

  static UserResult of(String userId, UserOutcome outcome) {
    return new UserResult(userId, outcome, "", null, false);
  }

  static UserResult skippedBanned(String userId) {
    return new UserResult(
        userId,
        UserOutcome.SKIPPED_BANNED,
        "the group bans this user; letting them in would lift the ban",
        null,
        false);
  }

  /** A failed call: a final answer ({@link Recovery#FINAL}) is an outcome of its own. */
  static UserResult failed(String userId, VrchatApiException failure) {
    return new UserResult(
        userId,
        UserOutcome.of(failure),
        failure.getMessage(),
        Objects.requireNonNull(failure),
        false);
  }

  static UserResult earlier(String userId, JournalEntry entry) {
    return new UserResult(userId, entry.outcome(), entry.detail(), null, true);
  }

  /**
   * The user.
   *
   * @return the user's ID, as the stream gave it
   */
  public String userId() {
    return userId;
  }

  /**
   * What became of the user.
   *
   * @return the outcome
   */
  public UserOutcome outcome() {
    return outcome;
  }

  /**
   * What happened, in words: VRChat's message for a final answer or a failure, why a user was
   * skipped; empty for a plain success.
   *
   * @return one line, never {@code null}
   */
  public String detail() {
    return detail;
  }

  /**
   * The failure of the call, for {@link UserOutcome#FAILED} and the final answers VRChat gave as
   * errors ({@link UserOutcome#ALREADY_MEMBER} and the like) in this run; empty otherwise, and for
   * users done in an earlier run.
   *
   * @return the SDK's exception, whose {@link VrchatApiException#getRecovery()} says what to do
   */
  public Optional<VrchatApiException> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * Whether an earlier run of the batch got the user (read from the journal: nothing was sent).
   *
   * @return {@code true} for a user done before this run
   */
  public boolean earlierRun() {
    return earlierRun;
  }

  /** The user and the outcome, e.g. {@code usr_…: already_member}. */
  @Override
  public String toString() {
    return userId + ": " + outcome.code() + (earlierRun ? " (earlier run)" : "");
  }
}
