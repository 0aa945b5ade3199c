package io.github.vrchatgroups.client.contract;

import static io.github.vrchatgroups.client.contract.PactInteractions.GROUP;
import static io.github.vrchatgroups.client.contract.PactInteractions.GROUP_NOT_FOUND;
import static io.github.vrchatgroups.client.contract.PactInteractions.MISSING_CREDENTIALS;
import static io.github.vrchatgroups.client.contract.PactInteractions.USER;
import static io.github.vrchatgroups.client.contract.PactInteractions.USER_ID_REGEX;
import static io.github.vrchatgroups.client.contract.PactInteractions.assertFailure;
import static io.github.vrchatgroups.client.contract.PactInteractions.client;
import static io.github.vrchatgroups.client.contract.PactInteractions.identified;
import static io.github.vrchatgroups.client.contract.PactInteractions.loggedIn;
import static io.github.vrchatgroups.client.contract.PactInteractions.loggedInAsCaller;
import static io.github.vrchatgroups.client.contract.PactInteractions.rejected;
import static io.github.vrchatgroups.client.contract.PactInteractions.withAuthCookie;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.vrchatgroups.client.GroupMembership;
import io.github.vrchatgroups.client.InviteResult;
import io.github.vrchatgroups.client.MembershipStatus;
import io.github.vrchatgroups.client.errors.GroupNotFoundException;
import io.github.vrchatgroups.client.errors.MissingPermissionException;
import io.github.vrchatgroups.client.errors.NotGroupMemberException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consumer side of "Get Group Member", read before every ban-safe invite: one interaction per
 * documented response, and the two paths of the ban-safe invite (a user with no record is invited
 * without the ban override; a banned user is sent nothing).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFixtures.PROVIDER, pactVersion = PactSpecVersion.V4)
class GroupMembershipPactTest {
  private static final Map<String, Object> GROUP_AND_USER =
      Map.of("groupId", GROUP, "userId", USER);
  private static final Map<String, Object> CALLER_AND_GROUP =
      Map.of("callerId", ContractFixtures.CALLER_ID, "groupId", GROUP);

  /** As captured (vrchatapi/specification issue 350), ending in U+2024. */
  private static final String NOT_ALLOWED_TO_VIEW =
      "You're not allowed to view membership details\u2024";

  private static final String NOT_A_MEMBER = "You're not a member\u2024";

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact membershipOfAUserWithNoRecord(PactDslWithProvider builder) {
    return PactInteractions.noRecordRead(builder).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "membershipOfAUserWithNoRecord")
  void aUserTheGroupHasNoRecordOfReadsAsNone(MockServer server) {
    GroupMembership membership = client(server, true).getMembership(GROUP, USER);

    assertThat(membership.status()).isEqualTo(MembershipStatus.NONE);
    assertThat(membership.isBanned()).isFalse();
    assertThat(membership.userId()).isEqualTo(USER);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact membershipOfABannedUser(PactDslWithProvider builder) {
    return banned(builder).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "membershipOfABannedUser")
  void aBannedUserReadsAsBannedWithTheDate(MockServer server) {
    GroupMembership membership = client(server, true).getMembership(GROUP, USER);

    assertThat(membership.status()).isEqualTo(MembershipStatus.BANNED);
    assertThat(membership.bannedAt()).isEqualTo(PactInteractions.BANNED_AT);
    assertThat(membership.isBanned()).isTrue();
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact banSafeInviteOfAUserWithNoRecord(PactDslWithProvider builder) {
    return PactInteractions.noRecordRead(builder)
        .given("group {groupId} exists and user {userId} can be invited", GROUP_AND_USER)
        .given(ContractFixtures.LOGGED_IN, Map.of("authToken", ContractFixtures.AUTH_TOKEN))
        .uponReceiving("a ban-safe invite, without the ban override, for a user who can be invited")
        .method("POST")
        .path("/groups/" + GROUP + "/invites")
        .matchHeader("User-Agent", PactInteractions.USER_AGENT_REGEX, PactInteractions.userAgent())
        .matchHeader("Cookie", "auth=authcookie_[0-9a-f-]+", "auth=" + ContractFixtures.AUTH_TOKEN)
        .headers("Content-Type", "application/json")
        .body(
            new PactDslJsonBody()
                .stringMatcher("userId", USER_ID_REGEX, USER)
                .booleanValue("confirmOverrideBlock", false))
        .willRespondWith()
        .status(200)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "banSafeInviteOfAUserWithNoRecord")
  void theBanSafeInviteReadsTheMembershipThenInvitesWithoutTheOverride(MockServer server) {
    assertThat(client(server, true).inviteUser(GROUP, USER)).isEqualTo(InviteResult.INVITED);
  }

  @Test
  @PactTestFor(pactMethod = "membershipOfABannedUser")
  void theBanSafeInviteSendsABannedUserNothing(MockServer server) {
    // The mock server fails the test on any request it was not told of: no invite may follow.
    assertThat(client(server, true).inviteUser(GROUP, USER)).isEqualTo(InviteResult.SKIPPED_BANNED);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact membershipWithoutAuthCookie(PactDslWithProvider builder) {
    return rejected(
        identified(
                builder
                    .given("group {groupId} exists", Map.of("groupId", GROUP))
                    .uponReceiving("a membership read without an auth cookie")
                    .method("GET")
                    .path(memberPath()))
            .willRespondWith(),
        401,
        null,
        MISSING_CREDENTIALS);
  }

  @Test
  @PactTestFor(pactMethod = "membershipWithoutAuthCookie")
  void readingAMembershipWithoutAuthCookieFailsWithUnauthorized(MockServer server) {
    assertFailure(
        () -> client(server, false).getMembership(GROUP, USER),
        UnauthorizedException.class,
        401,
        MISSING_CREDENTIALS);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact membershipByANonMember(PactDslWithProvider builder) {
    return rejected(
        read(loggedInAsCaller(builder)
                .given("user {callerId} is not a member of group {groupId}", CALLER_AND_GROUP)
                .uponReceiving("a membership read by a caller outside the group"))
            .willRespondWith(),
        403,
        null,
        NOT_A_MEMBER);
  }

  @Test
  @PactTestFor(pactMethod = "membershipByANonMember")
  void readingAMembershipAsANonMemberFailsWithNotGroupMember(MockServer server) {
    assertFailure(
        () -> client(server, true).getMembership(GROUP, USER),
        NotGroupMemberException.class,
        403,
        NOT_A_MEMBER);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact membershipWithoutPermission(PactDslWithProvider builder) {
    return rejected(
        read(loggedInAsCaller(builder)
                .given(
                    "user {callerId} is a member of group {groupId} whose role may not"
                        + " moderate it",
                    CALLER_AND_GROUP)
                .uponReceiving("a membership read by a member whose role may not moderate"))
            .willRespondWith(),
        403,
        null,
        NOT_ALLOWED_TO_VIEW);
  }

  @Test
  @PactTestFor(pactMethod = "membershipWithoutPermission")
  void readingAMembershipWithoutThePermissionFailsWithMissingPermission(MockServer server) {
    assertFailure(
        () -> client(server, true).inviteUser(GROUP, USER),
        MissingPermissionException.class,
        403,
        NOT_ALLOWED_TO_VIEW);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact membershipInAMissingGroup(PactDslWithProvider builder) {
    return rejected(
        read(loggedIn(builder)
                .given("group {groupId} does not exist", Map.of("groupId", GROUP))
                .uponReceiving("a membership read in a group that does not exist"))
            .willRespondWith(),
        404,
        null,
        GROUP_NOT_FOUND);
  }

  @Test
  @PactTestFor(pactMethod = "membershipInAMissingGroup")
  void readingAMembershipInAMissingGroupFailsWithGroupNotFound(MockServer server) {
    assertFailure(
        () -> client(server, true).getMembership(GROUP, USER),
        GroupNotFoundException.class,
        404,
        GROUP_NOT_FOUND);
  }

  private static PactDslResponse banned(PactDslWithProvider builder) {
    return read(loggedIn(builder)
            .given("group {groupId} bans user {userId}", GROUP_AND_USER)
            .uponReceiving("a membership read of a user the group bans"))
        .willRespondWith()
        .status(200)
        .headers(Map.of("Content-Type", "application/json"))
        .body(PactInteractions.bannedMember(new PactDslJsonBody()));
  }

  private static PactDslRequestWithPath read(
      au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath request) {
    return withAuthCookie(request.method("GET").path(memberPath()));
  }

  private static String memberPath() {
    return "/groups/" + GROUP + "/members/" + USER;
  }
}
