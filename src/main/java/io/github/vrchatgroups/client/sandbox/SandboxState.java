package io.github.vrchatgroups.client.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** What the sandbox knows. Every decision is serialised, so concurrent requests see exact state. */
final class SandboxState {
  /** The caller of a token that belongs to no user the sandbox knows. */
  static final String NO_USER = "";

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  final Map<String, String> tokens = new ConcurrentHashMap<>();
  final Map<String, String> displayNames = new ConcurrentHashMap<>();
  final Set<String> refusing = ConcurrentHashMap.newKeySet();
  final Set<String> blockedApplications = ConcurrentHashMap.newKeySet();

  /** Users whose join requests cannot be accepted: they are in too many groups. */
  final Set<String> inTooManyGroups = ConcurrentHashMap.newKeySet();

  volatile boolean acceptAnyUser;
  private final Map<String, Group> groups = new ConcurrentHashMap<>();
  private final List<String> sent = new ArrayList<>();
  private final List<String> answered = new ArrayList<>();
  private final Supplier<Instant> now;
  final SandboxAuditLog audit;

  /**
   * @param now the sandbox's clock, for the dates of invites, requests and the audit log
   */
  SandboxState(Supplier<Instant> now) {
    this.now = now;
    this.audit = new SandboxAuditLog(now);
  }

  /** A pending invite: when it was sent. */
  record Invite(Instant at) {}

  static final class Group {
    final Set<String> members = ConcurrentHashMap.newKeySet();

    /** Members whose role may not read memberships or bans. */
    final Set<String> withoutModeration = ConcurrentHashMap.newKeySet();

    /** Banned users, in the order banned, with when. */
    final Map<String, Instant> banned = new ConcurrentHashMap<>();

    final Set<String> blockedBy = ConcurrentHashMap.newKeySet();

    /** Users who asked to join, in the order asked, with when. */
    final Map<String, Instant> requests = new LinkedHashMap<>();

    /** Users whose request was rejected with a block, with when they asked. */
    final Map<String, Instant> blockedRequests = new LinkedHashMap<>();

    final Map<String, Invite> pending = new LinkedHashMap<>();
  }

  /** The group, or {@code null} when the sandbox does not know it. */
  Group existing(String groupId) {
    return groups.get(groupId);
  }

  /** Records an answer to a join request, as {@code answeredJoinRequests} reports it. */
  void answered(String answer) {
    answered.add(answer);
  }

  Group group(String groupId) {
    return groups.computeIfAbsent(groupId, id -> new Group());
  }

  synchronized void addPending(String groupId, String userId) {
    group(groupId).pending.putIfAbsent(userId, new Invite(now.get()));
  }

  synchronized Reply invite(
      String groupId, String caller, String userId, boolean confirmOverrideBlock) {
    Group group = groups.get(groupId);
    if (group == null) {
      return Reply.error(404, SandboxMessages.GROUP_NOT_FOUND);
    }
    String displayName =
        acceptAnyUser ? displayNames.getOrDefault(userId, userId) : displayNames.get(userId);
    // Undocumented by VRChat: what an invite without the override answers for a banned user. The
    // sandbox refuses it (its documented 403); with the override, the invite lifts the ban, as the
    // help centre says ("Managing a Group").
    boolean blockedByGroup = group.banned.containsKey(userId) && !confirmOverrideBlock;
    if (displayName == null
        || refusing.contains(userId)
        || group.blockedBy.contains(userId)
        || blockedByGroup) {
      return Reply.error(403, SandboxMessages.CANNOT_INVITE);
    }
    if (group.members.contains(userId)) {
      return Reply.error(400, SandboxMessages.alreadyMember(displayName));
    }
    if (group.pending.containsKey(userId)) {
      return Reply.error(400, SandboxMessages.alreadyInvited(displayName));
    }
    addPending(groupId, userId);
    if (group.banned.remove(userId) != null) {
      audit.record(groupId, caller, userId, "group.user.unban");
    }
    audit.record(groupId, caller, userId, "group.invite.create");
    sent.add(groupId + "/" + userId);
    return Reply.ok();
  }

  synchronized Reply listInvites(String groupId, String caller, int pageSize, int offset) {
    Group group = groups.get(groupId);
    if (group == null) {
      return Reply.error(404, SandboxMessages.GROUP_NOT_FOUND);
    }
    if (!group.members.contains(caller)) {
      return Reply.error(403, SandboxMessages.NOT_A_MEMBER);
    }
    List<Map<String, Object>> page = new ArrayList<>();
    group.pending.entrySet().stream()
        .skip(offset)
        .limit(pageSize)
        .forEach(
            entry ->
                page.add(member(groupId, entry.getKey(), "invited", entry.getValue().at(), null)));
    return Reply.json(page);
  }

  synchronized void addJoinRequest(String groupId, String userId) {
    if (group(groupId).requests.putIfAbsent(userId, now.get()) == null) {
      audit.record(groupId, userId, userId, "group.request.create");
    }
  }

  /** A pending invite sent before the test began, in the audit log as sent by nobody known. */
  synchronized void recordPendingInvite(String groupId, String userId) {
    if (!group(groupId).pending.containsKey(userId)) {
      addPending(groupId, userId);
      audit.record(groupId, null, userId, "group.invite.create");
    }
  }

  synchronized void ban(String groupId, String userId) {
    if (group(groupId).banned.putIfAbsent(userId, now.get()) == null) {
      audit.record(groupId, null, userId, "group.user.ban");
    }
  }

  /** The invited user accepts: a member now, as VRChat's client does it. */
  synchronized boolean acceptInvite(String groupId, String userId) {
    Group group = groups.get(groupId);
    if (group == null || group.pending.remove(userId) == null) {
      return false;
    }
    group.members.add(userId);
    audit.record(groupId, userId, userId, "group.member.join");
    return true;
  }

  synchronized List<String> auditLog(String groupId) {
    return audit.describe(groupId);
  }

  synchronized Set<String> joinRequests(String groupId) {
    Group group = groups.get(groupId);
    return group == null
        ? Set.of()
        : Collections.unmodifiableSortedSet(new TreeSet<>(group.requests.keySet()));
  }

  synchronized Set<String> members(String groupId) {
    Group group = groups.get(groupId);
    return group == null
        ? Set.of()
        : Collections.unmodifiableSortedSet(new TreeSet<>(group.members));
  }

  synchronized List<String> answeredJoinRequests() {
    return List.copyOf(answered);
  }

  synchronized Reply cancel(String groupId, String caller, String userId) {
    Group group = groups.get(groupId);
    if (group == null || group.pending.remove(userId) == null) {
      return Reply.error(400, SandboxMessages.NOT_INVITED_TO_CANCEL);
    }
    audit.record(groupId, caller, userId, "group.invite.cancel");
    return Reply.ok();
  }

  synchronized Reply decline(String groupId, String caller, boolean block) {
    Group group = groups.get(groupId);
    if (group == null) {
      return Reply.error(404, SandboxMessages.GROUP_NOT_FOUND);
    }
    if (group.pending.remove(caller) == null) {
      return Reply.error(400, SandboxMessages.NOT_INVITED_TO_DECLINE);
    }
    if (block) {
      group.blockedBy.add(caller);
    }
    return Reply.success(SandboxMessages.INVITE_DECLINED);
  }

  /** A membership record, its ID derived from the group and the user. */
  Map<String, Object> member(
      String groupId, String userId, String status, Instant createdAt, Instant bannedAt) {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("id", userId);
    user.put("displayName", displayNames.getOrDefault(userId, userId));
    user.put("thumbnailUrl", null);
    user.put("iconUrl", "");
    user.put("profilePicOverride", "");
    user.put("currentAvatarThumbnailImageUrl", null);
    user.put("currentAvatarTags", List.of());
    Map<String, Object> member = new LinkedHashMap<>();
    // One membership record per group and user, as VRChat keeps it, whatever its status.
    member.put("id", "gmem_" + UUID.nameUUIDFromBytes((groupId + userId).getBytes(UTF_8)));
    member.put("groupId", groupId);
    member.put("userId", userId);
    member.put("isRepresenting", false);
    member.put("user", user);
    member.put("roleIds", List.of());
    member.put("mRoleIds", List.of());
    member.put("joinedAt", null);
    member.put("membershipStatus", status);
    member.put("visibility", "visible");
    member.put("isSubscribedToAnnouncements", false);
    member.put("isSubscribedToEventAnnouncements", false);
    member.put("createdAt", TIMESTAMP.format(createdAt));
    member.put("bannedAt", bannedAt == null ? null : TIMESTAMP.format(bannedAt));
    member.put("managerNotes", null);
    member.put("lastPostReadAt", null);
    member.put("hasJoinedFromPurchase", false);
    member.put("acceptedById", null);
    member.put("acceptedByDisplayName", null);
    return member;
  }

  synchronized Set<String> pendingInvites(String groupId) {
    Group group = groups.get(groupId);
    return group == null ? Set.of() : Set.copyOf(new TreeSet<>(group.pending.keySet()));
  }

  synchronized Set<String> bannedUsers(String groupId) {
    Group group = groups.get(groupId);
    return group == null
        ? Set.of()
        : Collections.unmodifiableSortedSet(new TreeSet<>(group.banned.keySet()));
  }

  synchronized List<String> sentInvites() {
    return List.copyOf(sent);
  }

  private final java.util.Deque<Long> sessionEnds = new java.util.ArrayDeque<>();
  private long requestsCounted;

  /** Ends every session once {@code requests} more requests (logins aside) have been answered. */
  synchronized void endSessionsAfter(int requests) {
    sessionEnds.addLast(requestsCounted + requests);
  }

  /** Counts a request that is no login; ends every session when a countdown runs out. */
  synchronized void countRequest() {
    requestsCounted++;
    while (!sessionEnds.isEmpty() && sessionEnds.peekFirst() < requestsCounted) {
      sessionEnds.removeFirst();
      tokens.clear();
    }
  }

  synchronized void clear() {
    sessionEnds.clear();
    requestsCounted = 0;
    tokens.clear();
    displayNames.clear();
    refusing.clear();
    blockedApplications.clear();
    acceptAnyUser = false;
    inTooManyGroups.clear();
    groups.clear();
    sent.clear();
    answered.clear();
    audit.clear();
  }
}
