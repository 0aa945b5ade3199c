package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.errors.AccountPausedException;
import io.github.vrchatgroups.client.errors.AlreadyInvitedException;
import io.github.vrchatgroups.client.errors.AlreadyMemberException;
import io.github.vrchatgroups.client.errors.CannotInviteException;
import io.github.vrchatgroups.client.errors.FirewallBlockedException;
import io.github.vrchatgroups.client.errors.GroupNotFoundException;
import io.github.vrchatgroups.client.errors.LoginBudgetSpentException;
import io.github.vrchatgroups.client.errors.MissingPermissionException;
import io.github.vrchatgroups.client.errors.NoJoinRequestException;
import io.github.vrchatgroups.client.errors.NotGroupMemberException;
import io.github.vrchatgroups.client.errors.NotInvitedException;
import io.github.vrchatgroups.client.errors.RateLimitedException;
import io.github.vrchatgroups.client.errors.TooManyGroupsException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import io.github.vrchatgroups.client.errors.UnknownRouteException;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import io.github.vrchatgroups.client.errors.WrongCredentialsException;
import java.util.Locale;

/**
 * What happened to one request (an invite or a cancel of a batch, or a command's one call), in
 * words, with the command's exit code for it. The meaning of each answer is the SDK's (its
 * exception types); a user of a batch is done only on a documented final answer.
 */
enum Outcome {
  INVITED("invited", 0, true, null, null),
  /**
   * Invited with {@code --include-banned}: the group had banned the user, and the invite lifted it.
   */
  INVITED_BAN_LIFTED("invited, ban lifted", 0, true, null, null),
  /** Not invited, nothing sent: the group bans the user, and an invite would lift the ban. */
  SKIPPED_BANNED("banned: skipped", 15, true, null, null),
  CANCELLED("cancelled", 0, true, null, null),
  ACCEPTED("accepted", 0, true, null, null),
  REJECTED("rejected", 0, true, null, null),
  ALREADY_MEMBER("already a member", 3, true, null, AlreadyMemberException.class),
  ALREADY_INVITED("already invited", 4, true, null, AlreadyInvitedException.class),
  CANNOT_INVITE("can't invite", 5, true, null, CannotInviteException.class),
  GROUP_NOT_FOUND(
      "group not found",
      6,
      false,
      "VRChat does not know --group: check the group ID.",
      GroupNotFoundException.class),
  WRONG_CREDENTIALS(
      "wrong username or password",
      7,
      false,
      "VRChat refused VRCHAT_USERNAME and VRCHAT_PASSWORD: fix them; no further login is sent.",
      WrongCredentialsException.class),
  NOT_AUTHENTICATED(
      "not authenticated",
      7,
      false,
      "VRChat refused the auth cookie: log in again ('vrchat-groups login', or update VRCHAT_AUTH"
          + " or --auth-file). With VRCHAT_USERNAME, VRCHAT_PASSWORD and VRCHAT_TOTP_SECRET set, a"
          + " batch logs in again by itself and carries on.",
      UnauthorizedException.class),
  LOGIN_BUDGET_SPENT(
      "login budget spent",
      19,
      false,
      "The session ended again, and this run has used its logins (3 an hour: VRChat locks out"
          + " accounts that log in too often): find what ends the sessions, then run the same"
          + " command again later.",
      LoginBudgetSpentException.class),
  RATE_LIMITED("rate limited", 8, false, null, RateLimitedException.class),
  FAILED("failed", 9, false, null, null),
  FIREWALL_BLOCKED(
      "blocked by VRChat's firewall",
      10,
      false,
      "VRChat's firewall refused the User-Agent: set --user-agent to your own"
          + " 'AppName/version contact', e.g. 'MyGroupBot/1.2 admin@example.com'.",
      FirewallBlockedException.class),
  WRONG_BASE_URL(
      "unknown API route",
      11,
      false,
      "The server does not know this API route: check --base-url (is /api/1 missing or doubled?).",
      UnknownRouteException.class),
  NOT_A_MEMBER(
      "not a member of the group",
      12,
      false,
      "The account behind the auth cookie cannot manage the invites of --group.",
      NotGroupMemberException.class),
  NOT_INVITED("no pending invite", 13, true, null, NotInvitedException.class),
  NO_PERMISSION(
      "no permission",
      16,
      false,
      "The account's group role may not read the group's members and bans, which a ban-safe invite"
          + " needs: give the role the permission to manage members and bans.",
      MissingPermissionException.class),
  NO_JOIN_REQUEST("no join request", 17, true, null, NoJoinRequestException.class),
  TOO_MANY_GROUPS("in too many groups", 18, true, null, TooManyGroupsException.class);

  final String words;
  final int exitCode;

  /** Whether the user is done: a re-run does not try again. */
  final boolean done;

  /** What the user must fix before anything can succeed, or {@code null}. */
  final String fix;

  /** The SDK's exception for the answer this outcome names, or {@code null} when none does. */
  private final Class<? extends VrchatApiException> answer;

  Outcome(
      String words,
      int exitCode,
      boolean done,
      String fix,
      Class<? extends VrchatApiException> answer) {
    this.words = words;
    this.exitCode = exitCode;
    this.done = done;
    this.fix = fix;
    this.answer = answer;
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
    if (failure instanceof AccountPausedException) {
      return RATE_LIMITED; // paused by 429s for longer than the call may wait; nothing was sent
    }
    for (Outcome outcome : values()) {
      if (outcome.answer != null && outcome.answer.isInstance(failure)) {
        return outcome;
      }
    }
    // An unrecognised 400/403/404, a 5xx, a connection failure: not a final answer, so not done.
    return FAILED;
  }
}
