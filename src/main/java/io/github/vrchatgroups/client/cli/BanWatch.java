package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.GroupBans;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The group's bans as a batch of invites knows them: read once before the first invite, and again
 * when {@link #REFRESH} has passed, so that a user banned while a long batch runs is not invited
 * (which would lift the ban). One read costs {@code ceil(bans / 100)} requests.
 */
final class BanWatch {
  /** How long a read of the bans is trusted. */
  static final Duration REFRESH = Duration.ofMinutes(10);

  private final VrchatGroupsClient client;
  private final String groupId;
  private final LongSupplier nanoTime;
  private GroupBans bans;
  private long readAt;

  BanWatch(VrchatGroupsClient client, String groupId, LongSupplier nanoTime) {
    this.client = client;
    this.groupId = groupId;
    this.nanoTime = nanoTime;
  }

  /**
   * Reads the bans now.
   *
   * @throws io.github.vrchatgroups.client.errors.VrchatApiException when they cannot be read
   */
  void read() {
    long started = nanoTime.getAsLong();
    bans = client.readBans(groupId);
    readAt = started;
  }

  /** Whether the bans were never read, or were read {@link #REFRESH} ago or longer. */
  boolean stale() {
    return bans == null || nanoTime.getAsLong() - readAt >= REFRESH.toNanos();
  }

  /** The bans as last read, or {@code null} before the first read. */
  GroupBans bans() {
    return bans;
  }
}
