package io.github.vrchatgroups.client.sandbox;

import io.github.vrchatgroups.client.sandbox.VrchatSandbox.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** What the sandbox knows. Reads and the invite decision are serialised, so concurrent invites are exact. */
final class SandboxState {
  final Set<String> tokens = ConcurrentHashMap.newKeySet();
  final Map<String, String> displayNames = new ConcurrentHashMap<>();
  final Set<String> refusing = ConcurrentHashMap.newKeySet();
  private final Map<String, Group> groups = new ConcurrentHashMap<>();
  private final List<String> sent = new ArrayList<>();

  static final class Group {
    final Set<String> members = ConcurrentHashMap.newKeySet();
    final Set<String> pendingInvites = ConcurrentHashMap.newKeySet();
    final Set<String> blocked = ConcurrentHashMap.newKeySet();
  }

  Group group(String groupId) {
    return groups.computeIfAbsent(groupId, id -> new Group());
  }

  synchronized Reply invite(String groupId, String userId, boolean confirmOverrideBlock) {
    Group group = groups.get(groupId);
    if (group == null) {
      return Reply.error(404, VrchatSandbox.GROUP_NOT_FOUND);
    }
    String displayName = displayNames.get(userId);
    if (displayName == null || refusing.contains(userId) || (group.blocked.contains(userId) && !confirmOverrideBlock)) {
      return Reply.error(403, VrchatSandbox.CANNOT_INVITE);
    }
    if (group.members.contains(userId)) {
      return Reply.error(400, "User " + displayName + " is already a member of this group.");
    }
    if (!group.pendingInvites.add(userId)) {
      return Reply.error(400, "User " + displayName + " is already invited.");
    }
    group.blocked.remove(userId);
    sent.add(groupId + "/" + userId);
    return Reply.ok();
  }

  synchronized Set<String> pendingInvites(String groupId) {
    Group group = groups.get(groupId);
    return group == null ? Set.of() : Set.copyOf(new TreeSet<>(group.pendingInvites));
  }

  synchronized List<String> sentInvites() {
    return List.copyOf(sent);
  }

  synchronized void clear() {
    tokens.clear();
    displayNames.clear();
    refusing.clear();
    groups.clear();
    sent.clear();
  }
}
