package io.github.vrchatgroups.client.sandbox;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The one table from a provider state of the contract, word for word, to the sandbox state it
 * stands for. The HTTP state-change endpoint and in-process {@code @State} methods both apply it,
 * so the two routes cannot disagree. Parameters are named in braces in the sentence.
 */
final class ProviderStates {
  /** The display name the contract's messages are matched against. */
  static final String DISPLAY_NAME = "Tupper";

  /** The TOTP secret of the contract's accounts; the codes the contract replays are fixed ones. */
  static final String TEST_TOTP_SECRET = "JBSWY3DPEHPK3PXP";

  private static final Map<String, BiConsumer<SandboxSetup, Map<String, ?>>> STEPS =
      new LinkedHashMap<>();

  static {
    step(
        "the caller is logged in with auth token {authToken}",
        (sandbox, p) -> sandbox.acceptAuthToken(text(p, "authToken")));
    step(
        "user {callerId} is logged in with auth token {authToken}",
        (sandbox, p) -> sandbox.acceptAuthToken(text(p, "authToken"), text(p, "callerId")));
    step(
        "group {groupId} exists and user {userId} can be invited",
        (sandbox, p) ->
            sandbox.addGroup(text(p, "groupId")).addUser(text(p, "userId"), DISPLAY_NAME));
    step(
        "user {userId} is already a member of group {groupId}",
        (sandbox, p) ->
            sandbox
                .addUser(text(p, "userId"), DISPLAY_NAME)
                .addMember(text(p, "groupId"), text(p, "userId")));
    step(
        "an invite from group {groupId} to user {userId} is pending",
        (sandbox, p) ->
            sandbox
                .addUser(text(p, "userId"), DISPLAY_NAME)
                .addPendingInvite(text(p, "groupId"), text(p, "userId")));
    step(
        "user {userId} cannot be invited to group {groupId} by the caller",
        (sandbox, p) -> sandbox.addGroup(text(p, "groupId")).refuseInvitesTo(text(p, "userId")));
    step("group {groupId} exists", (sandbox, p) -> sandbox.addGroup(text(p, "groupId")));
    step(
        "group {groupId} exists and has no record of user {userId}",
        (sandbox, p) ->
            sandbox.addGroup(text(p, "groupId")).addUser(text(p, "userId"), DISPLAY_NAME));
    step(
        "group {groupId} bans user {userId}",
        (sandbox, p) ->
            sandbox
                .addUser(text(p, "userId"), DISPLAY_NAME)
                .addBannedUser(text(p, "groupId"), text(p, "userId")));
    step(
        "group {groupId} invited user {userId}, in its audit log",
        (sandbox, p) ->
            sandbox
                .addUser(text(p, "userId"), DISPLAY_NAME)
                .addPendingInvite(text(p, "groupId"), text(p, "userId")));
    step(
        "user {userId} asked to join group {groupId}",
        (sandbox, p) ->
            sandbox
                .addUser(text(p, "userId"), DISPLAY_NAME)
                .addJoinRequest(text(p, "groupId"), text(p, "userId")));
    step(
        "user {userId} asked to join group {groupId} and is in too many groups",
        (sandbox, p) ->
            sandbox
                .addUser(text(p, "userId"), DISPLAY_NAME)
                .addJoinRequest(text(p, "groupId"), text(p, "userId"))
                .putInTooManyGroups(text(p, "userId")));
    step("group {groupId} bans nobody", (sandbox, p) -> sandbox.addGroup(text(p, "groupId")));
    step(
        "user {callerId} is a member of group {groupId} whose role may not moderate it",
        (sandbox, p) ->
            sandbox.addMemberWithoutModeration(text(p, "groupId"), text(p, "callerId")));
    step(
        "user {callerId} is a member of group {groupId}, which has invited user {userId}",
        (sandbox, p) ->
            sandbox
                .addMember(text(p, "groupId"), text(p, "callerId"))
                .addUser(text(p, "userId"), DISPLAY_NAME)
                .addPendingInvite(text(p, "groupId"), text(p, "userId")));
    step(
        "user {callerId} is not a member of group {groupId}",
        (sandbox, p) -> sandbox.addGroup(text(p, "groupId")));
    step(
        "group {groupId} has no pending invite to user {userId}",
        (sandbox, p) ->
            sandbox.addGroup(text(p, "groupId")).addUser(text(p, "userId"), DISPLAY_NAME));
    step(
        "user {callerId} has a pending invite from group {groupId}",
        (sandbox, p) -> sandbox.addPendingInvite(text(p, "groupId"), text(p, "callerId")));
    step(
        "group {groupId} exists and has not invited user {callerId}",
        (sandbox, p) -> sandbox.addGroup(text(p, "groupId")));
    // A sandbox starts each interaction without groups: nothing to do.
    step("group {groupId} does not exist", (sandbox, p) -> {});
    step(
        "the caller has used up the rate limit",
        (sandbox, p) -> sandbox.rateLimit(1, Duration.ofHours(1), false).exhaustRateLimit());
    step(
        "the firewall blocks the application {application}",
        (sandbox, p) -> sandbox.blockApplication(text(p, "application")));
  }

  static {
    step(
        "an account {username} with password {password} exists as user {userId}",
        (sandbox, p) ->
            sandbox.addAccount(
                text(p, "username"), text(p, "password"), text(p, "userId"), DISPLAY_NAME));
    step(
        "an account {username} with password {password} exists as user {userId} and needs a TOTP code",
        (sandbox, p) ->
            sandbox
                .addAccount(
                    text(p, "username"), text(p, "password"), text(p, "userId"), DISPLAY_NAME)
                .requireTotp(text(p, "username"), TEST_TOTP_SECRET));
    step(
        "a login of {username} as user {userId} with auth token {authToken} awaits a TOTP code,"
            + " and {code} is valid",
        (sandbox, p) ->
            awaiting(sandbox, p).acceptTwoFactorCode(text(p, "username"), text(p, "code")));
    step(
        "a login of {username} as user {userId} with auth token {authToken} awaits a TOTP code",
        ProviderStates::awaiting);
    step(
        "a login of {username} as user {userId} with auth token {authToken} awaits a TOTP code,"
            + " and recovery code {code} is unused",
        (sandbox, p) -> awaiting(sandbox, p).addRecoveryCode(text(p, "username"), text(p, "code")));
    step(
        "an account {username} with password {password} exists as user {userId} and needs an"
            + " e-mailed code",
        (sandbox, p) ->
            sandbox
                .addAccount(
                    text(p, "username"), text(p, "password"), text(p, "userId"), DISPLAY_NAME)
                .requireEmailCode(text(p, "username"), "not-the-code"));
    step(
        "a login of {username} as user {userId} with auth token {authToken} awaits an e-mailed"
            + " code, and {code} is valid",
        (sandbox, p) ->
            sandbox
                .addAccount(text(p, "username"), "unused", text(p, "userId"), DISPLAY_NAME)
                .requireEmailCode(text(p, "username"), text(p, "code"))
                .awaitSecondFactor(text(p, "authToken"), text(p, "username")));
  }

  private ProviderStates() {}

  private static SandboxSetup awaiting(SandboxSetup sandbox, Map<String, ?> p) {
    return sandbox
        .addAccount(text(p, "username"), "unused", text(p, "userId"), DISPLAY_NAME)
        .requireTotp(text(p, "username"), TEST_TOTP_SECRET)
        .awaitSecondFactor(text(p, "authToken"), text(p, "username"));
  }

  private static void step(String state, BiConsumer<SandboxSetup, Map<String, ?>> setUp) {
    STEPS.put(state, setUp);
  }

  /**
   * Sets a state up.
   *
   * @throws IllegalArgumentException naming the state if the table does not know it
   */
  static void apply(SandboxSetup sandbox, String state, Map<String, ?> params) {
    var step = STEPS.get(state);
    if (step == null) {
      throw new IllegalArgumentException(
          "unknown provider state '" + state + "'; known: " + STEPS.keySet());
    }
    step.accept(sandbox, params);
  }

  static Map<String, BiConsumer<SandboxSetup, Map<String, ?>>> all() {
    return Collections.unmodifiableMap(STEPS);
  }

  private static String text(Map<String, ?> params, String name) {
    Object value = params.get(name);
    if (!(value instanceof String)) {
      throw new IllegalArgumentException(
          "provider state parameter '" + name + "' must be a string, got " + value);
    }
    return (String) value;
  }
}
