package io.github.vrchatgroups.client;

import java.time.Instant;

/**
 * A pending invite of a group, as {@link VrchatGroupsClient#listInvites} returns it. VRChat sends
 * {@code null} for fields it documents as always present, so every field but {@code groupId} may be
 * {@code null}.
 *
 * @param memberId the membership record of the invite, {@code gmem_<uuid>}, or {@code null}
 * @param groupId the group, {@code grp_<uuid>}
 * @param userId the invited user, or {@code null}
 * @param displayName the invited user's display name, or {@code null} when the API sent none
 * @param invitedAt when the invite was sent, or {@code null} when the API sent no date
 */
public record GroupInvite(
    String memberId, String groupId, String userId, String displayName, Instant invitedAt) {}
