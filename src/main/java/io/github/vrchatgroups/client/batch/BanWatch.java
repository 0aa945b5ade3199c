package io.github.vrchatgroups.client.batch;

import io.github.vrchatgroups.client.GroupBans;
import io.github.vrchatgroups.client.TimeSource;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import java.time.Duration;

/**
 * The group's bans as a batch that lets users in knows them: read before the first request, and
 * again once {@code refresh} has passed, so that a user banned while a long batch runs is not let
 * in (which would lift the ban). One read costs {@code ceil(bans / 100)} requests.
 */
final class BanWatch {
  private final VrchatGroupsClient client;
  private final String groupId;
  private final TimeSource time;
  private final Duration refresh;
  private GroupBans bans;
  private long readAt;

  BanWatch(VrchatGroupsClient client, String groupId, TimeSource time, Duration refresh) {
    this.client = client;
    this.groupId = groupId;
    this.time = time;
    this.refresh = refresh;
  }

  /**
   * Reads the bans now.
   *
   * @throws io.github.vrchatgroups.client.errors.VrchatApiException when they cannot be read
   */
  void read() {
    long started = time.nanoTime();
    bans = client.readBans(groupId);
    readAt = started;
  }

  /** Whether the bans were never read, or were read {@code refresh} ago or longer. */
  boolean stale() {
    return bans == null || time.nanoTime() - readAt >= refresh.toNanos();
  }

  /** The bans as last read, or {@code null} before the first read. */
  GroupBans bans() {
    return bans;
  }
}
