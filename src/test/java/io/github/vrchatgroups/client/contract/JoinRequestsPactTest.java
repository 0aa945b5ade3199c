package io.github.vrchatgroups.client.contract;

import static io.github.vrchatgroups.client.contract.PactInteractions.GROUP;
import static io.github.vrchatgroups.client.contract.PactInteractions.GROUP_NOT_FOUND;
import static io.github.vrchatgroups.client.contract.PactInteractions.MISSING_CREDENTIALS;
import static io.github.vrchatgroups.client.contract.PactInteractions.USER;
import static io.github.vrchatgroups.client.contract.PactInteractions.assertFailure;
import static io.github.vrchatgroups.client.contract.PactInteractions.client;
import static io.github.vrchatgroups.client.contract.PactInteractions.identified;
import static io.github.vrchatgroups.client.contract.PactInteractions.loggedIn;
import static io.github.vrchatgroups.client.contract.PactInteractions.loggedInAsCaller;
import static io.github.vrchatgroups.client.contract.PactInteractions.rejected;
import static io.github.vrchatgroups.client.contract.PactInteractions.withAuthCookie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.vrchatgroups.client.GroupMembership;
import io.github.vrchatgroups.client.JoinRequestResult;
import io.github.vrchatgroups.client.MembershipStatus;
import io.github.vrchatgroups.client.errors.GroupNotFoundException;
import io.github.vrchatgroups.client.errors.NoJoinRequestException;
import io.github.vrchatgroups.client.errors.NotGroupMemberException;
import io.github.vrchatgroups.client.errors.TooManyGroupsException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consumer side of "Get Group Join Requests" and "Respond Group Join Request": one interaction
 * per documented response. An accept reads the user's membership first (ban-safe), so its
 * interactions come in pairs.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFixtures.PROVIDER, pactVersion = PactSpecVersion.V4)
class JoinRequestsPactTest {
  private static final Map<String, Object> GROUP_AND_USER =
      Map.of("groupId", GROUP, "userId", USER);
  private static final String ASKED = "user {userId} asked to join group {groupId}";
  private static final String NOT_A_MEMBER = "You're not a member\u2024";
  private static final String NO_REQUEST_TO_ACCEPT =
      "You can't accept a join request for a user who hasn't requested to join\u2024";
  private static final String NO_REQUEST_TO_REJECT =
      "You can't reject a join request for a user who hasn't requested to join\u2024";
  private static final String TOO_MANY_GROUPS =
      "<displayName> can't join right now because they're in too many groups\u2024";

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact requestsOfAGroupWithOne(PactDslWithProvider builder) {
    return list(loggedIn(builder)
            .given(ASKED, GROUP_AND_USER)
            .uponReceiving("a request for the join requests of a group with one"))
        .willRespondWith()
        .status(200)
        .headers(Map.of("Content-Type", "application/json"))
        .body(PactInteractions.requestingMember(PactDslJsonArray.arrayMinLike(1)).closeObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "requestsOfAGroupWithOne")
  void theJoinRequestsStreamEachUserWhoAsked(MockServer server) {
    assertThat(client(server, true).streamJoinRequests(GROUP).toList())
        .extracting(GroupMembership::userId, GroupMembership::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(USER, MembershipStatus.REQUESTED));
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact blockedRequestsOfAGroupWithNone(PactDslWithProvider builder) {
    return withAuthCookie(
            loggedIn(builder)
                .given("group {groupId} exists", Map.of("groupId", GROUP))
                .uponReceiving("a request for the blocked join requests of a group with none")
                .method("GET")
                .path(requestsPath()))
        .matchQuery("n", "\\d+", "100")
        .matchQuery("offset", "\\d+", "0")
        .matchQuery("blocked", "true", "true")
        .willRespondWith()
        .status(200)
        .headers(Map.of("Content-Type", "application/json"))
        .body(new PactDslJsonArray())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "blockedRequestsOfAGroupWithNone")
  void theBlockedJoinRequestsAreAskedForWithBlockedTrue(MockServer server) {
    assertThat(client(server, true).streamBlockedJoinRequests(GROUP)).isEmpty();
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact requestsWithoutAuthCookie(PactDslWithProvider builder) {
    return rejected(
        identified(
                builder
                    .given("group {groupId} exists", Map.of("groupId", GROUP))
                    .uponReceiving(
                        "a request for the join requests of a group without an auth cookie")
                    .method("GET")
                    .path(requestsPath()))
            .matchQuery("n", "\\d+", "100")
            .matchQuery("offset", "\\d+", "0")
            .matchQuery("blocked", "true|false", "false")
            .willRespondWith(),
        401,
        null,
        MISSING_CREDENTIALS);
  }

  @Test
  @PactTestFor(pactMethod = "requestsWithoutAuthCookie")
  void listingTheJoinRequestsWithoutAuthCookieFailsWithUnauthorized(MockServer server) {
    assertFailure(
        () -> client(server, false).streamJoinRequests(GROUP).toList(),
        UnauthorizedException.class,
        401,
        MISSING_CREDENTIALS);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact requestsByANonMember(PactDslWithProvider builder) {
    return rejected(
        list(loggedInAsCaller(builder)
                .given(
                    "user {callerId} is not a member of group {groupId}",
                    Map.of("callerId", ContractFixtures.CALLER_ID, "groupId", GROUP))
                .uponReceiving("a request for the join requests by a caller outside the group"))
            .willRespondWith(),
        403,
        null,
        NOT_A_MEMBER);
  }

  @Test
  @PactTestFor(pactMethod = "requestsByANonMember")
  void listingTheJoinRequestsAsANonMemberFailsWithNotGroupMember(MockServer server) {
    assertFailure(
        () -> client(server, true).streamJoinRequests(GROUP).toList(),
        NotGroupMemberException.class,
        403,
        NOT_A_MEMBER);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact requestsOfAMissingGroup(PactDslWithProvider builder) {
    return rejected(
        list(loggedIn(builder)
                .given("group {groupId} does not exist", Map.of("groupId", GROUP))
                .uponReceiving("a request for the join requests of a group that does not exist"))
            .willRespondWith(),
        404,
        null,
        GROUP_NOT_FOUND);
  }

  @Test
  @PactTestFor(pactMethod = "requestsOfAMissingGroup")
  void listingTheJoinRequestsOfAMissingGroupFailsWithGroupNotFound(MockServer server) {
    assertFailure(
        () -> client(server, true).streamJoinRequests(GROUP).toList(),
        GroupNotFoundException.class,
        404,
        GROUP_NOT_FOUND);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact acceptOfARequest(PactDslWithProvider builder) {
    return answer(
            requesterRead(builder, ASKED, "a membership read of a user who asked to join")
                .given(ContractFixtures.LOGGED_IN, token())
                .given(ASKED, GROUP_AND_USER),
            "an accept of a join request",
            "accept")
        .willRespondWith()
        .status(200)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "acceptOfARequest")
  void acceptingAJoinRequestReadsTheMembershipThenAccepts(MockServer server) {
    assertThat(client(server, true).acceptJoinRequest(GROUP, USER))
        .isEqualTo(JoinRequestResult.ACCEPTED);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact acceptOfARequestThatDoesNotExist(PactDslWithProvider builder) {
    return rejected(
        answer(
                PactInteractions.noRecordRead(builder)
                    .given(ContractFixtures.LOGGED_IN, token())
                    .given(
                        "group {groupId} exists and has no record of user {userId}",
                        GROUP_AND_USER),
                "an accept of a join request that does not exist",
                "accept")
            .willRespondWith(),
        400,
        null,
        NO_REQUEST_TO_ACCEPT);
  }

  @Test
  @PactTestFor(pactMethod = "acceptOfARequestThatDoesNotExist")
  void acceptingAMissingJoinRequestFailsWithNoJoinRequest(MockServer server) {
    assertFailure(
        () -> client(server, true).acceptJoinRequest(GROUP, USER),
        NoJoinRequestException.class,
        400,
        NO_REQUEST_TO_ACCEPT);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact acceptOfAUserInTooManyGroups(PactDslWithProvider builder) {
    String state = ASKED + " and is in too many groups";
    return rejected(
        answer(
                requesterRead(
                        builder,
                        state,
                        "a membership read of a user in too many groups who asked to join")
                    .given(ContractFixtures.LOGGED_IN, token())
                    .given(state, GROUP_AND_USER),
                "an accept of the join request of a user in too many groups",
                "accept")
            .willRespondWith(),
        403,
        ".+ can't join right now because they're in too many groups\u2024",
        TOO_MANY_GROUPS);
  }

  @Test
  @PactTestFor(pactMethod = "acceptOfAUserInTooManyGroups")
  void acceptingAUserInTooManyGroupsFailsWithTooManyGroups(MockServer server) {
    assertFailure(
        () -> client(server, true).acceptJoinRequest(GROUP, USER),
        TooManyGroupsException.class,
        403,
        TOO_MANY_GROUPS);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact rejectWithBlock(PactDslWithProvider builder) {
    return withAuthCookie(
            loggedIn(builder)
                .given(ASKED, GROUP_AND_USER)
                .uponReceiving("a reject with a block of a join request")
                .method("PUT")
                .path(requestPath()))
        .headers("Content-Type", "application/json")
        .body(new PactDslJsonBody().stringValue("action", "reject").booleanValue("block", true))
        .willRespondWith()
        .status(200)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "rejectWithBlock")
  void rejectingWithABlockSendsTheBlock(MockServer server) {
    assertThatCode(() -> client(server, true).rejectJoinRequest(GROUP, USER, true))
        .doesNotThrowAnyException();
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact rejectOfARequestThatDoesNotExist(PactDslWithProvider builder) {
    return rejected(
        answer(
                loggedIn(builder)
                    .given(
                        "group {groupId} exists and has no record of user {userId}",
                        GROUP_AND_USER),
                "a reject of a join request that does not exist",
                "reject")
            .willRespondWith(),
        400,
        null,
        NO_REQUEST_TO_REJECT);
  }

  @Test
  @PactTestFor(pactMethod = "rejectOfARequestThatDoesNotExist")
  void rejectingAMissingJoinRequestFailsWithNoJoinRequest(MockServer server) {
    assertFailure(
        () -> client(server, true).rejectJoinRequest(GROUP, USER, false),
        NoJoinRequestException.class,
        400,
        NO_REQUEST_TO_REJECT);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact rejectWithoutAuthCookie(PactDslWithProvider builder) {
    return rejected(
        identified(
                builder
                    .given("group {groupId} exists", Map.of("groupId", GROUP))
                    .uponReceiving("a reject of a join request without an auth cookie")
                    .method("PUT")
                    .path(requestPath()))
            .headers("Content-Type", "application/json")
            .body(rejectBody())
            .willRespondWith(),
        401,
        null,
        MISSING_CREDENTIALS);
  }

  @Test
  @PactTestFor(pactMethod = "rejectWithoutAuthCookie")
  void rejectingWithoutAuthCookieFailsWithUnauthorized(MockServer server) {
    assertFailure(
        () -> client(server, false).rejectJoinRequest(GROUP, USER, false),
        UnauthorizedException.class,
        401,
        MISSING_CREDENTIALS);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact rejectInAMissingGroup(PactDslWithProvider builder) {
    return rejected(
        answer(
                loggedIn(builder).given("group {groupId} does not exist", Map.of("groupId", GROUP)),
                "a reject of a join request in a group that does not exist",
                "reject")
            .willRespondWith(),
        404,
        null,
        GROUP_NOT_FOUND);
  }

  @Test
  @PactTestFor(pactMethod = "rejectInAMissingGroup")
  void rejectingInAMissingGroupFailsWithGroupNotFound(MockServer server) {
    assertFailure(
        () -> client(server, true).rejectJoinRequest(GROUP, USER, false),
        GroupNotFoundException.class,
        404,
        GROUP_NOT_FOUND);
  }

  /** The membership read of a user who asked to join, answered {@code requested}. */
  private static PactDslResponse requesterRead(
      PactDslWithProvider builder, String state, String description) {
    return withAuthCookie(
            loggedIn(builder)
                .given(state, GROUP_AND_USER)
                .uponReceiving(description)
                .method("GET")
                .path("/groups/" + GROUP + "/members/" + USER))
        .willRespondWith()
        .status(200)
        .headers(Map.of("Content-Type", "application/json"))
        .body(PactInteractions.requestingMember(new PactDslJsonBody()));
  }

  /** An answer ({@code accept} or {@code reject}, no block) to the contract user's request. */
  private static PactDslRequestWithPath answer(
      PactDslWithState state, String description, String action) {
    return withAuthCookie(state.uponReceiving(description).method("PUT").path(requestPath()))
        .headers("Content-Type", "application/json")
        .body(new PactDslJsonBody().stringValue("action", action).booleanValue("block", false));
  }

  private static Map<String, Object> token() {
    return Map.of("authToken", ContractFixtures.AUTH_TOKEN);
  }

  private static PactDslJsonBody rejectBody() {
    return new PactDslJsonBody().stringValue("action", "reject").booleanType("block", false);
  }

  private static PactDslRequestWithPath list(PactDslRequestWithoutPath request) {
    return PactInteractions.pagedGet(request, requestsPath())
        .matchQuery("blocked", "true|false", "false");
  }

  private static String requestsPath() {
    return "/groups/" + GROUP + "/requests";
  }

  private static String requestPath() {
    return "/groups/" + GROUP + "/requests/" + USER;
  }
}
