package io.github.vrchatgroups.client.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vrchatgroups.client.TimeSource;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The bans a batch knows go stale exactly when their refresh has passed since they were read. */
class BanWatchTest {
  @Test
  void theBansAreStaleBeforeTheFirstReadAndAgainExactlyWhenTheRefreshHasPassed() throws Exception {
    long[] now = {5_000_000_000L};
    TimeSource time =
        new TimeSource() {
          @Override
          public long nanoTime() {
            return now[0];
          }

          @Override
          public Instant now() {
            return Instant.EPOCH;
          }

          @Override
          public void sleep(Duration duration) {}
        };
    try (VrchatSandbox sandbox = BatchFixture.sandbox();
        VrchatGroupsClient client = BatchFixture.client(sandbox)) {
      BanWatch watch = new BanWatch(client, BatchFixture.GROUP, time, Duration.ofMinutes(10));

      assertThat(watch.stale()).isTrue();
      assertThat(watch.bans()).isNull();
      watch.read();
      now[0] += Duration.ofMinutes(10).toNanos() - 1;
      assertThat(watch.stale()).isFalse();
      now[0] += 1;
      assertThat(watch.stale()).isTrue();
      assertThat(watch.bans().groupId()).isEqualTo(BatchFixture.GROUP);
    }
  }
}
