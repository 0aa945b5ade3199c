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
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.vrchatgroups.client.GroupBans;
import io.github.vrchatgroups.client.GroupMembership;
import io.github.vrchatgroups.client.MembershipStatus;
import io.github.vrchatgroups.client.errors.GroupNotFoundException;
import io.github.vrchatgroups.client.errors.MissingPermissionException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The consumer side of "Get Group Bans": one interaction per documented response. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFixtures.PROVIDER, pactVersion = PactSpecVersion.V4)
class GroupBansPactTest {
  private static final Map<String, Object> GROUP_AND_USER =
      Map.of("groupId", GROUP, "userId", USER);

  /** The community spec's example, ending in U+2024. */
  private static final String NO_PERMISSION = "You don't have permission\u2024";

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact bansOfAGroupWithOneBan(PactDslWithProvider builder) {
    return list(loggedIn(builder)
            .given("group {groupId} bans user {userId}", GROUP_AND_USER)
            .uponReceiving("a request for the bans of a group that bans one user"))
        .willRespondWith()
        .status(200)
        .headers(Map.of("Content-Type", "application/json"))
        .body(PactInteractions.bannedMember(PactDslJsonArray.arrayMinLike(1)).closeObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "bansOfAGroupWithOneBan")
  void theBansStreamEachBannedUserWithTheDate(MockServer server) {
    assertThat(client(server, true).streamBans(GROUP).toList())
        .extracting(GroupMembership::userId, GroupMembership::status, GroupMembership::bannedAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                USER, MembershipStatus.BANNED, PactInteractions.BANNED_AT));
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact bansOfAGroupThatBansNobody(PactDslWithProvider builder) {
    return list(loggedIn(builder)
            .given("group {groupId} bans nobody", Map.of("groupId", GROUP))
            .uponReceiving("a request for the bans of a group that bans nobody"))
        .willRespondWith()
        .status(200)
        .headers(Map.of("Content-Type", "application/json"))
        .body(new PactDslJsonArray())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "bansOfAGroupThatBansNobody")
  void readingTheBansOfAGroupThatBansNobodyIsOneRequestAndEmpty(MockServer server) {
    GroupBans bans = client(server, true).readBans(GROUP);

    assertThat(bans.userIds()).isEmpty();
    assertThat(bans.groupId()).isEqualTo(GROUP);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact bansWithoutAuthCookie(PactDslWithProvider builder) {
    return rejected(
        identified(
                builder
                    .given("group {groupId} exists", Map.of("groupId", GROUP))
                    .uponReceiving("a request for the bans of a group without an auth cookie")
                    .method("GET")
                    .path(bansPath()))
            .matchQuery("n", "\\d+", "100")
            .matchQuery("offset", "\\d+", "0")
            .willRespondWith(),
        401,
        null,
        MISSING_CREDENTIALS);
  }

  @Test
  @PactTestFor(pactMethod = "bansWithoutAuthCookie")
  void readingTheBansWithoutAuthCookieFailsWithUnauthorized(MockServer server) {
    assertFailure(
        () -> client(server, false).readBans(GROUP),
        UnauthorizedException.class,
        401,
        MISSING_CREDENTIALS);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact bansWithoutPermission(PactDslWithProvider builder) {
    return rejected(
        list(loggedInAsCaller(builder)
                .given(
                    "user {callerId} is a member of group {groupId} whose role may not moderate it",
                    Map.of("callerId", ContractFixtures.CALLER_ID, "groupId", GROUP))
                .uponReceiving("a request for the bans by a member whose role may not moderate"))
            .willRespondWith(),
        403,
        null,
        NO_PERMISSION);
  }

  @Test
  @PactTestFor(pactMethod = "bansWithoutPermission")
  void readingTheBansWithoutThePermissionFailsWithMissingPermission(MockServer server) {
    assertFailure(
        () -> client(server, true).readBans(GROUP),
        MissingPermissionException.class,
        403,
        NO_PERMISSION);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact bansOfAMissingGroup(PactDslWithProvider builder) {
    return rejected(
        list(loggedIn(builder)
                .given("group {groupId} does not exist", Map.of("groupId", GROUP))
                .uponReceiving("a request for the bans of a group that does not exist"))
            .willRespondWith(),
        404,
        null,
        GROUP_NOT_FOUND);
  }

  @Test
  @PactTestFor(pactMethod = "bansOfAMissingGroup")
  void readingTheBansOfAMissingGroupFailsWithGroupNotFound(MockServer server) {
    assertFailure(
        () -> client(server, true).readBans(GROUP),
        GroupNotFoundException.class,
        404,
        GROUP_NOT_FOUND);
  }

  private static PactDslRequestWithPath list(PactDslRequestWithoutPath request) {
    return PactInteractions.pagedGet(request, bansPath());
  }

  private static String bansPath() {
    return "/groups/" + GROUP + "/bans";
  }
}
