package io.github.vrchatgroups.client.auth;

/**
 * Who a session belongs to.
 *
 * @param userId the user's ID, {@code usr_…}
 * @param displayName the name VRChat shows
 */
public record LoggedInUser(String userId, String displayName) {}
