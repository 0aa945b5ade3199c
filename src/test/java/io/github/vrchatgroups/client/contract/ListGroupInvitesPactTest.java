package io.github.vrchatgroups.client.contract;

import static io.github.vrchatgroups.client.contract.PactInteractions.GROUP;
import static io.github.vrchatgroups.client.contract.PactInteractions.GROUP_NOT_FOUND;
import static io.github.vrchatgroups.client.contract.PactInteractions.MISSING_CREDENTIALS;
import static io.github.vrchatgroups.client.contract.PactInteractions.USER;
import static io.github.vrchatgroups.client.contract.PactInteractions.USER_ID_REGEX;
import static io.github.vrchatgroups.client.contract.PactInteractions.assertFailure;
import static io.github.vrchatgroups.client.contract.PactInteractions.client;
import static io.github.vrchatgroups.client.contract.PactInteractions.identified;
import static io.github.vrchatgroups.client.contract.PactInteractions.loggedInAsCaller;
import static io.github.vrchatgroups.client.contract.PactInteractions.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.vrchatgroups.client.GroupInvite;
import io.github.vrchatgroups.client.errors.GroupNotFoundException;
import io.github.vrchatgroups.client.errors.NotGroupMemberException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import java.time.Instant;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The consumer side of "Get Group Invites Sent": one interaction per documented response. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFixtures.PROVIDER, pactVersion = PactSpecVersion.V4)
class ListGroupInvitesPactTest {
  private static final String MEMBER_ID = "gmem_95cdb3b4-4643-4eb6-bdab-46a4e1e5ce37";
  private static final Instant INVITED_AT = Instant.parse("2026-11-20T18:30:00.123Z");

  /**
   * As captured from the API (U+2024); the community spec types an ASCII dot. The client recognises
   * both, so the contract accepts both.
   */
  private static final String NOT_A_MEMBER = "You're not a member\u2024";

  private static final String NOT_A_MEMBER_EITHER_FORM = "You're not a member[.\u2024]";

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact listOfAGroupWithOnePendingInvite(PactDslWithProvider builder) {
    return list(loggedInAsCaller(builder)
            .given(
                "user {callerId} is a member of group {groupId}, which has invited user {userId}",
                Map.of("callerId", ContractFixtures.CALLER_ID, "groupId", GROUP, "userId", USER))
            .uponReceiving("a request for the pending invites of a group"))
        .willRespondWith()
        .status(200)
        .headers(Map.of("Content-Type", "application/json"))
        .body(
            PactDslJsonArray.arrayMinLike(1)
                .stringMatcher(
                    "id",
                    "gmem_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                    MEMBER_ID)
                .stringValue("groupId", GROUP)
                .stringMatcher("userId", USER_ID_REGEX, USER)
                .booleanType("isRepresenting", false)
                .booleanType("isSubscribedToAnnouncements", false)
                .nullValue("joinedAt")
                .nullValue("lastPostReadAt")
                // A pending invite has no roles yet: any number of role IDs, none in the example.
                .minArrayLike(
                    "roleIds",
                    0,
                    PactDslJsonRootValue.stringMatcher(
                        "grol_[0-9a-f-]{36}", "grol_00000000-0000-0000-0000-000000000000"),
                    0)
                .minArrayLike(
                    "mRoleIds",
                    0,
                    PactDslJsonRootValue.stringMatcher(
                        "grol_[0-9a-f-]{36}", "grol_00000000-0000-0000-0000-000000000000"),
                    0)
                .stringValue("membershipStatus", "invited")
                .stringType("visibility", "visible")
                .datetime(
                    "createdAt",
                    "yyyy-MM-dd'T'HH:mm:ss.SSSX",
                    INVITED_AT,
                    TimeZone.getTimeZone("UTC"))
                .object("user")
                .stringMatcher("id", USER_ID_REGEX, USER)
                .stringType("displayName", "Tupper")
                .closeObject()
                .closeObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listOfAGroupWithOnePendingInvite")
  void listingReturnsEachPendingInviteWithNameAndDate(MockServer server) {
    assertThat(client(server, true).listInvites(GROUP))
        .containsExactly(new GroupInvite(MEMBER_ID, GROUP, USER, "Tupper", INVITED_AT));
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact listWithoutAuthCookie(PactDslWithProvider builder) {
    return rejected(
        identified(
                builder
                    .given("group {groupId} exists", Map.of("groupId", GROUP))
                    .uponReceiving(
                        "a request for the pending invites of a group without an auth cookie")
                    .method("GET")
                    .path(invitesPath()))
            .matchQuery("n", "\\d+", "100")
            .matchQuery("offset", "\\d+", "0")
            .willRespondWith(),
        401,
        null,
        MISSING_CREDENTIALS);
  }

  @Test
  @PactTestFor(pactMethod = "listWithoutAuthCookie")
  void listingWithoutAuthCookieFailsWithUnauthorized(MockServer server) {
    assertFailure(
        () -> client(server, false).listInvites(GROUP),
        UnauthorizedException.class,
        401,
        MISSING_CREDENTIALS);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact listByANonMember(PactDslWithProvider builder) {
    return rejected(
        list(loggedInAsCaller(builder)
                .given(
                    "user {callerId} is not a member of group {groupId}",
                    Map.of("callerId", ContractFixtures.CALLER_ID, "groupId", GROUP))
                .uponReceiving(
                    "a request for the pending invites of a group the caller is not a member of"))
            .willRespondWith(),
        403,
        NOT_A_MEMBER_EITHER_FORM,
        NOT_A_MEMBER);
  }

  @Test
  @PactTestFor(pactMethod = "listByANonMember")
  void listingAsANonMemberFailsWithForbidden(MockServer server) {
    assertFailure(
        () -> client(server, true).listInvites(GROUP),
        NotGroupMemberException.class,
        403,
        NOT_A_MEMBER);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact listOfAMissingGroup(PactDslWithProvider builder) {
    return rejected(
        list(loggedInAsCaller(builder)
                .given("group {groupId} does not exist", Map.of("groupId", GROUP))
                .uponReceiving("a request for the pending invites of a group that does not exist"))
            .willRespondWith(),
        404,
        null,
        GROUP_NOT_FOUND);
  }

  @Test
  @PactTestFor(pactMethod = "listOfAMissingGroup")
  void listingAMissingGroupFailsWithNotFound(MockServer server) {
    assertFailure(
        () -> client(server, true).listInvites(GROUP),
        GroupNotFoundException.class,
        404,
        GROUP_NOT_FOUND);
  }

  private static PactDslRequestWithPath list(PactDslRequestWithoutPath request) {
    return PactInteractions.pagedGet(request, invitesPath());
  }

  private static String invitesPath() {
    return "/groups/" + GROUP + "/invites";
  }
}
