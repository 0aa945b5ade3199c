package io.github.vrchatgroups.client.contract;

import static io.github.vrchatgroups.client.contract.PactInteractions.GROUP;
import static io.github.vrchatgroups.client.contract.PactInteractions.GROUP_NOT_FOUND;
import static io.github.vrchatgroups.client.contract.PactInteractions.MISSING_CREDENTIALS;
import static io.github.vrchatgroups.client.contract.PactInteractions.USER;
import static io.github.vrchatgroups.client.contract.PactInteractions.USER_ID_REGEX;
import static io.github.vrchatgroups.client.contract.PactInteractions.client;
import static io.github.vrchatgroups.client.contract.PactInteractions.identified;
import static io.github.vrchatgroups.client.contract.PactInteractions.identifiedAs;
import static io.github.vrchatgroups.client.contract.PactInteractions.loggedIn;
import static io.github.vrchatgroups.client.contract.PactInteractions.rejected;
import static io.github.vrchatgroups.client.contract.PactInteractions.withAuthCookie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.errors.AlreadyInvitedException;
import io.github.vrchatgroups.client.errors.AlreadyMemberException;
import io.github.vrchatgroups.client.errors.CannotInviteException;
import io.github.vrchatgroups.client.errors.FirewallBlockedException;
import io.github.vrchatgroups.client.errors.GroupNotFoundException;
import io.github.vrchatgroups.client.errors.RateLimitedException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consumer side of the contract for "Invite User to Group": one interaction per documented
 * response, each driving the real facade against Pact's mock server. The contract is written to
 * {@code target/pacts} and compared with the committed {@code pact/} by {@code
 * CommittedContractIsCurrentIT}.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFixtures.PROVIDER, pactVersion = PactSpecVersion.V4)
class InviteUserToGroupPactTest {
  private static final Map<String, Object> GROUP_AND_USER =
      Map.of("groupId", GROUP, "userId", USER);

  private static final String CANNOT_INVITE = "You can't invite that user\u2024";
  private static final String ALREADY_MEMBER =
      "User <displayName> is already a member of this group.";
  private static final String ALREADY_INVITED = "User <displayName> is already invited.";
  private static final String RATE_LIMITED =
      "Please wait 60 more minutes until you try again\u2024";
  private static final String FIREWALL_BLOCKED =
      "\"please identify yourself with a properly formatted user-agent containing application name,"
          + " version and contact information. thank you!\"";

  /** An example agent VRChat's firewall is known to block although it is well formed. */
  private static final String BLOCKED_APPLICATION = "TimmyFriendTracker";

  private static final String BLOCKED_USER_AGENT = "TimmyFriendTracker/1.5.1 timmy@example.com";

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact inviteForInvitableUser(PactDslWithProvider builder) {
    return invite(
            loggedIn(builder)
                .given("group {groupId} exists and user {userId} can be invited", GROUP_AND_USER)
                .uponReceiving("an invite for a user who can be invited"))
        .willRespondWith()
        .status(200)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "inviteForInvitableUser")
  void invitingAnInvitableUserSucceeds(MockServer server) {
    assertThatCode(() -> client(server, true).inviteUserLiftingBan(GROUP, USER))
        .doesNotThrowAnyException();
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact inviteForMember(PactDslWithProvider builder) {
    return rejected(
        invite(
                loggedIn(builder)
                    .given("user {userId} is already a member of group {groupId}", GROUP_AND_USER)
                    .uponReceiving("an invite for a user who is already a member"))
            .willRespondWith(),
        400,
        "User .+ is already a member of this group\\.",
        ALREADY_MEMBER);
  }

  @Test
  @PactTestFor(pactMethod = "inviteForMember")
  void invitingAMemberFailsWithAlreadyMember(MockServer server) {
    assertFailure(server, true, AlreadyMemberException.class, 400, ALREADY_MEMBER);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact inviteForAlreadyInvitedUser(PactDslWithProvider builder) {
    return rejected(
        invite(
                loggedIn(builder)
                    .given(
                        "an invite from group {groupId} to user {userId} is pending",
                        GROUP_AND_USER)
                    .uponReceiving("an invite for a user who is already invited"))
            .willRespondWith(),
        400,
        "User .+ is already invited\\.",
        ALREADY_INVITED);
  }

  @Test
  @PactTestFor(pactMethod = "inviteForAlreadyInvitedUser")
  void invitingAnAlreadyInvitedUserFailsWithAlreadyInvited(MockServer server) {
    assertFailure(server, true, AlreadyInvitedException.class, 400, ALREADY_INVITED);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact inviteWithoutAuthCookie(PactDslWithProvider builder) {
    return rejected(
        identified(
                builder
                    .given(
                        "group {groupId} exists and user {userId} can be invited", GROUP_AND_USER)
                    .uponReceiving("an invite without an auth cookie")
                    .method("POST")
                    .path(invitesPath()))
            .headers("Content-Type", "application/json")
            .body(inviteBody())
            .willRespondWith(),
        401,
        null,
        MISSING_CREDENTIALS);
  }

  @Test
  @PactTestFor(pactMethod = "inviteWithoutAuthCookie")
  void invitingWithoutAuthCookieFailsWithUnauthorized(MockServer server) {
    assertFailure(server, false, UnauthorizedException.class, 401, MISSING_CREDENTIALS);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact inviteForUninvitableUser(PactDslWithProvider builder) {
    return rejected(
        invite(
                loggedIn(builder)
                    .given(
                        "user {userId} cannot be invited to group {groupId} by the caller",
                        GROUP_AND_USER)
                    .uponReceiving("an invite for a user the caller cannot invite"))
            .willRespondWith(),
        403,
        null,
        CANNOT_INVITE);
  }

  @Test
  @PactTestFor(pactMethod = "inviteForUninvitableUser")
  void invitingAnUninvitableUserFailsWithCannotInvite(MockServer server) {
    assertFailure(server, true, CannotInviteException.class, 403, CANNOT_INVITE);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact inviteToMissingGroup(PactDslWithProvider builder) {
    return rejected(
        invite(
                loggedIn(builder)
                    .given("group {groupId} does not exist", Map.of("groupId", GROUP))
                    .uponReceiving("an invite to a group that does not exist"))
            .willRespondWith(),
        404,
        null,
        GROUP_NOT_FOUND);
  }

  @Test
  @PactTestFor(pactMethod = "inviteToMissingGroup")
  void invitingToAMissingGroupFailsWithGroupNotFound(MockServer server) {
    assertFailure(server, true, GroupNotFoundException.class, 404, GROUP_NOT_FOUND);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact inviteWhileRateLimited(PactDslWithProvider builder) {
    return invite(
            loggedIn(builder)
                .given("group {groupId} exists and user {userId} can be invited", GROUP_AND_USER)
                .given("the caller has used up the rate limit")
                .uponReceiving("an invite while the caller is rate limited"))
        .willRespondWith()
        .status(429)
        .headers(Map.of("Content-Type", "application/json"))
        // VRChat documents no text for this 429: the message is matched by type only.
        .body(
            new PactDslJsonBody()
                .object("error")
                .stringType("message", RATE_LIMITED)
                .numberValue("status_code", 429)
                .closeObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "inviteWhileRateLimited")
  void invitingWhileRateLimitedFailsWithRateLimited(MockServer server) {
    RateLimitedException failure =
        catchThrowableOfType(
            RateLimitedException.class,
            () -> client(server, true).inviteUserLiftingBan(GROUP, USER));

    assertThat(failure).isExactlyInstanceOf(RateLimitedException.class);
    assertThat(failure.getServerMessage()).contains(RATE_LIMITED);
    assertThat(failure.getRetryAfter()).isEmpty();
    assertThat(failure.getAttempts()).isEqualTo(1);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact inviteFromABlockedApplication(PactDslWithProvider builder) {
    PactDslRequestWithPath request =
        loggedIn(builder)
            .given("group {groupId} exists and user {userId} can be invited", GROUP_AND_USER)
            .given(
                "the firewall blocks the application {application}",
                Map.of("application", BLOCKED_APPLICATION))
            .uponReceiving("an invite from an application the firewall blocks")
            .method("POST")
            .path(invitesPath());
    return identifiedAs(
            request,
            BLOCKED_APPLICATION + "/[!-~]+( [ -~]*)?",
            BLOCKED_USER_AGENT + PactInteractions.SDK_TOKEN)
        .matchHeader("Cookie", "auth=authcookie_[0-9a-f-]+", "auth=" + ContractFixtures.AUTH_TOKEN)
        .headers("Content-Type", "application/json")
        .body(inviteBody())
        .willRespondWith()
        .status(403)
        .headers(Map.of("Content-Type", "application/json"))
        .body(
            new PactDslJsonBody()
                .object("error")
                .stringValue("message", FIREWALL_BLOCKED)
                .numberValue("status_code", 403)
                .numberValue("waf_code", 13799)
                .closeObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "inviteFromABlockedApplication")
  void invitingFromABlockedApplicationFailsWithFirewallBlocked(MockServer server) {
    VrchatGroupsClient client =
        VrchatGroupsClient.builder()
            .baseUrl(server.getUrl())
            .userAgent(BLOCKED_USER_AGENT)
            .authCookie(ContractFixtures.AUTH_TOKEN)
            .maxRetries(0)
            .build();

    FirewallBlockedException failure =
        catchThrowableOfType(
            FirewallBlockedException.class, () -> client.inviteUserLiftingBan(GROUP, USER));

    assertThat(failure).isExactlyInstanceOf(FirewallBlockedException.class);
    assertThat(failure.getWafCode()).isEqualTo("13799");
    assertThat(failure.getServerMessage()).contains(FIREWALL_BLOCKED);
    assertThat(failure.getMessage())
        .isEqualTo(
            "HTTP 403 blocked by VRChat's web firewall (waf_code 13799): set a User-Agent that"
                + " identifies your application as 'AppName/version contact': "
                + FIREWALL_BLOCKED);
  }

  private static PactDslRequestWithPath invite(PactDslRequestWithoutPath request) {
    return withAuthCookie(request.method("POST").path(invitesPath()))
        .headers("Content-Type", "application/json")
        .body(inviteBody());
  }

  private static String invitesPath() {
    return "/groups/" + GROUP + "/invites";
  }

  private static PactDslJsonBody inviteBody() {
    return new PactDslJsonBody()
        .stringMatcher("userId", USER_ID_REGEX, USER)
        .booleanType("confirmOverrideBlock", true);
  }

  private static <E extends VrchatApiException> void assertFailure(
      MockServer server, boolean withAuthCookie, Class<E> type, int status, String message) {
    PactInteractions.assertFailure(
        () -> client(server, withAuthCookie).inviteUserLiftingBan(GROUP, USER),
        type,
        status,
        message);
  }
}
