package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.errors.AlreadyInvitedException;
import io.github.vrchatgroups.client.errors.AlreadyMemberException;
import io.github.vrchatgroups.client.errors.CannotInviteException;
import io.github.vrchatgroups.client.errors.FirewallBlockedException;
import io.github.vrchatgroups.client.errors.GroupNotFoundException;
import io.github.vrchatgroups.client.errors.RateLimitedException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import io.github.vrchatgroups.client.errors.UnknownRouteException;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.util.Locale;

/**
 * What happened to one user's invite, in words, with the command's exit code for it. The meaning of
 * each answer is the SDK's (its exception types); a user is done only on a documented final answer.
 */
enum InviteOutcome {
  INVITED("invited", 0, true),
  ALREADY_MEMBER("already a member", 3, true),
  ALREADY_INVITED("already invited", 4, true),
  CANNOT_INVITE("can't invite", 5, true),
  GROUP_NOT_FOUND("group not found", 6, false),
  NOT_AUTHENTICATED("not authenticated", 7, false),
  RATE_LIMITED("rate limited", 8, false),
  FAILED("failed", 9, false),
  FIREWALL_BLOCKED(
      "blocked by VRChat's firewall: set --user-agent to 'AppName/version contact'", 10, false),
  WRONG_BASE_URL("unknown API route: check --base-url", 11, false);

  final String words;
  final int exitCode;

  /** Whether the user is done: a re-run does not try again. */
  final boolean done;

  InviteOutcome(String words, int exitCode, boolean done) {
    this.words = words;
    this.exitCode = exitCode;
    this.done = done;
  }

  /** Whether every further invite of the batch would fail the same way, so the batch stops. */
  boolean stopsBatch() {
    return this == GROUP_NOT_FOUND
        || this == NOT_AUTHENTICATED
        || this == FIREWALL_BLOCKED
        || this == WRONG_BASE_URL;
  }

  /** The name used in the journal and the report, e.g. {@code already_member}. */
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static InviteOutcome fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }

  static InviteOutcome of(VrchatApiException failure) {
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
