package io.github.vrchatgroups.client;

/**
 * What a ban-safe invite did. Every answer that is not a success is a {@link
 * io.github.vrchatgroups.client.errors.VrchatApiException}; a banned user is neither: the SDK sent
 * no invite, because an invite would have lifted the ban.
 */
public enum InviteResult {
  /** VRChat sent the invite. */
  INVITED,
  /**
   * The group bans the user, so no invite was sent. To let the user in anyway, and lift the ban,
   * call {@link VrchatGroupsClient#inviteUserLiftingBan}.
   */
  SKIPPED_BANNED
}
