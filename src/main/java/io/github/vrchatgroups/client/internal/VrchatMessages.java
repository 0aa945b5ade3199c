package io.github.vrchatgroups.client.internal;

import java.util.regex.Pattern;

/**
 * VRChat's messages, byte for byte, as the error switch recognises them. U+2024 ONE DOT LEADER and
 * U+01C3 LATIN LETTER RETROFLEX CLICK stand where ASCII readers expect {@code .} and {@code !}. The
 * sandbox keeps its own copy on purpose; a test holds both against the spec's examples, so a typo
 * here fails the build instead of being mirrored by the provider side.
 */
final class VrchatMessages {
  /** 401, every operation; the quotes are part of the message. */
  static final String MISSING_CREDENTIALS = "\"Missing Credentials\"";

  /**
   * 401 to a request whose session has passed the password but not the second factor, with or
   * without the quotes VRChat puts around some of its messages (reported, never captured here).
   */
  private static final Pattern SECOND_FACTOR_PENDING =
      Pattern.compile("\"?Requires Two-Factor Authentication\"?");

  /** Whether a 401's message says the session's second factor is still pending. */
  static boolean isSecondFactorPending(String message) {
    return message != null && SECOND_FACTOR_PENDING.matcher(message).matches();
  }

  /** 403 from an invite. */
  static final String CANNOT_INVITE = "You can't invite that user\u2024";

  /** 404 from every operation on a group. */
  static final String GROUP_NOT_FOUND = "Can't find group\u01C3";

  /**
   * 403 from a listing, in both forms known: {@code You're not a member\u2024} as captured from the
   * API, and {@code You're not a member.} as the community spec types it.
   */
  private static final Pattern NOT_A_MEMBER = Pattern.compile("You're not a member[.\u2024]");

  /** 403 from the bans listing, for a member whose role lacks the permission. */
  static final String NO_PERMISSION = "You don't have permission\u2024";

  /** 403 from reading a member, for a caller whose role lacks the permission. */
  static final String NOT_ALLOWED_TO_VIEW_MEMBERSHIP =
      "You're not allowed to view membership details\u2024";

  /**
   * The bare-string answer of an unknown route: captured with 501 (vrchatapi.github.io pull request
   * 30), reported with 404 since.
   */
  static final String NOT_IMPLEMENTED =
      "The endpoint you're looking for is not implemented by our system.";

  /** 400 from a cancel. */
  static final String NOT_INVITED_TO_CANCEL = "You can't uninvite a user who wasn't invited\u2024";

  /** 400 from a decline. */
  static final String NOT_INVITED_TO_DECLINE =
      "You can't decline an invite that wasn't sent to you\u2024";

  /**
   * 403 from VRChat's web firewall, to any endpoint, for a User-Agent that does not identify the
   * application; the body also carries {@link #FIREWALL_WAF_CODE}.
   */
  static final String FIREWALL_BLOCKED =
      "\"please identify yourself with a properly formatted user-agent containing application name,"
          + " version and contact information. thank you!\"";

  /** The rule code of {@link #FIREWALL_BLOCKED} as VRChat sends it. */
  static final int FIREWALL_WAF_CODE = 13799;

  private static final String ALREADY_MEMBER_START = "User ";
  private static final String ALREADY_MEMBER_END = " is already a member of this group.";
  private static final String ALREADY_INVITED_END = " is already invited.";
  private static final Pattern ALREADY_MEMBER =
      Pattern.compile(
          Pattern.quote(ALREADY_MEMBER_START) + ".+" + Pattern.quote(ALREADY_MEMBER_END));
  private static final Pattern ALREADY_INVITED =
      Pattern.compile(
          Pattern.quote(ALREADY_MEMBER_START) + ".+" + Pattern.quote(ALREADY_INVITED_END));

  private VrchatMessages() {}

  static boolean isNotAMember(String message) {
    return message != null && NOT_A_MEMBER.matcher(message).matches();
  }

  /** Whether a response is an unknown route's, whatever its status. */
  static boolean isUnknownRoute(int status, ErrorBodies.ErrorBody body) {
    return body.bareString() && (status == 404 || NOT_IMPLEMENTED.equals(body.message()));
  }

  /** 400 from answering a join request that does not exist, for an accept or a reject. */
  private static final Pattern NO_JOIN_REQUEST =
      Pattern.compile(
          "You can't (accept|reject) a join request for a user who hasn't requested to join\u2024");

  /** 403 from accepting the request of a user in too many groups, after the display name. */
  private static final Pattern TOO_MANY_GROUPS =
      Pattern.compile(".+ can't join right now because they're in too many groups\u2024");

  static boolean isNoJoinRequest(String message) {
    return message != null && NO_JOIN_REQUEST.matcher(message).matches();
  }

  static boolean isTooManyGroups(String message) {
    return message != null && TOO_MANY_GROUPS.matcher(message).matches();
  }

  static boolean isMissingPermission(String message) {
    return NO_PERMISSION.equals(message) || NOT_ALLOWED_TO_VIEW_MEMBERSHIP.equals(message);
  }

  static boolean isAlreadyMember(String message) {
    return message != null && ALREADY_MEMBER.matcher(message).matches();
  }

  static boolean isAlreadyInvited(String message) {
    return message != null && ALREADY_INVITED.matcher(message).matches();
  }
}
