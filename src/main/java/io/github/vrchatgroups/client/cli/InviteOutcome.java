package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.errors.ApiConnectionException;
import io.github.vrchatgroups.client.errors.BadRequestException;
import io.github.vrchatgroups.client.errors.ForbiddenException;
import io.github.vrchatgroups.client.errors.NotFoundException;
import io.github.vrchatgroups.client.errors.RateLimitedException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.util.Locale;

/** What happened to one user's invite, in words, with the command's exit code for it. */
enum InviteOutcome {
  INVITED("invited", 0, true),
  ALREADY_MEMBER("already a member", 3, true),
  ALREADY_INVITED("already invited", 4, true),
  CANNOT_INVITE("can't invite", 5, true),
  GROUP_NOT_FOUND("group not found", 6, false),
  NOT_AUTHENTICATED("not authenticated", 7, false),
  RATE_LIMITED("rate limited", 8, false),
  FAILED("failed", 9, false);

  private static final String MEMBER_SUFFIX = " is already a member of this group.";
  private static final String INVITED_SUFFIX = " is already invited.";

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
    return this == GROUP_NOT_FOUND || this == NOT_AUTHENTICATED;
  }

  /** The name used in the journal and the report, e.g. {@code already_member}. */
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static InviteOutcome fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }

  static InviteOutcome of(VrchatApiException failure) {
    if (failure instanceof BadRequestException) {
      // The two documented 400 messages, compared exactly as VRChat sends them.
      String message = failure.getServerMessage().orElse("");
      if (message.endsWith(MEMBER_SUFFIX)) {
        return ALREADY_MEMBER;
      }
      if (message.endsWith(INVITED_SUFFIX)) {
        return ALREADY_INVITED;
      }
      return FAILED;
    }
    if (failure instanceof ForbiddenException) {
      return CANNOT_INVITE;
    }
    if (failure instanceof NotFoundException) {
      return GROUP_NOT_FOUND;
    }
    if (failure instanceof UnauthorizedException) {
      return NOT_AUTHENTICATED;
    }
    if (failure instanceof RateLimitedException) {
      return RATE_LIMITED;
    }
    if (failure instanceof ApiConnectionException) {
      return FAILED;
    }
    return FAILED;
  }
}
