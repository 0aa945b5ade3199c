package io.github.vrchatgroups.client.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pact's provider verifier replays every interaction of the committed contract against the embedded
 * sandbox, in process. Each provider state of the contract has its {@code @State} here, word for
 * word (a state without one fails the verification), and each applies the sandbox's own state
 * table, the one its HTTP state-change endpoint uses too.
 */
@Provider(ContractFixtures.PROVIDER)
@PactFolder("pact")
class ProviderVerificationIT {
  private static VrchatSandbox sandbox;

  @BeforeAll
  static void startSandbox() throws IOException {
    sandbox = VrchatSandbox.start();
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @BeforeEach
  void target(PactVerificationContext context) {
    sandbox.reset();
    context.setTarget(new HttpTestTarget("127.0.0.1", sandbox.port()));
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void theSandboxHonoursTheInteraction(PactVerificationContext context) {
    context.verifyInteraction();
  }

  @State(ContractFixtures.LOGGED_IN)
  void loggedIn(Map<String, Object> params) {
    sandbox.applyProviderState(ContractFixtures.LOGGED_IN, params);
  }

  @State("group {groupId} exists and user {userId} can be invited")
  void invitableUser(Map<String, Object> params) {
    sandbox.applyProviderState("group {groupId} exists and user {userId} can be invited", params);
  }

  @State("user {userId} is already a member of group {groupId}")
  void member(Map<String, Object> params) {
    sandbox.applyProviderState("user {userId} is already a member of group {groupId}", params);
  }

  @State("an invite from group {groupId} to user {userId} is pending")
  void pendingInvite(Map<String, Object> params) {
    sandbox.applyProviderState(
        "an invite from group {groupId} to user {userId} is pending", params);
  }

  @State("user {userId} cannot be invited to group {groupId} by the caller")
  void refusingUser(Map<String, Object> params) {
    sandbox.applyProviderState(
        "user {userId} cannot be invited to group {groupId} by the caller", params);
  }

  @State(ContractFixtures.LOGGED_IN_AS)
  void loggedInAs(Map<String, Object> params) {
    sandbox.applyProviderState(ContractFixtures.LOGGED_IN_AS, params);
  }

  @State("group {groupId} exists")
  void group(Map<String, Object> params) {
    sandbox.applyProviderState("group {groupId} exists", params);
  }

  @State("user {callerId} is a member of group {groupId}, which has invited user {userId}")
  void memberOfGroupWithPendingInvite(Map<String, Object> params) {
    sandbox.applyProviderState(
        "user {callerId} is a member of group {groupId}, which has invited user {userId}", params);
  }

  @State("user {callerId} is not a member of group {groupId}")
  void notAMember(Map<String, Object> params) {
    sandbox.applyProviderState("user {callerId} is not a member of group {groupId}", params);
  }

  @State("group {groupId} has no pending invite to user {userId}")
  void noPendingInvite(Map<String, Object> params) {
    sandbox.applyProviderState("group {groupId} has no pending invite to user {userId}", params);
  }

  @State("user {callerId} has a pending invite from group {groupId}")
  void callerInvited(Map<String, Object> params) {
    sandbox.applyProviderState("user {callerId} has a pending invite from group {groupId}", params);
  }

  @State("group {groupId} exists and has not invited user {callerId}")
  void callerNotInvited(Map<String, Object> params) {
    sandbox.applyProviderState(
        "group {groupId} exists and has not invited user {callerId}", params);
  }

  @State("group {groupId} exists and has no record of user {userId}")
  void noRecord(Map<String, Object> params) {
    sandbox.applyProviderState("group {groupId} exists and has no record of user {userId}", params);
  }

  @State("group {groupId} bans user {userId}")
  void bannedUser(Map<String, Object> params) {
    sandbox.applyProviderState("group {groupId} bans user {userId}", params);
  }

  @State("group {groupId} bans nobody")
  void noBans(Map<String, Object> params) {
    sandbox.applyProviderState("group {groupId} bans nobody", params);
  }

  @State("user {callerId} is a member of group {groupId} whose role may not moderate it")
  void memberWithoutModeration(Map<String, Object> params) {
    sandbox.applyProviderState(
        "user {callerId} is a member of group {groupId} whose role may not moderate it", params);
  }

  @State("user {userId} asked to join group {groupId}")
  void askedToJoin(Map<String, Object> params) {
    sandbox.applyProviderState("user {userId} asked to join group {groupId}", params);
  }

  @State("user {userId} asked to join group {groupId} and is in too many groups")
  void askedToJoinInTooManyGroups(Map<String, Object> params) {
    sandbox.applyProviderState(
        "user {userId} asked to join group {groupId} and is in too many groups", params);
  }

  @State("group {groupId} invited user {userId}, in its audit log")
  void invitedInTheAuditLog(Map<String, Object> params) {
    sandbox.applyProviderState("group {groupId} invited user {userId}, in its audit log", params);
  }

  @State("group {groupId} does not exist")
  void missingGroup(Map<String, Object> params) {
    sandbox.applyProviderState("group {groupId} does not exist", params);
  }

  @State("the caller has used up the rate limit")
  void rateLimited(Map<String, Object> params) {
    sandbox.applyProviderState("the caller has used up the rate limit", params);
  }

  @State("the firewall blocks the application {application}")
  void firewallBlocks(Map<String, Object> params) {
    sandbox.applyProviderState("the firewall blocks the application {application}", params);
  }

  @State("an account {username} with password {password} exists as user {userId}")
  void account(Map<String, Object> params) {
    sandbox.applyProviderState(
        "an account {username} with password {password} exists as user {userId}", params);
  }

  @State(
      "an account {username} with password {password} exists as user {userId} and needs a TOTP code")
  void accountWithTotp(Map<String, Object> params) {
    sandbox.applyProviderState(
        "an account {username} with password {password} exists as user {userId} and needs a TOTP code",
        params);
  }

  @State(
      "a login of {username} as user {userId} with auth token {authToken} awaits a TOTP code, and {code} is valid")
  void loginAwaitsValidCode(Map<String, Object> params) {
    sandbox.applyProviderState(
        "a login of {username} as user {userId} with auth token {authToken} awaits a TOTP code, and {code} is valid",
        params);
  }

  @State("a login of {username} as user {userId} with auth token {authToken} awaits a TOTP code")
  void loginAwaitsCode(Map<String, Object> params) {
    sandbox.applyProviderState(
        "a login of {username} as user {userId} with auth token {authToken} awaits a TOTP code",
        params);
  }

  @State(
      "a login of {username} as user {userId} with auth token {authToken} awaits a TOTP code, and recovery code {code} is unused")
  void loginAwaitsRecoveryCode(Map<String, Object> params) {
    sandbox.applyProviderState(
        "a login of {username} as user {userId} with auth token {authToken} awaits a TOTP code, and recovery code {code} is unused",
        params);
  }

  @State(
      "an account {username} with password {password} exists as user {userId} and needs an e-mailed code")
  void accountWithEmailCode(Map<String, Object> params) {
    sandbox.applyProviderState(
        "an account {username} with password {password} exists as user {userId} and needs an e-mailed code",
        params);
  }

  @State(
      "a login of {username} as user {userId} with auth token {authToken} awaits an e-mailed code, and {code} is valid")
  void loginAwaitsEmailCode(Map<String, Object> params) {
    sandbox.applyProviderState(
        "a login of {username} as user {userId} with auth token {authToken} awaits an e-mailed code, and {code} is valid",
        params);
  }
}
