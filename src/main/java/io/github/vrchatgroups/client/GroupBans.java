package io.github.vrchatgroups.client;

import java.time.Instant;
import java.util.Set;

/**
 * The users a group banned, as read once by {@link VrchatGroupsClient#readBans}: what {@link
 * VrchatGroupsClient#inviteUser(String, String, GroupBans)} checks each user against, so that a
 * batch reads the ban list once instead of once per user. A ban made after {@link #readAt()} is not
 * in it: read it again for a long batch.
 */
public final class GroupBans {
  private final String groupId;
  private final Set<String> userIds;
  private final Instant readAt;

  GroupBans(String groupId, Set<String> userIds, Instant readAt) {
    this.groupId = groupId;
    this.userIds = Set.copyOf(userIds);
    this.readAt = readAt;
  }

  /** The group whose bans these are, {@code grp_<uuid>}. */
  public String groupId() {
    return groupId;
  }

  /** The banned users' IDs; unmodifiable. */
  public Set<String> userIds() {
    return userIds;
  }

  /** When the list was read, by the client's {@link TimeSource}. */
  public Instant readAt() {
    return readAt;
  }

  /** Whether the group banned this user when the list was read. */
  public boolean contains(String userId) {
    return userId != null && userIds.contains(userId);
  }

  /** The group, the number of bans and when they were read. */
  @Override
  public String toString() {
    return "GroupBans{groupId=" + groupId + ", bans=" + userIds.size() + ", readAt=" + readAt + '}';
  }
}
