package io.github.vrchatgroups.client;

import java.time.Instant;

/**
 * One entry of a group's audit log, as {@link VrchatGroupsClient#streamAuditLog} returns it. The
 * event type is an open set (VRChat adds types); the constants here are those this SDK reads. Every
 * field but {@code groupId} and {@code eventType} may be {@code null}.
 *
 * @param id the entry, {@code gaud_<uuid>}
 * @param createdAt when it happened
 * @param groupId the group
 * @param eventType what happened, such as {@value #INVITE_CREATED}; empty when VRChat sent none
 * @param actorId who did it
 * @param actorDisplayName the actor's display name
 * @param targetId whom (or what) it was done to: for the constants here, a user ID
 * @param description VRChat's words for it
 */
public record AuditLogEntry(
    String id,
    Instant createdAt,
    String groupId,
    String eventType,
    String actorId,
    String actorDisplayName,
    String targetId,
    String description) {

  /** The group sent an invite to the target. */
  public static final String INVITE_CREATED = "group.invite.create";

  /** The group withdrew its invite to the target. */
  public static final String INVITE_CANCELLED = "group.invite.cancel";

  /** The target joined (an invite or a request accepted). */
  public static final String MEMBER_JOINED = "group.member.join";

  /** The target asked to join. */
  public static final String REQUEST_CREATED = "group.request.create";

  /** The group rejected the target's request to join. */
  public static final String REQUEST_REJECTED = "group.request.reject";

  /** The group banned the target. */
  public static final String USER_BANNED = "group.user.ban";
}
