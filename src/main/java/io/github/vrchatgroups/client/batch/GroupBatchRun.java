package io.github.vrchatgroups.client.batch;

import io.github.vrchatgroups.client.InviteResult;
import io.github.vrchatgroups.client.JoinRequestResult;
import io.github.vrchatgroups.client.TimeSource;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.errors.AccountPausedException;
import io.github.vrchatgroups.client.errors.LoginBudgetSpentException;
import io.github.vrchatgroups.client.errors.RateLimitedException;
import io.github.vrchatgroups.client.errors.Recovery;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import io.github.vrchatgroups.client.internal.UserIdIndex;
import io.github.vrchatgroups.client.internal.VrchatIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * One run of a {@link GroupBatch}: what it has seen, counted and left rate-limited, and the loop
 * that goes through the users, then through later rounds.
 */
final class GroupBatchRun {
  private final VrchatGroupsClient client;
  private final String groupId;
  private final BatchOperation operation;
  private final BatchJournal journal;
  private final BatchListener listener;
  private final int rounds;
  private final TimeSource time;
  private final BooleanSupplier stopWhen;
  private final long started;
  private final BanWatch banWatch;
  private final UserIdIndex seen = UserIdIndex.set();
  private final Map<UserOutcome, Integer> counts = new EnumMap<>(UserOutcome.class);
  private final List<String> rateLimited = new ArrayList<>();
  private int doneEarlier;
  private int sent;
  private boolean checked;
  private UserResult stoppedBy;
  private boolean interrupted;
  private int round = 1;

  GroupBatchRun(GroupBatch batch) {
    this.client = batch.client;
    this.groupId = batch.groupId;
    this.operation = batch.operation;
    this.journal = batch.journal;
    this.listener = batch.listener;
    this.rounds = batch.rounds;
    this.time = batch.time;
    this.stopWhen = batch.stopWhen;
    this.started = time.nanoTime();
    this.banWatch =
        operation.admits() ? new BanWatch(client, groupId, time, batch.banRefresh) : null;
  }

  BatchSummary all(Iterator<String> userIds) {
    long index = 0;
    while (!stopRequested() && userIds.hasNext()) {
      String userId = userIds.next();
      VrchatIds.requireUserId(userId, "userIds[" + index++ + "]");
      if (seen.put(userId, 0) && !doneEarlier(userId) && !send(userId)) {
        break;
      }
    }
    retryRateLimited();
    return new BatchSummary(
        seen.size(),
        doneEarlier,
        counts,
        stoppedBy,
        interrupted,
        round,
        Duration.ofNanos(time.nanoTime() - started));
  }

  /**
   * Whether an earlier run did the user. One it skipped as banned is looked at again: the ban may
   * be gone, or this run lifts bans. That costs no request unless they are then sent.
   */
  private boolean doneEarlier(String userId) {
    JournalEntry earlier = journal.earlier(userId).orElse(null);
    if (earlier == null
        || !earlier.outcome().isDone()
        || earlier.outcome() == UserOutcome.SKIPPED_BANNED) {
      return false;
    }
    doneEarlier++;
    listener.userDone(UserResult.earlier(userId, earlier));
    return true;
  }

  /** Another round, while the last got someone through, for the users VRChat rate-limited. */
  private void retryRateLimited() {
    int tried = sent;
    while (stoppedBy == null
        && !interrupted
        && round < rounds
        && !rateLimited.isEmpty()
        && rateLimited.size() < tried) {
      List<String> again = List.copyOf(rateLimited);
      tried = again.size();
      rateLimited.clear();
      round++;
      listener.roundStarted(round, again.size());
      for (String userId : again) {
        if (stopRequested()) {
          break;
        }
        counts.merge(UserOutcome.FAILED, -1, Integer::sum); // its failure is replaced
        if (!send(userId)) {
          break;
        }
      }
    }
    counts.values().removeIf(count -> count == 0);
  }

  /** Sends the user's request and journals its outcome; {@code false} when the run must stop. */
  private boolean send(String userId) {
    if (!checked) {
      checkBeforeSending();
      checked = true;
    }
    UserResult result = outcome(userId);
    sent++;
    journal.record(result);
    counts.merge(result.outcome(), 1, Integer::sum);
    result.failure().filter(GroupBatchRun::isRateLimit).ifPresent(f -> rateLimited.add(userId));
    listener.userDone(result);
    if (result.outcome() == UserOutcome.FAILED && stopsTheRun(result.failure().orElseThrow())) {
      stoppedBy = result;
      return false;
    }
    return true;
  }

  private boolean stopRequested() {
    interrupted = interrupted || stopWhen.getAsBoolean() || Thread.currentThread().isInterrupted();
    return interrupted;
  }

  /**
   * The one cheap read before the first request, which fails as every request would for bad
   * credentials, a wrong group, the firewall or a wrong base URL.
   */
  private void checkBeforeSending() {
    if (banWatch != null) {
      banWatch.read();
    } else if (operation == BatchOperation.CANCEL_INVITE) {
      client.listInvites(groupId, 1, 0);
    } else {
      try (Stream<?> requests = client.streamJoinRequests(groupId)) {
        requests.findFirst();
      }
    }
  }

  private UserResult outcome(String userId) {
    try {
      if (banWatch != null && banWatch.stale()) {
        banWatch.read();
      }
      if (operation != BatchOperation.INVITE_LIFTING_BANS
          && banWatch != null
          && banWatch.bans().contains(userId)) {
        return UserResult.skippedBanned(userId);
      }
      return UserResult.of(userId, apply(userId));
    } catch (VrchatApiException e) {
      return UserResult.failed(userId, e);
    }
  }

  private UserOutcome apply(String userId) {
    switch (operation) {
      case INVITE_LIFTING_BANS:
        client.inviteUserLiftingBan(groupId, userId);
        return banWatch.bans().contains(userId)
            ? UserOutcome.INVITED_BAN_LIFTED
            : UserOutcome.INVITED;
      case CANCEL_INVITE:
        client.cancelInvite(groupId, userId);
        return UserOutcome.CANCELLED;
      case ACCEPT_JOIN_REQUEST:
        return client.acceptJoinRequest(groupId, userId, banWatch.bans())
                == JoinRequestResult.SKIPPED_BANNED
            ? UserOutcome.SKIPPED_BANNED
            : UserOutcome.ACCEPTED;
      case REJECT_JOIN_REQUEST:
      case REJECT_JOIN_REQUEST_AND_BLOCK:
        client.rejectJoinRequest(
            groupId, userId, operation == BatchOperation.REJECT_JOIN_REQUEST_AND_BLOCK);
        return UserOutcome.REJECTED;
      default:
        return client.inviteUser(groupId, userId, banWatch.bans()) == InviteResult.SKIPPED_BANNED
            ? UserOutcome.SKIPPED_BANNED
            : UserOutcome.INVITED;
    }
  }

  /** A 429, or a pause after 429s longer than the call could wait: nothing was done. */
  private static boolean isRateLimit(VrchatApiException failure) {
    return failure instanceof RateLimitedException || failure instanceof AccountPausedException;
  }

  /** Whether every further request would fail the same way. */
  private static boolean stopsTheRun(VrchatApiException failure) {
    return failure.getRecovery() == Recovery.FIX_SETTINGS
        || failure.getRecovery() == Recovery.LOG_IN_AGAIN
        || failure instanceof LoginBudgetSpentException;
  }
}
