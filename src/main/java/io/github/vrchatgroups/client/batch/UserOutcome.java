package io.github.vrchatgroups.client.batch;

import io.github.vrchatgroups.client.errors.AlreadyInvitedException;
import io.github.vrchatgroups.client.errors.AlreadyMemberException;
import io.github.vrchatgroups.client.errors.CannotInviteException;
import io.github.vrchatgroups.client.errors.NoJoinRequestException;
import io.github.vrchatgroups.client.errors.NotInvitedException;
import io.github.vrchatgroups.client.errors.TooManyGroupsException;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.util.Locale;
import java.util.Map;

/**
 * What became of one user of a {@link GroupBatch}. Every outcome but {@link #FAILED} is final: the
 * user is done, and a later run of the same batch does not send anything for them again — except
 * {@link #SKIPPED_BANNED}, which a later run looks at again (the ban may be gone) at no cost.
 */
public enum UserOutcome {
  /** Invited. */
  INVITED,
  /** Invited by {@link BatchOperation#INVITE_LIFTING_BANS}: the group had banned them; no more. */
  INVITED_BAN_LIFTED,
  /** Nothing sent: the group bans the user, and letting them in would lift the ban. */
  SKIPPED_BANNED,
  /** Their invite was withdrawn. */
  CANCELLED,
  /** Their request to join was accepted: they are a member. */
  ACCEPTED,
  /** Their request to join was rejected. */
  REJECTED,
  /** VRChat answered that they are already a member. */
  ALREADY_MEMBER,
  /** VRChat answered that they are already invited. */
  ALREADY_INVITED,
  /** VRChat answered that they cannot be invited (their privacy settings, for instance). */
  CANNOT_INVITE,
  /** VRChat answered that they have no pending invite to withdraw. */
  NOT_INVITED,
  /** VRChat answered that they have no request to join to answer. */
  NO_JOIN_REQUEST,
  /** VRChat answered that they are in too many groups to join another. */
  TOO_MANY_GROUPS,
  /**
   * Not done: the call failed, and its {@link UserResult#failure() failure} says what to do ({@link
   * io.github.vrchatgroups.client.errors.Recovery}). A later round or run tries again.
   */
  FAILED;

  /**
   * Whether the user is done: {@code false} only for {@link #FAILED}.
   *
   * @return whether a later run leaves the user alone
   */
  public boolean isDone() {
    return this != FAILED;
  }

  /**
   * The name in the journal and in reports, such as {@code already_member}.
   *
   * @return the lower-case name
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The outcome a journal line names; {@link #FAILED} for a name this version does not know (an
   * older journal's failure, such as {@code rate_limited}), so that the user is tried again.
   *
   * @param code the name, as {@link #code()} writes it
   * @return the outcome
   */
  static UserOutcome fromCode(String code) {
    for (UserOutcome outcome : values()) {
      if (outcome.code().equals(code)) {
        return outcome;
      }
    }
    return FAILED;
  }

  /** VRChat's final answers, each with the exception the SDK throws for it. */
  private static final Map<Class<? extends VrchatApiException>, UserOutcome> FINAL_ANSWERS =
      Map.of(
          AlreadyMemberException.class, ALREADY_MEMBER,
          AlreadyInvitedException.class, ALREADY_INVITED,
          CannotInviteException.class, CANNOT_INVITE,
          NotInvitedException.class, NOT_INVITED,
          NoJoinRequestException.class, NO_JOIN_REQUEST,
          TooManyGroupsException.class, TOO_MANY_GROUPS);

  /** The final answer a failure stands for, or {@link #FAILED} when it is not one. */
  static UserOutcome of(VrchatApiException failure) {
    return FINAL_ANSWERS.entrySet().stream()
        .filter(answer -> answer.getKey().isInstance(failure))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(FAILED);
  }
}
