package io.github.vrchatgroups.client;

import io.github.vrchatgroups.client.generated.model.GroupMember;
import io.github.vrchatgroups.client.generated.model.GroupMemberLimitedUser;
import io.github.vrchatgroups.client.generated.model.GroupMemberStatus;
import java.util.ArrayList;
import java.util.List;

/** Reads the generated {@code GroupMember} as the public {@link GroupMembership}. */
final class GroupMemberships {
  private GroupMemberships() {}

  /**
   * @param groupId the group asked about, used when the API sends none
   * @param userId the user asked about, used when the API sends none ({@code null} for a listing)
   */
  static GroupMembership of(String groupId, GroupMember member, String userId) {
    GroupMemberLimitedUser user = member.getUser();
    return new GroupMembership(
        member.getId(),
        member.getGroupId() == null ? groupId : member.getGroupId(),
        member.getUserId() == null ? userId : member.getUserId(),
        user == null ? null : user.getDisplayName(),
        status(member.getMembershipStatus()),
        member.getBannedAt() == null ? null : member.getBannedAt().toInstant());
  }

  /** A page of a listing, a {@code null} where the API sent a null item. */
  static List<GroupMembership> all(String groupId, List<GroupMember> members) {
    List<GroupMembership> memberships = new ArrayList<>(members.size());
    for (GroupMember member : members) {
      memberships.add(member == null ? null : of(groupId, member, null));
    }
    return memberships;
  }

  private static MembershipStatus status(GroupMemberStatus status) {
    if (status == null) {
      return MembershipStatus.UNKNOWN;
    }
    switch (status) {
      case MEMBER:
        return MembershipStatus.MEMBER;
      case INVITED:
        return MembershipStatus.INVITED;
      case REQUESTED:
        return MembershipStatus.REQUESTED;
      case BANNED:
        return MembershipStatus.BANNED;
      case USERBLOCKED:
        return MembershipStatus.USER_BLOCKED;
      case INACTIVE:
        return MembershipStatus.INACTIVE;
      default:
        return MembershipStatus.UNKNOWN;
    }
  }
}
