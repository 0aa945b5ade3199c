package io.github.vrchatgroups.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Supplier<Instant> NOON = () -> Instant.parse("2026-11-26T12:00:00Z");

  @Test
  void delaySecondsAreReadWithEveryDigit() {
    assertThat(RetryAfter.parse("0", NOON)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("9", NOON)).contains(Duration.ofSeconds(9));
    assertThat(RetryAfter.parse("19", NOON)).contains(Duration.ofSeconds(19));
    assertThat(RetryAfter.parse("90", NOON)).contains(Duration.ofSeconds(90));
    assertThat(RetryAfter.parse("1234567", NOON)).contains(Duration.ofSeconds(1234567));
  }

  @Test
  void surroundingWhitespaceIsIgnored() {
    assertThat(RetryAfter.parse("  7 ", NOON)).contains(Duration.ofSeconds(7));
  }

  @Test
  void anHttpDateIsTheTimeUntilThen() {
    assertThat(RetryAfter.parse("Thu, 26 Nov 2026 12:00:09 GMT", NOON))
        .contains(Duration.ofSeconds(9));
  }

  @Test
  void anHttpDateInThePastMeansNoWait() {
    assertThat(RetryAfter.parse("Thu, 26 Nov 2026 11:59:00 GMT", NOON)).contains(Duration.ZERO);
  }

  @Test
  void absentBlankAndGarbageValuesAreNotUnderstood() {
    assertThat(RetryAfter.parse(null, NOON)).isEmpty();
    assertThat(RetryAfter.parse(" ", NOON)).isEmpty();
    assertThat(RetryAfter.parse("soon", NOON)).isEmpty();
    assertThat(RetryAfter.parse("-5", NOON)).isEmpty();
    assertThat(RetryAfter.parse("1.5", NOON)).isEmpty();
    assertThat(RetryAfter.parse("99999999999999999999999", NOON)).isEmpty();
  }
}
