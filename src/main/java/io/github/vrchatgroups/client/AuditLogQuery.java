package io.github.vrchatgroups.client;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which entries of a group's audit log {@link VrchatGroupsClient#streamAuditLog} reads: from a
 * time, up to a time, of some event types, about some targets. Immutable; start from {@link
 * #all()}. Every part left unset means no restriction.
 */
public final class AuditLogQuery {
  // Parts travel comma-separated in one query parameter, so no part may hold a comma or a space.
  private static final Pattern PART = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final AuditLogQuery ALL = new AuditLogQuery(null, null, List.of(), List.of());

  private final Instant since;
  private final Instant until;
  private final List<String> eventTypes;
  private final List<String> targetIds;

  private AuditLogQuery(
      Instant since, Instant until, List<String> eventTypes, List<String> targetIds) {
    this.since = since;
    this.until = until;
    this.eventTypes = eventTypes;
    this.targetIds = targetIds;
  }

  /** Every entry of the log. */
  public static AuditLogQuery all() {
    return ALL;
  }

  /**
   * Only entries from this time on.
   *
   * @throws IllegalArgumentException if {@code since} is null or after {@link #until()}
   */
  public AuditLogQuery since(Instant since) {
    if (since == null || (until != null && since.isAfter(until))) {
      throw new IllegalArgumentException("since must be set and not after until, got " + since);
    }
    return new AuditLogQuery(since, until, eventTypes, targetIds);
  }

  /**
   * Only entries up to this time.
   *
   * @throws IllegalArgumentException if {@code until} is null or before {@link #since()}
   */
  public AuditLogQuery until(Instant until) {
    if (until == null || (since != null && until.isBefore(since))) {
      throw new IllegalArgumentException("until must be set and not before since, got " + until);
    }
    return new AuditLogQuery(since, until, eventTypes, targetIds);
  }

  /**
   * Only entries of these event types, such as {@link AuditLogEntry#MEMBER_JOINED}.
   *
   * @throws IllegalArgumentException naming a type that is null, empty or holds a comma or a space
   */
  public AuditLogQuery eventTypes(String... eventTypes) {
    return new AuditLogQuery(since, until, checked(eventTypes, "eventTypes"), targetIds);
  }

  /**
   * Only entries about these targets (user IDs, for the events this SDK reads).
   *
   * @throws IllegalArgumentException naming a target that is null, empty or holds a comma or a
   *     space
   */
  public AuditLogQuery targets(String... targetIds) {
    return new AuditLogQuery(since, until, eventTypes, checked(targetIds, "targetIds"));
  }

  /** The start of the range, or {@code null}. */
  public Instant since() {
    return since;
  }

  /** The end of the range, or {@code null}. */
  public Instant until() {
    return until;
  }

  /** The event types asked for; empty for all. */
  public List<String> eventTypes() {
    return eventTypes;
  }

  /** The targets asked for; empty for all. */
  public List<String> targetIds() {
    return targetIds;
  }

  private static List<String> checked(String[] parts, String name) {
    if (parts == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    for (String part : parts) {
      if (part == null || !PART.matcher(part).matches()) {
        throw new IllegalArgumentException(
            name + " must be IDs or event types without commas or spaces, got " + part);
      }
    }
    return List.of(parts);
  }
}
