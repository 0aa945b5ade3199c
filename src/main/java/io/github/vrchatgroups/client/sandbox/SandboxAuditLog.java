package io.github.vrchatgroups.client.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The audit log of every group of the sandbox, written by the sandbox's own actions (an invite, a
 * cancel, a join, a request and its answer, a ban) with the event types VRChat's log uses, and read
 * as {@code GET /groups/{groupId}/auditLogs} answers: newest first, filtered, paged. Guarded by the
 * state's lock.
 */
final class SandboxAuditLog {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** One entry. */
  record Entry(String id, Instant at, String actorId, String targetId, String eventType) {}

  /** What a read asks for; {@code null} or empty parts do not restrict. */
  record Filter(Instant since, Instant until, Set<String> eventTypes, Set<String> targetIds) {
    boolean matches(Entry entry) {
      return (since == null || !entry.at().isBefore(since))
          && (until == null || !entry.at().isAfter(until))
          && (eventTypes.isEmpty() || eventTypes.contains(entry.eventType()))
          && (targetIds.isEmpty() || targetIds.contains(entry.targetId()));
    }
  }

  private final Supplier<Instant> now;
  private final Map<String, List<Entry>> entries = new LinkedHashMap<>();

  SandboxAuditLog(Supplier<Instant> now) {
    this.now = now;
  }

  void record(String groupId, String actorId, String targetId, String eventType) {
    entries
        .computeIfAbsent(groupId, id -> new ArrayList<>())
        .add(new Entry("gaud_" + UUID.randomUUID(), now.get(), actorId, targetId, eventType));
  }

  /** One page of the group's log, newest first, as VRChat's paginated list. */
  Map<String, Object> page(
      String groupId, Filter filter, int pageSize, int offset, Function<String, String> names) {
    List<Entry> matching =
        entries.getOrDefault(groupId, List.of()).stream()
            .filter(filter::matches)
            .sorted(Comparator.comparing(Entry::at).reversed())
            .toList();
    List<Map<String, Object>> results = new ArrayList<>();
    matching.stream()
        .skip(offset)
        .limit(pageSize)
        .forEach(entry -> results.add(json(groupId, entry, names)));
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("results", results);
    page.put("totalCount", matching.size());
    page.put("hasNext", offset + results.size() < matching.size());
    return page;
  }

  private static Map<String, Object> json(
      String groupId, Entry entry, Function<String, String> names) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", entry.id());
    json.put("created_at", TIMESTAMP.format(entry.at()));
    json.put("groupId", groupId);
    json.put("actorId", entry.actorId());
    json.put("actorDisplayName", entry.actorId() == null ? null : names.apply(entry.actorId()));
    json.put("targetId", entry.targetId());
    json.put("eventType", entry.eventType());
    json.put(
        "description", entry.eventType() + " of " + names.apply(entry.targetId()) + " (sandbox)");
    json.put("data", Map.of());
    return json;
  }

  /** The event types recorded for a group, oldest first, as {@code type target}. */
  List<String> describe(String groupId) {
    return entries.getOrDefault(groupId, List.of()).stream()
        .map(entry -> entry.eventType() + " " + entry.targetId())
        .toList();
  }

  void clear() {
    entries.clear();
  }
}
