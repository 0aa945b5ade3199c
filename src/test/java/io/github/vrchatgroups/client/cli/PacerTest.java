package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pace on fake time: nothing here waits for real. */
class PacerTest {
  private long now;
  private final List<Duration> sleeps = new ArrayList<>();

  private Pacer pacer(double perMinute) {
    return new Pacer(
        perMinute,
        () -> now,
        wait -> {
          sleeps.add(wait);
          now += wait.toNanos();
        });
  }

  @Test
  void invitesAreSpacedByTheRate() throws InterruptedException {
    Pacer pacer = pacer(60);

    pacer.awaitTurn();
    pacer.awaitTurn();
    pacer.awaitTurn();

    assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void timeSpentOnTheInviteCountsTowardsTheWait() throws InterruptedException {
    Pacer pacer = pacer(60);

    pacer.awaitTurn();
    now += 400_000_000L;
    pacer.awaitTurn();

    assertThat(sleeps).containsExactly(Duration.ofMillis(600));
  }

  @Test
  void aRateLimitHalvesThePaceAndPushesTheNextTurnBack() throws InterruptedException {
    Pacer pacer = pacer(60);
    pacer.awaitTurn();

    assertThat(pacer.rateLimited()).isEqualTo(30);
    pacer.awaitTurn();

    assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void thePaceNeverDropsBelowOneAMinute() {
    Pacer pacer = pacer(3);
    pacer.rateLimited();
    pacer.rateLimited();
    pacer.rateLimited();

    assertThat(pacer.perMinute()).isEqualTo(Pacer.MIN_PER_MINUTE);
  }

  @Test
  void answersWithoutARateLimitRecoverATenthAtATimeUpToTheRateAskedFor() {
    Pacer pacer = pacer(100);
    pacer.rateLimited();
    pacer.answered(); // the answer that came with the 429 does not count
    assertThat(pacer.perMinute()).isEqualTo(50);

    pacer.answered();
    assertThat(pacer.perMinute()).isCloseTo(55, org.assertj.core.data.Offset.offset(1e-9));
    for (int i = 0; i < 20; i++) {
      pacer.answered();
    }
    assertThat(pacer.perMinute()).isEqualTo(100);
  }
}
