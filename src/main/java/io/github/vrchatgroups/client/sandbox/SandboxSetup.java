package io.github.vrchatgroups.client.sandbox;

import java.time.Duration;

/**
 * The ways to set the sandbox's state up, as {@link VrchatSandbox} offers them: what fixtures and
 * provider states are made of. An interface of its own so that neither needs the sandbox class.
 */
interface SandboxSetup {
  SandboxSetup acceptAuthToken(String token);

  SandboxSetup acceptAuthToken(String token, String callerId);

  SandboxSetup addGroup(String groupId);

  SandboxSetup addUser(String userId, String displayName);

  SandboxSetup addMember(String groupId, String userId);

  SandboxSetup addPendingInvite(String groupId, String userId);

  SandboxSetup refuseInvitesTo(String userId);

  SandboxSetup addBannedUser(String groupId, String userId);

  SandboxSetup addMemberWithoutModeration(String groupId, String userId);

  SandboxSetup addJoinRequest(String groupId, String userId);

  SandboxSetup putInTooManyGroups(String userId);

  SandboxSetup rateLimit(int burst, Duration refill, boolean sendRetryAfter);

  SandboxSetup exhaustRateLimit();

  SandboxSetup addAccount(String username, String password, String userId, String displayName);

  SandboxSetup requireTotp(String username, String base32Secret);

  SandboxSetup requireEmailCode(String username, String code);

  SandboxSetup addRecoveryCode(String username, String code);

  SandboxSetup acceptTwoFactorCode(String username, String code);

  SandboxSetup awaitSecondFactor(String authToken, String username);

  SandboxSetup blockApplication(String applicationName);

  SandboxSetup acceptAnyUser(boolean acceptAnyUser);
}
