package io.github.vrchatgroups.client.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vrchatgroups.client.AuditLogEntry;
import io.github.vrchatgroups.client.AuditLogQuery;
import io.github.vrchatgroups.client.GroupInvite;
import io.github.vrchatgroups.client.MembershipStatus;
import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.errors.MissingPermissionException;
import io.github.vrchatgroups.client.errors.NotGroupMemberException;
import io.github.vrchatgroups.client.errors.ServerErrorException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sandbox's memberships, bans, join requests and audit log as a client reads them: who may read
 * them, what each user's status is, faults by operation, the routes' methods, the log's filters.
 */
class SandboxModerationTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
  private static final String OTHER = "usr_00000000-0000-4000-8000-000000000001";
  private static final String CALLER = "usr_00000000-0000-4000-8000-0000000000c0";
  private static final String AGENT = "SandboxTest/1.0 t@example.invalid";

  private VrchatSandbox sandbox;

  @BeforeEach
  void start() throws IOException {
    sandbox =
        VrchatSandbox.start()
            .acceptAuthToken("authcookie_moderator")
            .acceptAuthToken("authcookie_caller", CALLER)
            .addGroup(GROUP)
            .addUser(USER, "Tupper")
            .addUser(OTHER, "Other");
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private VrchatGroupsClient client(String token) {
    return VrchatGroupsClient.builder()
        .baseUrl(sandbox.url())
        .userAgent(AGENT)
        .authCookie(token)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  private VrchatGroupsClient moderator() {
    return client("authcookie_moderator");
  }

  @Test
  void eachUsersStatusIsWhatTheGroupKnowsOfThem() {
    sandbox.addMember(GROUP, USER).addPendingInvite(GROUP, OTHER);

    assertThat(moderator().getMembership(GROUP, USER).status()).isEqualTo(MembershipStatus.MEMBER);
    assertThat(moderator().getMembership(GROUP, OTHER).status())
        .isEqualTo(MembershipStatus.INVITED);
    sandbox.addUser(CALLER, "Caller").addJoinRequest(GROUP, CALLER);
    assertThat(moderator().getMembership(GROUP, CALLER).status())
        .isEqualTo(MembershipStatus.REQUESTED);
  }

  @Test
  void anInvitedUsersMembershipIsTheRecordTheListingShows() {
    sandbox.addMember(GROUP, CALLER).addPendingInvite(GROUP, OTHER);

    GroupInvite listed = client("authcookie_caller").listInvites(GROUP).get(0);

    assertThat(moderator().getMembership(GROUP, OTHER).memberId()).isEqualTo(listed.memberId());
    assertThat(moderator().getMembership(GROUP, OTHER).memberId())
        .isNotEqualTo(moderator().getMembership(GROUP, USER).memberId());
  }

  @Test
  void aCallerOutsideTheGroupAndAMemberWithoutModerationAreRefusedAModeratorIsNot() {
    NotGroupMemberException outside =
        catchThrowableOfType(
            NotGroupMemberException.class,
            () -> client("authcookie_caller").getMembership(GROUP, USER));
    sandbox.addMemberWithoutModeration(GROUP, CALLER);
    MissingPermissionException member =
        catchThrowableOfType(
            MissingPermissionException.class,
            () -> client("authcookie_caller").getMembership(GROUP, USER));
    MissingPermissionException bans =
        catchThrowableOfType(
            MissingPermissionException.class, () -> client("authcookie_caller").readBans(GROUP));

    assertThat(outside).isNotNull();
    assertThat(member.getServerMessage())
        .hasValue("You're not allowed to view membership details\u2024");
    assertThat(bans.getServerMessage()).hasValue("You don't have permission\u2024");
    assertThat(moderator().readBans(GROUP).userIds()).isEmpty();
  }

  @Test
  void anAdmittedMemberWithModerationReadsEverything() {
    sandbox.addMember(GROUP, CALLER).addBannedUser(GROUP, USER);

    assertThat(client("authcookie_caller").readBans(GROUP).userIds()).containsExactly(USER);
    assertThat(client("authcookie_caller").getMembership(GROUP, USER).isBanned()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"MEMBERSHIP", "BANS", "JOIN_REQUESTS", "AUDIT_LOG", "ANSWER_JOIN_REQUEST"})
  void aFaultForOneOfTheseCallsReachesThatCallOnly(String operation) {
    sandbox.addJoinRequest(GROUP, OTHER);
    sandbox.injectFault(SandboxOperation.valueOf(operation), 1, SandboxFault.answer(500));
    Runnable[] reads = {
      () -> moderator().getMembership(GROUP, USER),
      () -> moderator().readBans(GROUP),
      () -> moderator().streamJoinRequests(GROUP).count(),
      () -> moderator().streamAuditLog(GROUP, AuditLogQuery.all()).count(),
      () -> moderator().rejectJoinRequest(GROUP, OTHER, false)
    };
    int faulted =
        java.util.List.of("MEMBERSHIP", "BANS", "JOIN_REQUESTS", "AUDIT_LOG", "ANSWER_JOIN_REQUEST")
            .indexOf(operation);

    for (int i = 0; i < reads.length; i++) {
      Runnable read = reads[i];
      if (i == faulted) {
        assertThat(catchThrowableOfType(ServerErrorException.class, read::run)).isNotNull();
      } else {
        read.run();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "POST /members/" + USER,
        "DELETE /bans",
        "POST /requests",
        "GET /requests/" + USER,
        "POST /auditLogs"
      })
  void eachModerationRouteAnswersItsOwnMethodOnly(String request) throws Exception {
    String[] parts = request.split(" ");

    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(sandbox.url() + "/groups/" + GROUP + parts[1]))
                    .header("User-Agent", AGENT)
                    .header("Cookie", "auth=authcookie_moderator")
                    .method(parts[0], HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(405);
    assertThat(answer.headers().firstValue("Allow"))
        .hasValue(parts[0].equals("GET") ? "PUT" : "GET");
  }

  @Test
  void theAuditLogIsNewestFirstAndFilteredByTypeTargetAndTime() {
    sandbox.addPendingInvite(GROUP, USER);
    sandbox.acceptInvite(GROUP, USER);
    sandbox.addJoinRequest(GROUP, OTHER);

    var all = moderator().streamAuditLog(GROUP, AuditLogQuery.all()).toList();
    var joins =
        moderator()
            .streamAuditLog(GROUP, AuditLogQuery.all().eventTypes(AuditLogEntry.MEMBER_JOINED))
            .toList();
    var aboutOther = moderator().streamAuditLog(GROUP, AuditLogQuery.all().targets(OTHER)).toList();
    var later =
        moderator()
            .streamAuditLog(GROUP, AuditLogQuery.all().since(Instant.now().plusSeconds(60)))
            .toList();
    var earlier =
        moderator()
            .streamAuditLog(GROUP, AuditLogQuery.all().until(Instant.parse("2000-01-01T00:00:00Z")))
            .toList();

    assertThat(all)
        .extracting(AuditLogEntry::eventType)
        .containsExactlyInAnyOrder(
            AuditLogEntry.INVITE_CREATED,
            AuditLogEntry.MEMBER_JOINED,
            AuditLogEntry.REQUEST_CREATED);
    assertThat(all.get(0).createdAt()).isAfterOrEqualTo(all.get(2).createdAt());
    assertThat(joins).singleElement().satisfies(e -> assertThat(e.targetId()).isEqualTo(USER));
    assertThat(joins.get(0).actorDisplayName()).isEqualTo("Tupper");
    assertThat(aboutOther)
        .singleElement()
        .satisfies(e -> assertThat(e.eventType()).isEqualTo(AuditLogEntry.REQUEST_CREATED));
    assertThat(later).isEmpty();
    assertThat(earlier).isEmpty();
    assertThat(sandbox.auditLog(GROUP))
        .containsExactly(
            "group.invite.create " + USER,
            "group.member.join " + USER,
            "group.request.create " + OTHER);
  }

  @Test
  void anAuditLogQueryWithABadDateIs400() throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            sandbox.url() + "/groups/" + GROUP + "/auditLogs?startDate=soon"))
                    .header("User-Agent", AGENT)
                    .header("Cookie", "auth=authcookie_moderator")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(400);
  }

  @Test
  void theSandboxsOwnActionsAreInItsAuditLog() {
    sandbox.addMember(GROUP, CALLER).addBannedUser(GROUP, USER).addBannedUser(GROUP, USER);
    moderator().inviteUserLiftingBan(GROUP, USER);
    sandbox.addJoinRequest(GROUP, OTHER);
    moderator().rejectJoinRequest(GROUP, OTHER, false);
    sandbox.addJoinRequest(GROUP, OTHER);
    moderator().acceptJoinRequest(GROUP, OTHER);

    assertThat(sandbox.auditLog(GROUP))
        .containsExactly(
            "group.user.ban " + USER,
            "group.user.unban " + USER,
            "group.invite.create " + USER,
            "group.request.create " + OTHER,
            "group.request.reject " + OTHER,
            "group.request.create " + OTHER,
            "group.member.join " + OTHER);
    assertThat(sandbox.joinRequests(GROUP)).isEmpty();
    assertThat(sandbox.joinRequests("grp_11111111-0000-0000-0000-000000000000")).isEmpty();
  }

  @Test
  void aJoinRequestIsListedUntilAnswered() {
    sandbox.addJoinRequest(GROUP, OTHER);

    assertThat(sandbox.joinRequests(GROUP)).containsExactly(OTHER);
    assertThat(moderator().acceptJoinRequest(GROUP, OTHER))
        .isEqualTo(io.github.vrchatgroups.client.JoinRequestResult.ACCEPTED);
    assertThat(sandbox.joinRequests(GROUP)).isEmpty();
    assertThat(sandbox.members(GROUP)).containsExactly(OTHER);
  }

  @Test
  void aBannedUsersRequestIsNotAcceptedByTheBanSafeAccept() {
    sandbox.addJoinRequest(GROUP, OTHER).addBannedUser(GROUP, OTHER);

    assertThat(moderator().acceptJoinRequest(GROUP, OTHER))
        .isEqualTo(io.github.vrchatgroups.client.JoinRequestResult.SKIPPED_BANNED);
    assertThat(sandbox.answeredJoinRequests()).isEmpty();
    assertThat(sandbox.members(GROUP)).isEmpty();
    assertThat(sandbox.auditLog(GROUP))
        .containsExactly("group.request.create " + OTHER, "group.user.ban " + OTHER);
  }

  @Test
  void aResetForgetsRequestsTheirAnswersTheLogAndWhoIsInTooManyGroups() {
    sandbox.addJoinRequest(GROUP, OTHER).putInTooManyGroups(OTHER).addJoinRequest(GROUP, USER);
    moderator().rejectJoinRequest(GROUP, USER, false);

    sandbox.reset().acceptAuthToken("authcookie_moderator").addGroup(GROUP).addUser(OTHER, "O");
    sandbox.addJoinRequest(GROUP, OTHER);

    assertThat(sandbox.answeredJoinRequests()).isEmpty();
    assertThat(sandbox.auditLog(GROUP)).containsExactly("group.request.create " + OTHER);
    assertThat(moderator().acceptJoinRequest(GROUP, OTHER))
        .isEqualTo(io.github.vrchatgroups.client.JoinRequestResult.ACCEPTED);
  }

  @Test
  void everyModerationCallOnAGroupTheSandboxDoesNotKnowIs404() {
    String unknown = "grp_11111111-0000-0000-0000-000000000000";
    java.util.List<Runnable> calls =
        java.util.List.of(
            () -> moderator().streamJoinRequests(unknown).count(),
            () -> moderator().rejectJoinRequest(unknown, USER, false),
            () -> moderator().streamAuditLog(unknown, AuditLogQuery.all()).count());

    for (Runnable call : calls) {
      assertThat(
              catchThrowableOfType(
                  io.github.vrchatgroups.client.errors.GroupNotFoundException.class, call::run))
          .isNotNull();
    }
  }

  @Test
  void aMemberWithoutModerationMayNotListAnswerOrReadTheLog() {
    sandbox.addMemberWithoutModeration(GROUP, CALLER).addJoinRequest(GROUP, USER);
    VrchatGroupsClient caller = client("authcookie_caller");
    java.util.List<Runnable> calls =
        java.util.List.of(
            () -> caller.streamJoinRequests(GROUP).count(),
            () -> caller.rejectJoinRequest(GROUP, USER, false),
            () -> caller.streamAuditLog(GROUP, AuditLogQuery.all()).count());

    for (Runnable call : calls) {
      assertThat(catchThrowableOfType(MissingPermissionException.class, call::run)).isNotNull();
    }
    assertThat(sandbox.joinRequests(GROUP)).containsExactly(USER);
  }

  @Test
  void anAnswerWithoutAKnownActionIs400() throws Exception {
    sandbox.addJoinRequest(GROUP, USER);
    for (String body :
        new String[] {
          "{}",
          "{\"action\":\"maybe\"}",
          "{\"action\":1}",
          "{\"action\":\"reject\",\"block\":\"yes\"}"
        }) {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(sandbox.url() + "/groups/" + GROUP + "/requests/" + USER))
                      .header("User-Agent", AGENT)
                      .header("Cookie", "auth=authcookie_moderator")
                      .method("PUT", HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(answer.statusCode()).as(body).isEqualTo(400);
    }
    assertThat(sandbox.joinRequests(GROUP)).containsExactly(USER);
  }

  @Test
  void theAuditLogSaysWhetherMorePagesFollow() throws Exception {
    sandbox.addPendingInvite(GROUP, USER).addPendingInvite(GROUP, OTHER);

    String first = auditLog("?n=1&offset=0");
    String last = auditLog("?n=1&offset=1");
    String whole = auditLog("?n=2&offset=0");

    assertThat(first).contains("\"totalCount\":2").contains("\"hasNext\":true");
    assertThat(last).contains("\"hasNext\":false");
    assertThat(whole).contains("\"hasNext\":false");
  }

  private String auditLog(String query) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create(sandbox.url() + "/groups/" + GROUP + "/auditLogs" + query))
                .header("User-Agent", AGENT)
                .header("Cookie", "auth=authcookie_moderator")
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  @Test
  void anAcceptedInviteIsAMembershipAndOnlyAPendingInviteCanBeAccepted() {
    sandbox.addPendingInvite(GROUP, USER);

    assertThat(sandbox.acceptInvite(GROUP, USER)).isTrue();
    assertThat(sandbox.acceptInvite(GROUP, USER)).isFalse();
    assertThat(sandbox.members(GROUP)).containsExactly(USER);
    assertThat(sandbox.pendingInvites(GROUP)).isEmpty();
  }
}
