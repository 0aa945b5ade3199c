package io.github.vrchatgroups.client.sandbox;

import java.util.regex.Pattern;

/**
 * What the sandbox answers, in VRChat's words: the provider side's own copy, kept apart from the
 * client's on purpose. A test holds every text here against the examples of the OpenAPI spec, so a
 * typo on either side fails the build through the contract instead of being mirrored by the other.
 * Where VRChat was captured saying something other than the community spec's typed example, the
 * capture is what the sandbox says (see {@code x-provenance} in the spec).
 */
final class SandboxMessages {
  /** 401, every operation; the quotes are part of the message. */
  static final String MISSING_CREDENTIALS = "\"Missing Credentials\"";

  /** 401 to a login's token whose second factor was never verified (reported). */
  static final String SECOND_FACTOR_PENDING = "\"Requires Two-Factor Authentication\"";

  /** 403 from an invite; ends in U+2024 ONE DOT LEADER. */
  static final String CANNOT_INVITE = "You can't invite that user\u2024";

  /** 404 from every operation on a group; ends in U+01C3 LATIN LETTER RETROFLEX CLICK. */
  static final String GROUP_NOT_FOUND = "Can't find group\u01C3";

  /** 403 from a listing, as captured from the API (U+2024, not the community spec's ASCII dot). */
  static final String NOT_A_MEMBER = "You're not a member\u2024";

  /** 403 from the bans listing, to a member whose role lacks the permission. */
  static final String NO_PERMISSION = "You don't have permission\u2024";

  /** 403 from reading a member, to a member whose role lacks the permission (as captured). */
  static final String NOT_ALLOWED_TO_VIEW_MEMBERSHIP =
      "You're not allowed to view membership details\u2024";

  /**
   * The bare-string answer of an unknown route, as VRChat words it: captured with status 501
   * (vrchatapi.github.io pull request 30), reported with 404 since, which the sandbox sends.
   */
  static final String NOT_IMPLEMENTED =
      "The endpoint you're looking for is not implemented by our system.";

  /** 400 from answering a join request that does not exist; {@code accept} or {@code reject}. */
  static String noJoinRequest(String action) {
    return "You can't " + action + " a join request for a user who hasn't requested to join\u2024";
  }

  /** 403 from accepting the request of a user in too many groups (captured). */
  static String tooManyGroups(String displayName) {
    return displayName + " can't join right now because they're in too many groups\u2024";
  }

  /** 400 from a cancel. */
  static final String NOT_INVITED_TO_CANCEL = "You can't uninvite a user who wasn't invited\u2024";

  /** 400 from a decline. */
  static final String NOT_INVITED_TO_DECLINE =
      "You can't decline an invite that wasn't sent to you\u2024";

  /** 200 from a decline. */
  static final String INVITE_DECLINED = "Invite declined.";

  /** 200 from a logout. */
  static final String LOGGED_OUT = "Ok!";

  /** 401 from a login with a wrong password: illustrative, VRChat's wording has changed. */
  static final String INVALID_CREDENTIALS = "Invalid Username/Email or Password";

  /** 429: illustrative, VRChat documents no text for the group operations. */
  static final String RATE_LIMITED = "Please wait 60 more minutes until you try again\u2024";

  /** 403 from the web firewall; the quotes are part of the message. */
  static final String FIREWALL_BLOCKED =
      "\"please identify yourself with a properly formatted user-agent containing application name,"
          + " version and contact information. thank you!\"";

  /** The rule code the firewall sends with {@link #FIREWALL_BLOCKED}. */
  static final int FIREWALL_WAF_CODE = 13799;

  /**
   * The firewall's rule as the sandbox enforces it: {@code AppName/version}, then a contact (an
   * e-mail address or an http(s) URL) somewhere after a space, printable ASCII, at most 512
   * characters (which also bounds the matching work on a hostile header).
   */
  static final Pattern IDENTIFYING_USER_AGENT =
      Pattern.compile(
          "[!-~]+/[!-~]+ [ -~]*?(?:[!-~&&[^@ ]]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"
              + "|https?://[A-Za-z0-9.-]+)[ -~]*");

  static final int MAX_USER_AGENT_LENGTH = 512;

  private SandboxMessages() {}

  /** 400 from an invite to a member, e.g. {@code User Tupper is already a member of this group.} */
  static String alreadyMember(String displayName) {
    return "User " + displayName + " is already a member of this group.";
  }

  /** 400 from an invite to a user already invited, e.g. {@code User Tupper is already invited.} */
  static String alreadyInvited(String displayName) {
    return "User " + displayName + " is already invited.";
  }

  /** Whether the firewall lets this User-Agent through (the blocked-applications list aside). */
  static boolean identifies(String userAgent) {
    return userAgent != null
        && userAgent.length() <= MAX_USER_AGENT_LENGTH
        && IDENTIFYING_USER_AGENT.matcher(userAgent).matches();
  }
}
