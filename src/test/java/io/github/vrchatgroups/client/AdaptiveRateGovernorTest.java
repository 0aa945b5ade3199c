package io.github.vrchatgroups.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vrchatgroups.client.sandbox.junit.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The default governor's rules, on virtual time. */
class AdaptiveRateGovernorTest {
  private static final Duration LONG = Duration.ofHours(1);

  private final VirtualTime time = new VirtualTime();
  private final List<String> pauses = new ArrayList<>();

  private AdaptiveRateGovernor governor(double perMinute, int burst) {
    return AdaptiveRateGovernor.builder()
        .perMinute(perMinute)
        .burst(burst)
        .timeSource(time)
        .listener((pace, pause) -> pauses.add(Math.round(pace) + "/min " + pause.toSeconds() + "s"))
        .build();
  }

  private RateGovernor.Turn turn(RateGovernor governor) throws InterruptedException {
    return governor.acquire(LONG).orElseThrow();
  }

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void aBurstGoesAtOnceThenTurnsAreSpacedAtThePace() throws InterruptedException {
    AdaptiveRateGovernor governor = governor(60, 3);

    for (int i = 0; i < 3; i++) {
      turn(governor);
    }
    assertThat(time.elapsed()).isZero();
    turn(governor);
    turn(governor);

    assertThat(time.elapsed()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aRateLimitPausesEveryTurnUntilItsPauseHasPassed() throws InterruptedException {
    AdaptiveRateGovernor governor = governor(60, 10);

    turn(governor).rateLimited(Duration.ofSeconds(30), true);
    assertThat(governor.paused()).isTrue();
    turn(governor);

    assertThat(time.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
    assertThat(governor.pauses()).isEqualTo(1);
    assertThat(pauses).containsExactly("30/min 30s");
  }

  @Test
  void oneCallRateLimitedFourTimesLowersThePaceOnce() throws InterruptedException {
    AdaptiveRateGovernor governor = governor(60, 10);

    for (int i = 0; i < 4; i++) {
      turn(governor).rateLimited(Duration.ofSeconds(1), true);
    }

    assertThat(governor.perMinute()).isEqualTo(30);
    assertThat(governor.pauses()).isEqualTo(4);
  }

  @Test
  void turnsUnderWayWhenThePaceWasLoweredDoNotLowerItAgain() throws InterruptedException {
    AdaptiveRateGovernor governor = governor(60, 10);
    List<RateGovernor.Turn> underWay = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      underWay.add(turn(governor));
    }
    underWay.get(7).answered();
    time.advance(Duration.ofSeconds(1));

    underWay.forEach(t -> t.rateLimited(Duration.ofSeconds(2), true));

    assertThat(governor.perMinute()).isEqualTo(30);
    assertThat(governor.pauses()).isEqualTo(1);
  }

  @Test
  void theNextLoweringAimsJustUnderWhatTheAccountServed() throws InterruptedException {
    AdaptiveRateGovernor governor = governor(60, 1);
    turn(governor).rateLimited(Duration.ofSeconds(3), true);
    // 20 answered a minute since the first 429, at the 30/min it was lowered to
    for (int i = 0; i < 20; i++) {
      turn(governor).answered();
      time.advance(Duration.ofSeconds(1));
    }
    time.advance(Duration.ofSeconds(20));

    turn(governor).rateLimited(Duration.ofSeconds(3), true);

    assertThat(governor.perMinute()).isBetween(19.0, 20.0);
  }

  @Test
  void thePaceRecoversWithEveryAnswerUpToTheMaximum() throws InterruptedException {
    AdaptiveRateGovernor governor = governor(60, 10);
    turn(governor).rateLimited(Duration.ZERO, true);

    for (int i = 0; i < 20; i++) {
      turn(governor).answered();
    }
    assertThat(governor.perMinute()).isBetween(36.0, 37.0);
    for (int i = 0; i < 100; i++) {
      turn(governor).answered();
    }
    assertThat(governor.perMinute()).isEqualTo(60);
  }

  @Test
  void rateLimitsWithoutRetryAfterAndNothingAnsweredBetweenPauseLongerEachTime()
      throws InterruptedException {
    AdaptiveRateGovernor governor = governor(60, 10);

    for (int i = 0; i < 4; i++) {
      turn(governor).rateLimited(Duration.ofSeconds(2), false);
    }
    turn(governor).answered();
    turn(governor).rateLimited(Duration.ofSeconds(2), false);

    assertThat(pauses)
        .extracting(p -> p.substring(p.indexOf(' ') + 1))
        .containsExactly("2s", "3s", "4s", "6s", "2s");
  }

  @Test
  void aRetryAfterIsHonouredAsItIsEvenAfterOtherRateLimits() throws InterruptedException {
    AdaptiveRateGovernor governor = governor(60, 10);

    turn(governor).rateLimited(Duration.ofSeconds(20), false);
    turn(governor).rateLimited(Duration.ofSeconds(20), true);

    assertThat(pauses)
        .extracting(p -> p.substring(p.indexOf(' ') + 1))
        .containsExactly("20s", "20s");
  }

  @Test
  void aTurnThatWouldNotComeInTimeIsRefusedWithoutWaiting() throws InterruptedException {
    AdaptiveRateGovernor governor = governor(60, 10);
    turn(governor).rateLimited(Duration.ofMinutes(5), true);

    Optional<RateGovernor.Turn> turn = governor.acquire(Duration.ofMinutes(1));

    assertThat(turn).isEmpty();
    assertThat(time.elapsed()).isZero();
  }

  @Test
  void aTurnThatComesExactlyAtTheDeadlineIsGiven() throws InterruptedException {
    AdaptiveRateGovernor governor = governor(60, 1);
    turn(governor);

    assertThat(governor.acquire(Duration.ofSeconds(1))).isPresent();
    assertThat(time.elapsed()).isEqualTo(Duration.ofSeconds(1));
    assertThat(governor.acquire(Duration.ofMillis(999))).isEmpty();
  }

  @Test
  void theAccountIsPausedUntilThePauseHasPassedAndNotAfter() throws InterruptedException {
    AdaptiveRateGovernor governor = governor(60, 10);
    assertThat(governor.paused()).isFalse();

    turn(governor).rateLimited(Duration.ofSeconds(5), true);
    time.advance(Duration.ofMillis(4999));
    assertThat(governor.paused()).isTrue();
    time.advance(Duration.ofMillis(1));

    assertThat(governor.paused()).isFalse();
  }

  @Test
  void aVirtualClockSetBackStartsTheGovernorOver() throws InterruptedException {
    AdaptiveRateGovernor governor = governor(60, 1);
    time.advance(Duration.ofMinutes(1));
    turn(governor).rateLimited(Duration.ofMinutes(5), true);

    time.reset();

    assertThat(governor.acquire(Duration.ZERO)).isPresent();
  }

  @Test
  void anInterruptEndsTheWait() throws InterruptedException {
    AdaptiveRateGovernor governor = AdaptiveRateGovernor.builder().perMinute(1).burst(1).build();
    assertThat(governor.acquire(Duration.ZERO)).isPresent();
    Thread.currentThread().interrupt();

    assertThatThrownBy(() -> governor.acquire(LONG)).isInstanceOf(InterruptedException.class);
  }

  @Test
  void theSlowestPaceIsTheFloor() throws InterruptedException {
    AdaptiveRateGovernor governor =
        AdaptiveRateGovernor.builder().perMinute(4).minPerMinute(3).timeSource(time).build();

    for (int i = 0; i < 5; i++) {
      RateGovernor.Turn turn = turn(governor);
      turn(governor).answered();
      turn.rateLimited(Duration.ZERO, true);
      time.advance(Duration.ofSeconds(1));
    }

    assertThat(governor.perMinute()).isEqualTo(3);
  }

  @Test
  void badSettingsAreNamed() {
    assertThatThrownBy(() -> AdaptiveRateGovernor.builder().perMinute(0).build())
        .hasMessageContaining("perMinute");
    assertThatThrownBy(() -> AdaptiveRateGovernor.builder().burst(0).build())
        .hasMessageContaining("burst");
    assertThatThrownBy(() -> AdaptiveRateGovernor.builder().minPerMinute(-1).build())
        .hasMessageContaining("minPerMinute");
    assertThatThrownBy(() -> AdaptiveRateGovernor.builder().timeSource(null).build())
        .hasMessageContaining("timeSource");
    assertThatThrownBy(() -> AdaptiveRateGovernor.builder().listener(null).build())
        .hasMessageContaining("listener");
    assertThatThrownBy(
            () ->
                VrchatOptions.builder()
                    .userAgent("Bot/1.0 a@example.com")
                    .rateGovernor(null)
                    .build())
        .hasMessageContaining("rateGovernor");
  }
}
