package io.github.vrchatgroups.client.sandbox;

import io.github.vrchatgroups.client.sandbox.SandboxState.Group;
import io.github.vrchatgroups.client.sandbox.SandboxState.Invite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The sandbox's moderation routes over its state: who a user is to a group, the bans, the join
 * requests and their answers, the audit log; each refused, as VRChat refuses it, to a caller
 * outside the group or whose role may not moderate. Every answer holds the state's lock.
 */
final class SandboxModeration {
  private final SandboxState state;

  SandboxModeration(SandboxState state) {
    this.state = state;
  }

  /**
   * Whether {@code caller} may read the group's memberships and bans: a token of no particular user
   * stands for a moderator of every group; a user must be a member whose role has the permission.
   * Returns the refusal, or {@code null}.
   */
  private static Reply moderationRefused(Group group, String caller, String noPermission) {
    if (caller.equals(SandboxState.NO_USER)) {
      return null;
    }
    if (!group.members.contains(caller)) {
      return Reply.error(403, SandboxMessages.NOT_A_MEMBER);
    }
    return group.withoutModeration.contains(caller) ? Reply.error(403, noPermission) : null;
  }

  /**
   * The answer of {@code answer} for the group, under the state's lock: 404 for a group the sandbox
   * does not know, the refusal for a caller who may not moderate it.
   */
  private Reply guarded(
      String groupId, String caller, String noPermission, Function<Group, Reply> answer) {
    synchronized (state) {
      Group group = state.existing(groupId);
      if (group == null) {
        return Reply.error(404, SandboxMessages.GROUP_NOT_FOUND);
      }
      Reply refused = moderationRefused(group, caller, noPermission);
      return refused != null ? refused : answer.apply(group);
    }
  }

  Reply membership(String groupId, String caller, String userId) {
    return guarded(
        groupId,
        caller,
        SandboxMessages.NOT_ALLOWED_TO_VIEW_MEMBERSHIP,
        group -> {
          Instant bannedAt = group.banned.get(userId);
          Invite invite = group.pending.get(userId);
          if (bannedAt != null) {
            return Reply.json(state.member(groupId, userId, "banned", Instant.EPOCH, bannedAt));
          }
          if (group.members.contains(userId)) {
            return Reply.json(state.member(groupId, userId, "member", Instant.EPOCH, null));
          }
          if (group.requests.containsKey(userId)) {
            return Reply.json(
                state.member(groupId, userId, "requested", group.requests.get(userId), null));
          }
          if (invite != null) {
            return Reply.json(state.member(groupId, userId, "invited", invite.at(), null));
          }
          // VRChat answers 200 with a null body for a user the group has no record of.
          return Reply.json(null);
        });
  }

  Reply bans(String groupId, String caller, int pageSize, int offset) {
    return guarded(
        groupId,
        caller,
        SandboxMessages.NO_PERMISSION,
        group -> {
          List<Map<String, Object>> page = new ArrayList<>();
          group.banned.entrySet().stream()
              .sorted(Map.Entry.comparingByValue())
              .skip(offset)
              .limit(pageSize)
              .forEach(
                  ban ->
                      page.add(
                          state.member(
                              groupId, ban.getKey(), "banned", ban.getValue(), ban.getValue())));
          return Reply.json(page);
        });
  }

  Reply joinRequests(String groupId, String caller, int pageSize, int offset, boolean blocked) {
    return guarded(
        groupId,
        caller,
        SandboxMessages.NO_PERMISSION,
        group -> {
          List<Map<String, Object>> page = new ArrayList<>();
          (blocked ? group.blockedRequests : group.requests)
              .entrySet().stream()
                  .skip(offset)
                  .limit(pageSize)
                  .forEach(
                      request ->
                          page.add(
                              state.member(
                                  groupId,
                                  request.getKey(),
                                  "requested",
                                  request.getValue(),
                                  null)));
          return Reply.json(page);
        });
  }

  /** Accepts or rejects a join request ({@code action}: accept or reject). */
  Reply answerJoinRequest(
      String groupId, String caller, String userId, String action, boolean block) {
    return guarded(
        groupId,
        caller,
        SandboxMessages.NO_PERMISSION,
        group -> {
          Instant askedAt = group.requests.get(userId);
          if (askedAt == null) {
            return Reply.error(400, SandboxMessages.noJoinRequest(action));
          }
          boolean accept = action.equals("accept");
          if (accept && state.inTooManyGroups.contains(userId)) {
            return Reply.error(
                403,
                SandboxMessages.tooManyGroups(state.displayNames.getOrDefault(userId, userId)));
          }
          group.requests.remove(userId);
          if (accept) {
            group.members.add(userId);
            state.audit.record(groupId, caller, userId, "group.member.join");
          } else {
            state.audit.record(groupId, caller, userId, "group.request.reject");
            if (block) {
              group.blockedRequests.put(userId, askedAt);
            }
          }
          state.answered(action + " " + groupId + "/" + userId);
          return Reply.ok();
        });
  }

  Reply auditLog(
      String groupId, String caller, SandboxAuditLog.Filter filter, int pageSize, int offset) {
    return guarded(
        groupId,
        caller,
        SandboxMessages.NO_PERMISSION,
        group -> {
          return Reply.json(
              state.audit.page(
                  groupId,
                  filter,
                  pageSize,
                  offset,
                  user -> user == null ? null : state.displayNames.getOrDefault(user, user)));
        });
  }
}
