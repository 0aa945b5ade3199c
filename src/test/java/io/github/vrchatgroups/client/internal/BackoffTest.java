package io.github.vrchatgroups.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vrchatgroups.client.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private static final RetryPolicy POLICY =
      RetryPolicy.builder()
          .minBackoff(Duration.ofSeconds(1))
          .maxBackoff(Duration.ofSeconds(10))
          .build();

  @Test
  void theWindowDoublesFromTheFloorPerRetry() {
    assertThat(Backoff.before(POLICY, 1, 0.999_999)).isBetween(seconds(1.99), seconds(2));
    assertThat(Backoff.before(POLICY, 2, 0.999_999)).isBetween(seconds(3.99), seconds(4));
    assertThat(Backoff.before(POLICY, 3, 0.999_999)).isBetween(seconds(7.99), seconds(8));
  }

  @Test
  void jitterZeroIsTheFloorAndHalfIsTheMiddle() {
    assertThat(Backoff.before(POLICY, 3, 0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(Backoff.before(POLICY, 1, 0.5)).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void theWindowIsCappedAtMaxBackoff() {
    assertThat(Backoff.before(POLICY, 4, 0.999_999)).isBetween(seconds(9.99), seconds(10));
    assertThat(Backoff.before(POLICY, 60, 0.5)).isEqualTo(Duration.ofMillis(5500));
  }

  @Test
  void aFloorEqualToTheCapNeverVaries() {
    RetryPolicy flat =
        RetryPolicy.builder()
            .minBackoff(Duration.ofSeconds(2))
            .maxBackoff(Duration.ofSeconds(2))
            .build();
    assertThat(Backoff.before(flat, 5, 0.9)).isEqualTo(Duration.ofSeconds(2));
  }

  private static Duration seconds(double value) {
    return Duration.ofNanos((long) (value * 1e9));
  }
}
