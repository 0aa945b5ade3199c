package io.github.vrchatgroups.client;

/**
 * What a ban-safe acceptance of a join request did. Every answer that is not a success is a {@link
 * io.github.vrchatgroups.client.errors.VrchatApiException}; a banned user is neither: the SDK sent
 * nothing, because letting a user the group banned in is the one thing it never does unasked.
 */
public enum JoinRequestResult {
  /** VRChat accepted the request: the user is a member. */
  ACCEPTED,
  /** The group bans the user, so the request was not answered. */
  SKIPPED_BANNED
}
