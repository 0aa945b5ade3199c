package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vrchatgroups.client.VrchatGroupsClient;
import org.junit.jupiter.api.Test;

/** The bans a batch knows go stale exactly {@link BanWatch#REFRESH} after they were read. */
class BanWatchTest extends SandboxBatchTest {
  @Test
  void theBansAreStaleBeforeTheFirstReadAndAgainExactlyTenMinutesAfterIt() throws Exception {
    long[] now = {5_000_000_000L};
    try (VrchatGroupsClient client =
        VrchatGroupsClient.builder()
            .baseUrl(sandbox.url())
            .userAgent(CliRun.USER_AGENT)
            .authCookie(java.nio.file.Files.readString(auth).strip())
            .build()) {
      BanWatch watch = new BanWatch(client, GROUP, () -> now[0]);

      assertThat(watch.stale()).isTrue();
      assertThat(watch.bans()).isNull();
      watch.read();
      now[0] += BanWatch.REFRESH.toNanos() - 1;
      assertThat(watch.stale()).isFalse();
      now[0] += 1;
      assertThat(watch.stale()).isTrue();
      assertThat(watch.bans().groupId()).isEqualTo(GROUP);
    }
  }
}
