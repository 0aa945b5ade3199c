package io.github.vrchatgroups.client.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pact's provider verifier replays every interaction of the committed contract against the embedded
 * sandbox. Each provider state of the contract has its {@code @State} here, word for word: a state
 * without one fails the verification.
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
    sandbox.acceptAuthToken((String) params.get("authToken"));
  }

  @State("group {groupId} exists and user {userId} can be invited")
  void invitableUser(Map<String, Object> params) {
    sandbox.addGroup(groupId(params)).addUser(userId(params), "Tupper");
  }

  @State("user {userId} is already a member of group {groupId}")
  void member(Map<String, Object> params) {
    sandbox.addUser(userId(params), "Tupper").addMember(groupId(params), userId(params));
  }

  @State("an invite from group {groupId} to user {userId} is pending")
  void pendingInvite(Map<String, Object> params) {
    sandbox.addUser(userId(params), "Tupper").addPendingInvite(groupId(params), userId(params));
  }

  @State("user {userId} cannot be invited to group {groupId} by the caller")
  void refusingUser(Map<String, Object> params) {
    sandbox.addGroup(groupId(params)).refuseInvitesTo(userId(params));
  }

  @State(ContractFixtures.LOGGED_IN_AS)
  void loggedInAs(Map<String, Object> params) {
    sandbox.acceptAuthToken((String) params.get("authToken"), (String) params.get("callerId"));
  }

  @State("group {groupId} exists")
  void group(Map<String, Object> params) {
    sandbox.addGroup(groupId(params));
  }

  @State("user {callerId} is a member of group {groupId}, which has invited user {userId}")
  void memberOfGroupWithPendingInvite(Map<String, Object> params) {
    sandbox
        .addMember(groupId(params), callerId(params))
        .addUser(userId(params), "Tupper")
        .addPendingInvite(groupId(params), userId(params));
  }

  @State("user {callerId} is not a member of group {groupId}")
  void notAMember(Map<String, Object> params) {
    sandbox.addGroup(groupId(params));
  }

  @State("group {groupId} has no pending invite to user {userId}")
  void noPendingInvite(Map<String, Object> params) {
    sandbox.addGroup(groupId(params)).addUser(userId(params), "Tupper");
  }

  @State("user {callerId} has a pending invite from group {groupId}")
  void callerInvited(Map<String, Object> params) {
    sandbox.addPendingInvite(groupId(params), callerId(params));
  }

  @State("group {groupId} exists and has not invited user {callerId}")
  void callerNotInvited(Map<String, Object> params) {
    sandbox.addGroup(groupId(params));
  }

  @State("the caller has used up the rate limit")
  void rateLimited() {
    sandbox.rateLimit(1, Duration.ofHours(1), false).exhaustRateLimit();
  }

  @State("the firewall blocks the application {application}")
  void firewallBlocks(Map<String, Object> params) {
    sandbox.blockApplication((String) params.get("application"));
  }

  @State("group {groupId} does not exist")
  void missingGroup(Map<String, Object> params) {
    // Nothing to set up: the sandbox starts each interaction without groups.
  }

  private static String groupId(Map<String, Object> params) {
    return (String) params.get("groupId");
  }

  private static String callerId(Map<String, Object> params) {
    return (String) params.get("callerId");
  }

  private static String userId(Map<String, Object> params) {
    return (String) params.get("userId");
  }
}
