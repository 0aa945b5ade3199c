package io.github.vrchatgroups.client.batch;

import static io.github.vrchatgroups.client.batch.BatchFixture.GROUP;
import static io.github.vrchatgroups.client.batch.BatchFixture.user;
import static io.github.vrchatgroups.client.batch.BatchFixture.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.errors.GroupNotFoundException;
import io.github.vrchatgroups.client.errors.Recovery;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import io.github.vrchatgroups.client.sandbox.SandboxFault;
import io.github.vrchatgroups.client.sandbox.SandboxOperation;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SDK's batch against the sandbox over loopback: outcomes, once per user, resume, stops. */
class GroupBatchTest {
  @TempDir Path dir;
  private VrchatSandbox sandbox;
  private VrchatGroupsClient client;
  private final Map<String, UserOutcome> told = new LinkedHashMap<>();

  @BeforeEach
  void start() throws IOException {
    sandbox = BatchFixture.sandbox();
    client = BatchFixture.client(sandbox);
  }

  @AfterEach
  void stop() {
    client.close();
    sandbox.close();
  }

  private GroupBatch.Builder batch(BatchOperation operation) {
    return GroupBatch.builder(client, GROUP, operation)
        .listener(result -> told.put(result.userId(), result.outcome()));
  }

  private long sentRequests(String method) {
    return sandbox.requests().stream().filter(r -> r.method().equals(method)).count();
  }

  @Test
  void everyUserOfAnInviteBatchGetsTheOutcomeVrchatGave() {
    sandbox
        .addMember(GROUP, user(1))
        .addPendingInvite(GROUP, user(2))
        .addBannedUser(GROUP, user(3))
        .refuseInvitesTo(user(4));

    BatchSummary summary = batch(BatchOperation.INVITE).build().run(users(5).stream());

    assertThat(told)
        .containsExactly(
            Map.entry(user(0), UserOutcome.INVITED),
            Map.entry(user(1), UserOutcome.ALREADY_MEMBER),
            Map.entry(user(2), UserOutcome.ALREADY_INVITED),
            Map.entry(user(3), UserOutcome.SKIPPED_BANNED),
            Map.entry(user(4), UserOutcome.CANNOT_INVITE));
    assertThat(summary.isComplete()).isTrue();
    assertThat(summary.interrupted()).isFalse();
    assertThat(summary.rounds()).isEqualTo(1);
    assertThat(summary.users()).isEqualTo(5);
    assertThat(summary.thisRun())
        .containsEntry(UserOutcome.INVITED, 1)
        .containsEntry(UserOutcome.SKIPPED_BANNED, 1)
        .doesNotContainKey(UserOutcome.FAILED);
    assertThat(sandbox.bannedUsers(GROUP)).containsExactly(user(3));
  }

  @Test
  void invitingWhileLiftingBansSaysWhoseBanWasLifted() {
    sandbox.addBannedUser(GROUP, user(0));

    batch(BatchOperation.INVITE_LIFTING_BANS).build().run(users(2).stream());

    assertThat(told)
        .containsExactly(
            Map.entry(user(0), UserOutcome.INVITED_BAN_LIFTED),
            Map.entry(user(1), UserOutcome.INVITED));
    assertThat(sandbox.bannedUsers(GROUP)).isEmpty();
  }

  @Test
  void cancelAcceptAndRejectBatchesGiveTheirOwnOutcomes() {
    sandbox
        .addPendingInvite(GROUP, user(0))
        .addJoinRequest(GROUP, user(2))
        .addJoinRequest(GROUP, user(3))
        .addBannedUser(GROUP, user(3))
        .addJoinRequest(GROUP, user(5))
        .addJoinRequest(GROUP, user(6))
        .addJoinRequest(GROUP, user(7))
        .putInTooManyGroups(user(7));

    batch(BatchOperation.CANCEL_INVITE).build().run(Stream.of(user(0), user(1)));
    assertThat(sandbox.requests().get(0).path())
        .as("a cancel checks with a one-item listing of invites, not the bans")
        .startsWith("/groups/" + GROUP + "/invites");
    batch(BatchOperation.ACCEPT_JOIN_REQUEST)
        .build()
        .run(Stream.of(user(2), user(3), user(4), user(7)));
    batch(BatchOperation.REJECT_JOIN_REQUEST_AND_BLOCK).build().run(Stream.of(user(5)));
    int before = sandbox.requests().size();
    batch(BatchOperation.REJECT_JOIN_REQUEST).build().run(Stream.of(user(6)));
    assertThat(sandbox.requests().get(before).path())
        .as("a reject checks with the first page of join requests")
        .startsWith("/groups/" + GROUP + "/requests");

    assertThat(told)
        .containsExactly(
            Map.entry(user(0), UserOutcome.CANCELLED),
            Map.entry(user(1), UserOutcome.NOT_INVITED),
            Map.entry(user(2), UserOutcome.ACCEPTED),
            Map.entry(user(3), UserOutcome.SKIPPED_BANNED),
            Map.entry(user(4), UserOutcome.NO_JOIN_REQUEST),
            Map.entry(user(7), UserOutcome.TOO_MANY_GROUPS),
            Map.entry(user(5), UserOutcome.REJECTED),
            Map.entry(user(6), UserOutcome.REJECTED));
    assertThat(sandbox.members(GROUP)).contains(user(2)).doesNotContain(user(3));
    try (Stream<io.github.vrchatgroups.client.GroupMembership> blocked =
        client.streamBlockedJoinRequests(GROUP)) {
      assertThat(blocked.map(io.github.vrchatgroups.client.GroupMembership::userId))
          .as("only the reject that blocks")
          .containsExactly(user(5));
    }
  }

  @Test
  void oneRoundLeavesTheRateLimitedUsersToALaterRun() {
    client.close();
    client = BatchFixture.clientWithoutRetries(sandbox);
    sandbox.injectFault(SandboxOperation.INVITE, 2, SandboxFault.answer(429));

    BatchSummary summary = batch(BatchOperation.INVITE).rounds(1).build().run(users(3).stream());

    assertThat(summary.rounds()).isEqualTo(1);
    assertThat(summary.notDone()).isEqualTo(2);
    assertThat(summary.isComplete()).isFalse();
    assertThat(sentRequests("POST")).isEqualTo(3);
  }

  @Test
  void eachRoundTriesOnlyTheUsersTheLastOneLeftRateLimited() {
    client.close();
    client = BatchFixture.clientWithoutRetries(sandbox);
    sandbox.injectFault(SandboxOperation.INVITE, 3, SandboxFault.answer(429));

    BatchSummary summary =
        GroupBatch.builder(client, GROUP, BatchOperation.INVITE)
            .listener(
                new BatchListener() {
                  @Override
                  public void userDone(UserResult result) {
                    told.put(result.userId(), result.outcome());
                  }

                  @Override
                  public void roundStarted(int round, int users) {
                    if (round == 2) {
                      sandbox.injectFault(SandboxOperation.INVITE, 1, SandboxFault.answer(429));
                    }
                  }
                })
            .build()
            .run(users(4).stream());

    // Round 1: 3 rate-limited of 4; round 2: 1 of those 3; round 3: that one.
    assertThat(summary.rounds()).isEqualTo(3);
    assertThat(summary.isComplete()).isTrue();
    assertThat(sentRequests("POST")).isEqualTo(4 + 3 + 1);
    assertThat(summary.thisRun()).containsExactly(Map.entry(UserOutcome.INVITED, 4));
  }

  @Test
  void aUserBannedWhileTheBatchRunsIsSkippedOnceTheBansAreReadAgain() {
    long[] now = {0};
    io.github.vrchatgroups.client.TimeSource time =
        new io.github.vrchatgroups.client.TimeSource() {
          @Override
          public long nanoTime() {
            return now[0];
          }

          @Override
          public java.time.Instant now() {
            return java.time.Instant.EPOCH;
          }

          @Override
          public void sleep(java.time.Duration duration) {}
        };

    BatchSummary summary =
        batch(BatchOperation.INVITE)
            .timeSource(time)
            .banRefresh(java.time.Duration.ofMinutes(1))
            .listener(
                result -> {
                  told.put(result.userId(), result.outcome());
                  if (result.userId().equals(user(0))) {
                    sandbox.addBannedUser(GROUP, user(1)).addBannedUser(GROUP, user(2));
                  }
                  if (result.userId().equals(user(1))) {
                    now[0] += java.time.Duration.ofMinutes(1).toNanos();
                  }
                })
            .build()
            .run(users(3).stream());

    assertThat(told)
        .as(
            "user 1 was sent on the bans read before the ban, and VRChat refused the invite that"
                + " did not override it; user 2, a minute later, was not sent: bans read again")
        .containsExactly(
            Map.entry(user(0), UserOutcome.INVITED),
            Map.entry(user(1), UserOutcome.CANNOT_INVITE),
            Map.entry(user(2), UserOutcome.SKIPPED_BANNED));
    assertThat(summary.elapsed())
        .as("on the batch's clock")
        .isEqualTo(java.time.Duration.ofMinutes(1));
  }

  @Test
  void aUserListedTwiceIsSentOnce() {
    BatchSummary summary =
        batch(BatchOperation.INVITE).build().run(Stream.of(user(0), user(1), user(0), user(1)));

    assertThat(sandbox.sentInvites()).containsExactly(GROUP + "/" + user(0), GROUP + "/" + user(1));
    assertThat(summary.users()).isEqualTo(2);
    assertThat(summary.thisRun()).containsExactly(Map.entry(UserOutcome.INVITED, 2));
  }

  @Test
  void aRunCutShortResumesFromTheFileJournalAndSendsEachUserOnce() {
    Path file = dir.resolve("invites.journal");
    int[] outcomes = {0};
    try (BatchJournal journal =
        BatchJournal.file(file, BatchOperation.INVITE, sandbox.url(), GROUP)) {
      GroupBatch crashing =
          GroupBatch.builder(client, GROUP, BatchOperation.INVITE)
              .journal(journal)
              .listener(
                  result -> {
                    if (++outcomes[0] == 4) {
                      throw new IllegalStateException("simulated crash after 4 outcomes");
                    }
                  })
              .build();
      assertThatThrownBy(() -> crashing.run(users(10).stream()))
          .hasMessageContaining("simulated crash");
    }

    BatchSummary resumed;
    List<Boolean> earlierRun = new ArrayList<>();
    try (BatchJournal journal =
        BatchJournal.file(file, BatchOperation.INVITE, sandbox.url(), GROUP)) {
      resumed =
          batch(BatchOperation.INVITE)
              .journal(journal)
              .listener(result -> earlierRun.add(result.earlierRun()))
              .build()
              .run(users(10).stream());
    }

    assertThat(resumed.doneEarlier()).isEqualTo(4);
    assertThat(earlierRun)
        .containsExactly(true, true, true, true, false, false, false, false, false, false);
    assertThat(resumed.thisRun()).containsExactly(Map.entry(UserOutcome.INVITED, 6));
    assertThat(sandbox.sentInvites()).hasSize(10).doesNotHaveDuplicates();
  }

  @Test
  void theReadBeforeTheFirstRequestFailsWithNothingSent() {
    GroupBatch batch =
        GroupBatch.builder(
                client, "grp_11111111-0000-0000-0000-000000000000", BatchOperation.INVITE)
            .build();

    assertThatThrownBy(() -> batch.run(users(3).stream()))
        .isInstanceOf(GroupNotFoundException.class);
    assertThat(sentRequests("POST")).isZero();
  }

  @Test
  void aSessionThatEndsStopsTheRunAtTheFirstUserItFailsAndReadsNoFurther() {
    sandbox.endSessionsAfter(4); // the read of the bans, then three invites
    List<String> read = new ArrayList<>();

    BatchSummary summary =
        batch(BatchOperation.INVITE).build().run(users(10).stream().peek(read::add));

    assertThat(summary.stoppedBy()).isPresent();
    assertThat(summary.stoppedBy().get().userId()).isEqualTo(user(3));
    assertThat(summary.stoppedBy().get().failure())
        .containsInstanceOf(UnauthorizedException.class)
        .hasValueSatisfying(e -> assertThat(e.getRecovery()).isEqualTo(Recovery.LOG_IN_AGAIN));
    assertThat(read).hasSize(4);
    assertThat(summary.notDone()).isEqualTo(1);
    assertThat(summary.isComplete()).isFalse();
    assertThat(sandbox.sentInvites()).hasSize(3);
  }

  @Test
  void usersVrchatRateLimitedAreTriedAgainInTheNextRoundOfTheSameRun() {
    client.close();
    client = BatchFixture.clientWithoutRetries(sandbox);
    sandbox.injectFault(SandboxOperation.INVITE, 2, SandboxFault.answer(429));
    List<Integer> rounds = new ArrayList<>();

    BatchSummary summary =
        batch(BatchOperation.INVITE)
            .listener(
                new BatchListener() {
                  @Override
                  public void userDone(UserResult result) {}

                  @Override
                  public void roundStarted(int round, int users) {
                    rounds.add(users);
                  }
                })
            .build()
            .run(users(5).stream());

    assertThat(rounds).containsExactly(2);
    assertThat(summary.rounds()).isEqualTo(2);
    assertThat(summary.isComplete()).isTrue();
    assertThat(summary.thisRun()).containsExactly(Map.entry(UserOutcome.INVITED, 5));
    assertThat(sandbox.sentInvites()).hasSize(5).doesNotHaveDuplicates();
  }

  @Test
  void aRoundThatGetsNobodyThroughIsTheLast() {
    client.close();
    client = BatchFixture.clientWithoutRetries(sandbox);
    sandbox.injectFault(SandboxOperation.INVITE, 100, SandboxFault.answer(429));

    BatchSummary summary = batch(BatchOperation.INVITE).build().run(users(5).stream());

    assertThat(summary.rounds()).isEqualTo(1);
    assertThat(summary.notDone()).isEqualTo(5);
    assertThat(sentRequests("POST")).isEqualTo(5);
  }

  @Test
  void askingToStopEndsTheRunAfterTheUserInFlightWhichIsJournaled() {
    BatchJournal journal = BatchJournal.inMemory();

    BatchSummary summary =
        batch(BatchOperation.INVITE)
            .journal(journal)
            .stopWhen(() -> told.size() == 3)
            .build()
            .run(users(10).stream());

    assertThat(summary.interrupted()).isTrue();
    assertThat(summary.users()).isEqualTo(3);
    assertThat(journal.earlier(user(2))).isPresent();
    assertThat(sandbox.sentInvites()).hasSize(3);
  }

  @Test
  void aMalformedIdStopsTheRunNamingItsPlaceAndTheUsersBeforeItAreJournaled() {
    BatchJournal journal = BatchJournal.inMemory();
    GroupBatch batch = batch(BatchOperation.INVITE).journal(journal).build();

    assertThatThrownBy(() -> batch.run(Stream.of(user(0), "Tupper", user(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userIds[1]")
        .hasMessageContaining("Tupper");
    assertThat(journal.earlier(user(0))).isPresent();
    assertThat(sandbox.sentInvites()).containsExactly(GROUP + "/" + user(0));
  }

  @Test
  void theMemoryJournalForgetsNothingButCountsOnlyDoneUsersAsDone() {
    BatchJournal journal = BatchJournal.inMemory();
    journal.record(UserResult.of(user(0), UserOutcome.INVITED));
    journal.record(UserResult.failed(user(1), new BatchJournalException("HTTP 500", null)));

    assertThat(journal.earlier(user(0))).isPresent();
    assertThat(journal.earlier(user(1))).isEmpty();
    assertThat(new BatchJournalException("x", null).getRecovery()).isEqualTo(Recovery.FIX_SETTINGS);
  }

  @Test
  void theBuilderRefusesWhatCannotWorkNamingTheParameter() {
    assertThatThrownBy(() -> GroupBatch.builder(null, GROUP, BatchOperation.INVITE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("client");
    assertThatThrownBy(() -> GroupBatch.builder(client, "group", BatchOperation.INVITE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("groupId");
    assertThatThrownBy(() -> GroupBatch.builder(client, GROUP, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("operation");
    GroupBatch.Builder builder = GroupBatch.builder(client, GROUP, BatchOperation.INVITE);
    assertThatThrownBy(() -> builder.rounds(0)).hasMessageContaining("rounds");
    assertThatThrownBy(() -> builder.rounds(11)).hasMessageContaining("rounds");
    assertThat(builder.rounds(1).rounds(10)).isSameAs(builder);
    assertThatThrownBy(() -> builder.banRefresh(java.time.Duration.ZERO))
        .hasMessageContaining("banRefresh");
    assertThatThrownBy(() -> builder.banRefresh(java.time.Duration.ofSeconds(-1)))
        .hasMessageContaining("banRefresh");
    assertThat(builder.banRefresh(java.time.Duration.ofNanos(1))).isSameAs(builder);
    assertThatThrownBy(() -> builder.journal(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("journal");
    assertThatThrownBy(() -> builder.build().run(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userIds");
  }
}
