package io.github.vrchatgroups.client;

import io.github.vrchatgroups.client.generated.api.GroupsApi;
import io.github.vrchatgroups.client.generated.model.GroupAuditLogEntry;
import io.github.vrchatgroups.client.generated.model.GroupAuditLogPage;
import io.github.vrchatgroups.client.generated.model.GroupMember;
import io.github.vrchatgroups.client.generated.model.RespondGroupJoinRequest;
import io.github.vrchatgroups.client.internal.ApiInvoker;
import io.github.vrchatgroups.client.internal.PagedListing;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The calls behind the facade's membership, ban and join-request methods, which check their
 * arguments first: who a user is to the group, the bans, the requests and their answers.
 */
final class Moderation {
  private final ApiInvoker<GroupsApi> api;

  Moderation(ApiInvoker<GroupsApi> api) {
    this.api = api;
  }

  GroupMembership membership(String groupId, String userId) {
    GroupMember member = api.read(groups -> groups.getGroupMember(groupId, userId));
    return member == null
        ? new GroupMembership(null, groupId, userId, null, MembershipStatus.NONE, null)
        : GroupMemberships.of(groupId, member, userId);
  }

  Stream<GroupMembership> bans(String groupId) {
    return PagedListing.stream(
        (pageSize, offset) ->
            GroupMemberships.all(
                groupId, api.read(groups -> groups.getGroupBans(groupId, pageSize, offset))),
        VrchatGroupsClient.MAX_PAGE_SIZE,
        GroupMembership::userId);
  }

  GroupBans readBans(String groupId, Instant readAt) {
    try (Stream<GroupMembership> bans = bans(groupId)) {
      return new GroupBans(
          groupId,
          bans.map(GroupMembership::userId).filter(Objects::nonNull).collect(Collectors.toSet()),
          readAt);
    }
  }

  Stream<GroupMembership> joinRequests(String groupId, boolean blocked) {
    return PagedListing.stream(
        (pageSize, offset) ->
            GroupMemberships.all(
                groupId,
                api.read(groups -> groups.getGroupRequests(groupId, pageSize, offset, blocked))),
        VrchatGroupsClient.MAX_PAGE_SIZE,
        GroupMembership::userId);
  }

  Stream<AuditLogEntry> auditLog(String groupId, AuditLogQuery query) {
    OffsetDateTime start = query.since() == null ? null : query.since().atOffset(ZoneOffset.UTC);
    OffsetDateTime end = query.until() == null ? null : query.until().atOffset(ZoneOffset.UTC);
    String eventTypes = query.eventTypes().isEmpty() ? null : String.join(",", query.eventTypes());
    String targets = query.targetIds().isEmpty() ? null : String.join(",", query.targetIds());
    return PagedListing.stream(
        (pageSize, offset) -> {
          GroupAuditLogPage page =
              api.read(
                  groups ->
                      groups.getGroupAuditLogs(
                          groupId, pageSize, offset, start, end, eventTypes, targets));
          List<AuditLogEntry> entries = new ArrayList<>();
          if (page != null && page.getResults() != null) {
            for (GroupAuditLogEntry entry : page.getResults()) {
              entries.add(entry == null ? null : entry(groupId, entry));
            }
          }
          return entries;
        },
        VrchatGroupsClient.MAX_PAGE_SIZE,
        AuditLogEntry::id);
  }

  private static AuditLogEntry entry(String groupId, GroupAuditLogEntry entry) {
    return new AuditLogEntry(
        entry.getId(),
        entry.getCreatedAt() == null ? null : entry.getCreatedAt().toInstant(),
        entry.getGroupId() == null ? groupId : entry.getGroupId(),
        entry.getEventType() == null ? "" : entry.getEventType(),
        entry.getActorId(),
        entry.getActorDisplayName(),
        entry.getTargetId(),
        entry.getDescription());
  }

  void answer(
      String groupId, String userId, RespondGroupJoinRequest.ActionEnum action, boolean block) {
    RespondGroupJoinRequest body = new RespondGroupJoinRequest().action(action).block(block);
    api.change(
        groups -> {
          groups.respondGroupJoinRequest(groupId, userId, body);
          return null;
        });
  }
}
