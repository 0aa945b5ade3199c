package io.github.vrchatgroups.client;

/**
 * Where a user stands with a group, as {@link VrchatGroupsClient#getMembership} reads it. VRChat
 * adds values without notice: one this SDK does not know is {@link #UNKNOWN}, never an error.
 */
public enum MembershipStatus {
  /** A member of the group. */
  MEMBER,
  /** The group invited the user, who has not answered yet. */
  INVITED,
  /** The user asked to join, and nobody has answered yet. */
  REQUESTED,
  /** The group banned the user. An invite with the ban override lifts the ban. */
  BANNED,
  /** The user blocked the group. */
  USER_BLOCKED,
  /** A former member. */
  INACTIVE,
  /** The group has no record of the user (VRChat answers {@code null}). */
  NONE,
  /** A status VRChat sent that this SDK does not know yet. */
  UNKNOWN
}
