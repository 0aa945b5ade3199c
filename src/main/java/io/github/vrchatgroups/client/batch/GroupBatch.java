package io.github.vrchatgroups.client.batch;

import io.github.vrchatgroups.client.TimeSource;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import io.github.vrchatgroups.client.internal.VrchatIds;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * One operation for each user of a stream, as a bot or an admin needs it done: at the account's
 * pace (every call takes its turn from the client's {@link
 * io.github.vrchatgroups.client.RateGovernor rate governor}), ban-safe (users the group bans are
 * skipped by the operations that let users in), journaled before the next request, once per user,
 * and resumable.
 *
 * <pre>{@code
 * try (BatchJournal journal =
 *     BatchJournal.file(Path.of("invites.journal"), BatchOperation.INVITE, baseUrl, groupId)) {
 *   BatchSummary summary =
 *       GroupBatch.builder(client, groupId, BatchOperation.INVITE)
 *           .journal(journal)
 *           .listener(result -> log.info("{}", result))
 *           .build()
 *           .run(userIds);
 * }
 * }</pre>
 *
 * <p>Before its first request the run makes one cheap read (the bans, for the operations that let
 * users in, which they need anyway): bad credentials, a wrong group or a missing permission fail
 * there, with nothing sent. A user whose outcome is a failure is not done; the users VRChat
 * rate-limited are tried again in later rounds of the same run, while each round gets someone
 * through. A failure that every further request would share (a setting to fix, a session to log in
 * again, the login budget spent) stops the run. The stream is read as the run goes and never held:
 * what grows is the set that keeps a user listed twice from being sent twice, about 40 bytes a user
 * (holding the list as strings would take twice that).
 */
public final class GroupBatch {
  /** How many rounds a run takes at most, by default. */
  public static final int DEFAULT_ROUNDS = 3;

  /** How long a read of the group's bans is trusted, by default. */
  public static final Duration DEFAULT_BAN_REFRESH = Duration.ofMinutes(10);

  // Read by the run (GroupBatchRun), which holds the state of one.
  final VrchatGroupsClient client;
  final String groupId;
  final BatchOperation operation;
  final BatchJournal journal;
  final BatchListener listener;
  final int rounds;
  final TimeSource time;
  final Duration banRefresh;
  final BooleanSupplier stopWhen;

  private GroupBatch(Builder builder) {
    this.client = builder.client;
    this.groupId = builder.groupId;
    this.operation = builder.operation;
    this.journal = builder.journal;
    this.listener = builder.listener;
    this.rounds = builder.rounds;
    this.time = builder.time;
    this.banRefresh = builder.banRefresh;
    this.stopWhen = builder.stopWhen;
  }

  /**
   * Starts a batch.
   *
   * @param client the client every request goes through (its governor paces them)
   * @param groupId the group, {@code grp_<uuid>}
   * @param operation what to do to each user
   * @return a builder
   * @throws IllegalArgumentException if an argument is missing or {@code groupId} is malformed
   */
  public static Builder builder(
      VrchatGroupsClient client, String groupId, BatchOperation operation) {
    return new Builder(
        required(client, "client"),
        VrchatIds.requireGroupId(groupId, "groupId"),
        required(operation, "operation"));
  }

  /**
   * Runs the batch over {@code userIds}, reading the stream as it goes (it is not closed: it is the
   * caller's). A user that appears twice is done once.
   *
   * @param userIds the users, {@code usr_<uuid>} or legacy IDs
   * @return what the run did
   * @throws VrchatApiException if the read before the first request failed: nothing was sent
   * @throws BatchJournalException if the journal could not record an outcome: the run stopped after
   *     that user
   * @throws IllegalArgumentException if the stream is {@code null} or gives a malformed ID; the
   *     users before it are done and journaled
   */
  public BatchSummary run(Stream<String> userIds) {
    if (userIds == null) {
      throw new IllegalArgumentException("userIds must not be null");
    }
    return new GroupBatchRun(this).all(userIds.iterator());
  }

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /** Sets up a {@link GroupBatch}. */
  public static final class Builder {
    private final VrchatGroupsClient client;
    private final String groupId;
    private final BatchOperation operation;
    private BatchJournal journal;
    private BatchListener listener = BatchListener.NONE;
    private int rounds = DEFAULT_ROUNDS;
    private TimeSource time = TimeSource.SYSTEM;
    private Duration banRefresh = DEFAULT_BAN_REFRESH;
    private BooleanSupplier stopWhen = () -> false;

    private Builder(VrchatGroupsClient client, String groupId, BatchOperation operation) {
      this.client = client;
      this.groupId = groupId;
      this.operation = operation;
    }

    /**
     * Where outcomes are recorded and read back. Default: {@link BatchJournal#inMemory()}, which
     * resumes nothing after the process ends; give a {@link BatchJournal#file file} one to resume.
     * The batch does not close it.
     *
     * @param journal the journal
     * @return this builder
     */
    public Builder journal(BatchJournal journal) {
      this.journal = required(journal, "journal");
      return this;
    }

    /**
     * Told of each user's outcome and of each later round. Default: none.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(BatchListener listener) {
      this.listener = required(listener, "listener");
      return this;
    }

    /**
     * How many times, at most, one run sends a request for a user VRChat keeps rate-limiting.
     * Default {@value #DEFAULT_ROUNDS}; 1 leaves every rate-limited user to a later run.
     *
     * @param rounds from 1 to 10
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder rounds(int rounds) {
      if (rounds < 1 || rounds > 10) {
        throw new IllegalArgumentException("rounds must be from 1 to 10, got " + rounds);
      }
      this.rounds = rounds;
      return this;
    }

    /**
     * The clock the ban refresh and the run's duration are measured on. Default {@link
     * TimeSource#SYSTEM}; give the client's, when it has another.
     *
     * @param time the time source
     * @return this builder
     */
    public Builder timeSource(TimeSource time) {
      this.time = required(time, "timeSource");
      return this;
    }

    /**
     * How long a read of the group's bans is trusted before it is read again, so that a user banned
     * while a long batch runs is not let in. Default 10 minutes.
     *
     * @param refresh positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder banRefresh(Duration refresh) {
      if (refresh == null || refresh.isNegative() || refresh.isZero()) {
        throw new IllegalArgumentException("banRefresh must be positive, got " + refresh);
      }
      this.banRefresh = refresh;
      return this;
    }

    /**
     * Asked before each user: when it answers {@code true}, the run stops after the request in
     * flight, which is journaled (a Ctrl-C handler sets it). Interrupting the running thread stops
     * it too. Default: never.
     *
     * @param stopWhen the question
     * @return this builder
     */
    public Builder stopWhen(BooleanSupplier stopWhen) {
      this.stopWhen = required(stopWhen, "stopWhen");
      return this;
    }

    /**
     * The batch.
     *
     * @return a batch to {@link GroupBatch#run run}, once or again
     */
    public GroupBatch build() {
      if (journal == null) {
        journal = BatchJournal.inMemory();
      }
      return new GroupBatch(this);
    }
  }
}
