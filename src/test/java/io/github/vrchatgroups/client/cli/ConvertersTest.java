package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** The option formats a person types: durations and rates. */
class ConvertersTest {
  private final DurationConverter durations = new DurationConverter();
  private final RateConverter rates = new RateConverter();

  @Test
  void durationsReadMillisecondsSecondsMinutesAndIso() {
    assertThat(durations.convert("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(durations.convert(" 10s ")).isEqualTo(Duration.ofSeconds(10));
    assertThat(durations.convert("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(durations.convert("pt1m30s")).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void anUnreadableDurationIsRefusedWithTheFormats() {
    for (String bad : new String[] {"soon", "10", "xs", "PTx"}) {
      assertThatThrownBy(() -> durations.convert(bad))
          .isInstanceOf(TypeConversionException.class)
          .hasMessage("expected a duration such as 500ms, 10s, 2m or PT10S, got '" + bad + "'");
    }
  }

  @Test
  void ratesArePerMinuteOrPerSecond() {
    assertThat(rates.convert("30/min")).isEqualTo(30.0);
    assertThat(rates.convert("45")).isEqualTo(45.0);
    assertThat(rates.convert("2/s")).isEqualTo(120.0);
    assertThat(rates.convert("0.5/MIN")).isEqualTo(0.5);
  }

  @Test
  void aRateThatIsNotPositiveOrNotPerMinuteOrSecondIsRefused() {
    for (String bad : new String[] {"0/min", "-1/s", "3/h", "x/min", "1/s/s", "Infinity"}) {
      assertThatThrownBy(() -> rates.convert(bad))
          .isInstanceOf(TypeConversionException.class)
          .hasMessage("expected N/min or N/s with N > 0, got '" + bad + "'");
    }
  }
}
