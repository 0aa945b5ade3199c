package io.github.vrchatgroups.client;

import static io.github.vrchatgroups.client.testing.FaultInjectingServer.Fault.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vrchatgroups.client.testing.FaultInjectingServer;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a membership and a ban list are read, and what the ban-safe calls do with them, whatever
 * VRChat sends: every status, a status it adds later, a ban date without a ban status. Against a
 * real loopback server.
 */
@Timeout(5)
class MembershipReadingTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
  private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

  private FaultInjectingServer server;
  private FakeTime time;
  private VrchatGroupsClient client;

  @BeforeEach
  void start() throws IOException {
    server = FaultInjectingServer.start();
    time = new FakeTime();
    client = time.clientFor(server.url()).build();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private void answerMember(String fields) {
    server.enqueue(response(200, JSON, "{\"userId\":\"" + USER + "\"" + fields + "}"));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "member, MEMBER",
    "invited, INVITED",
    "requested, REQUESTED",
    "banned, BANNED",
    "userblocked, USER_BLOCKED",
    "inactive, INACTIVE",
    "somethingVrchatAddsLater, UNKNOWN"
  })
  void everyStatusVrchatSendsIsReadAsItsOwnValue(String sent, MembershipStatus read) {
    answerMember(",\"membershipStatus\":\"" + sent + "\"");

    GroupMembership membership = client.getMembership(GROUP, USER);

    assertThat(membership.status()).isEqualTo(read);
    assertThat(membership.isBanned()).isEqualTo(read == MembershipStatus.BANNED);
  }

  @Test
  void noStatusAtAllIsUnknownAndNotABan() {
    answerMember("");

    assertThat(client.getMembership(GROUP, USER).status()).isEqualTo(MembershipStatus.UNKNOWN);
  }

  @Test
  void aBanDateUnderAStatusVrchatAddsLaterStillCountsAsABanAndNothingIsSent() {
    answerMember(
        ",\"membershipStatus\":\"suspendedNew\",\"bannedAt\":\"2026-11-21T09:15:00.000Z\"");

    assertThat(client.inviteUser(GROUP, USER)).isEqualTo(InviteResult.SKIPPED_BANNED);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void theBansAreReadWithTheClientsTimeAndCheckedPerUser() {
    server.enqueue(
        response(
            200, JSON, "[{\"userId\":\"" + USER + "\",\"membershipStatus\":\"banned\"},null]"));

    GroupBans bans = client.readBans(GROUP);

    assertThat(bans.readAt()).isEqualTo(time.now());
    assertThat(bans.userIds()).containsExactly(USER);
    assertThat(bans.contains(USER)).isTrue();
    assertThat(bans.contains(null)).isFalse();
    assertThat(bans.toString()).contains("bans=1");
    String other = "usr_00000000-0000-4000-8000-000000000001";
    assertThat(client.inviteUser(GROUP, USER, bans)).isEqualTo(InviteResult.SKIPPED_BANNED);
    assertThat(client.acceptJoinRequest(GROUP, USER, bans))
        .isEqualTo(JoinRequestResult.SKIPPED_BANNED);
    assertThat(client.inviteUser(GROUP, other, bans)).isEqualTo(InviteResult.INVITED);
    assertThat(client.acceptJoinRequest(GROUP, other, bans)).isEqualTo(JoinRequestResult.ACCEPTED);
    // The bans read, then one invite and one answer, both for the user who is not banned.
    assertThat(server.requests())
        .extracting(r -> r.method() + " " + r.path())
        .containsExactly(
            "GET /groups/" + GROUP + "/bans?n=100&offset=0",
            "POST /groups/" + GROUP + "/invites",
            "PUT /groups/" + GROUP + "/requests/" + other);
  }

  @Test
  void theBansOfAnotherGroupAreRefusedBeforeAnythingIsSent() {
    server.enqueue(response(200, JSON, "[]"));
    GroupBans bans = client.readBans(GROUP);
    String otherGroup = "grp_11111111-0000-0000-0000-000000000000";

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> client.inviteUser(otherGroup, USER, bans))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bans are those of " + GROUP + ", not of groupId " + otherGroup);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.inviteUser(GROUP, USER, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bans must not be null");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void anAcceptOfAUserWithNoRecordReadsThenAnswers() {
    server.enqueue(response(200, JSON, "null"));

    assertThat(client.acceptJoinRequest(GROUP, USER)).isEqualTo(JoinRequestResult.ACCEPTED);
    assertThat(server.requests().get(1).body())
        .isEqualTo("{\"action\":\"accept\",\"block\":false}");
  }
}
