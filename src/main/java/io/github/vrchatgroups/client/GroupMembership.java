package io.github.vrchatgroups.client;

import java.time.Instant;

/**
 * One user's membership of a group, as {@link VrchatGroupsClient#getMembership} and {@link
 * VrchatGroupsClient#streamBans} return it. VRChat sends {@code null} for fields it documents as
 * always present, so every field but {@code groupId}, {@code userId} and {@code status} may be
 * {@code null}.
 *
 * @param memberId the membership record, {@code gmem_<uuid>}, or {@code null}
 * @param groupId the group, {@code grp_<uuid>}
 * @param userId the user
 * @param displayName the user's display name, or {@code null} when the API sent none
 * @param status where the user stands; {@link MembershipStatus#NONE} when the group has no record
 * @param bannedAt when the group banned the user, or {@code null}
 */
public record GroupMembership(
    String memberId,
    String groupId,
    String userId,
    String displayName,
    MembershipStatus status,
    Instant bannedAt) {

  /**
   * Whether the group bans the user: the status says {@code banned}, or VRChat sent a ban date
   * whatever the status (an unknown status with a ban date counts as a ban, so that a value VRChat
   * adds never lets a banned user in).
   */
  public boolean isBanned() {
    return status == MembershipStatus.BANNED || bannedAt != null;
  }
}
