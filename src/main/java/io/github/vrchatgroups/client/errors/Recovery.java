package io.github.vrchatgroups.client.errors;

/**
 * What a caller can do about a failure: the README's errors table, in code. Every {@link
 * VrchatApiException} says which with {@link VrchatApiException#getRecovery()}, so a bot needs a
 * branch per recovery, not a {@code catch} per exception type.
 */
public enum Recovery {
  /**
   * VRChat answered this request for good (already a member, already invited, no invite to withdraw
   * or decline, the user cannot be invited): do not send it again; go on with the next.
   */
  FINAL,

  /**
   * Nothing shows that the request or the settings are wrong: try again later (rate limit, server
   * or network failure, an answer the SDK does not recognise).
   */
  RETRY_LATER,

  /** There is no valid session (missing, over, or its second factor refused): log in again. */
  LOG_IN_AGAIN,

  /**
   * A setting is wrong for every request alike, and repeating cannot help: fix it first (the
   * User-Agent, the group ID, the base URL, an account that is not a member of the group, an
   * account whose second factor the SDK does not support).
   */
  FIX_SETTINGS
}
