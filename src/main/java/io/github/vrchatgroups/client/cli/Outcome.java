package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.errors.AlreadyInvitedException;
import io.github.vrchatgroups.client.errors.AlreadyMemberException;
import io.github.vrchatgroups.client.errors.CannotInviteException;
import io.github.vrchatgroups.client.errors.FirewallBlockedException;
import io.github.vrchatgroups.client.errors.GroupNotFoundException;
import io.github.vrchatgroups.client.errors.NotGroupMemberException;
import io.github.vrchatgroups.client.errors.NotInvitedException;
import io.github.vrchatgroups.client.errors.RateLimitedException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import io.github.vrchatgroups.client.errors.UnknownRouteException;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.util.Locale;

/**
 * What happened to one request (an invite or a cancel of a batch, or a command's one call), in
 * words, with the command's exit code for it. The meaning of each answer is the SDK's (its
 * exception types); a user of a batch is done only on a documented final answer.
 */
enum Outcome {
  INVITED("invited", 0, true, null),
  CANCELLED("cancelled", 0, true, null),
  ALREADY_MEMBER("already a member", 3, true, null),
  ALREADY_INVITED("already invited", 4, true, null),
  CANNOT_INVITE("can't invite", 5, true, null),
  GROUP_NOT_FOUND("group not found", 6, false, "VRChat does not know --group: check the group ID."),
  NOT_AUTHENTICATED(
      "not authenticated",
      7,
      false,
      "VRChat refused the auth cookie: log in again ('vrchat-groups login', or update VRCHAT_AUTH"
          + " or --auth-file)."),
  RATE_LIMITED("rate limited", 8, false, null),
  FAILED("failed", 9, false, null),
  FIREWALL_BLOCKED(
      "blocked by VRChat's firewall",
      10,
      false,
      "VRChat's firewall refused the User-Agent: set --user-agent to your own"
          + " 'AppName/version contact', e.g. 'MyGroupBot/1.2 admin@example.com'."),
  WRONG_BASE_URL(
      "unknown API route",
      11,
      false,
      "The server does not know this API route: check --base-url (is /api/1 missing or doubled?)."),
  NOT_A_MEMBER(
      "not a member of the group",
      12,
      false,
      "The account behind the auth cookie cannot manage the invites of --group."),
  NOT_INVITED("no pending invite", 13, true, null);

  final String words;
  final int exitCode;

  /** Whether the user is done: a re-run does not try again. */
  final boolean done;

  /** What the user must fix before anything can succeed, or {@code null}. */
  final String fix;

  Outcome(String words, int exitCode, boolean done, String fix) {
    this.words = words;
    this.exitCode = exitCode;
    this.done = done;
    this.fix = fix;
  }

  /** Whether every further invite of the batch would fail the same way, so the batch stops. */
  boolean stopsBatch() {
    return fix != null;
  }

  /** The name used in the journal and the report, e.g. {@code already_member}. */
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Outcome fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }

  static Outcome of(VrchatApiException failure) {
    if (failure instanceof AlreadyMemberException) {
      return ALREADY_MEMBER;
    }
    if (failure instanceof AlreadyInvitedException) {
      return ALREADY_INVITED;
    }
    if (failure instanceof CannotInviteException) {
      return CANNOT_INVITE;
    }
    if (failure instanceof FirewallBlockedException) {
      return FIREWALL_BLOCKED;
    }
    if (failure instanceof GroupNotFoundException) {
      return GROUP_NOT_FOUND;
    }
    if (failure instanceof UnknownRouteException) {
      return WRONG_BASE_URL;
    }
    if (failure instanceof NotGroupMemberException) {
      return NOT_A_MEMBER;
    }
    if (failure instanceof NotInvitedException) {
      return NOT_INVITED;
    }
    if (failure instanceof UnauthorizedException) {
      return NOT_AUTHENTICATED;
    }
    if (failure instanceof RateLimitedException) {
      return RATE_LIMITED;
    }
    // An unrecognised 400/403/404, a 5xx, a connection failure: not a final answer, so not done.
    return FAILED;
  }
}
