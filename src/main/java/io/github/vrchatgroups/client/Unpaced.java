package io.github.vrchatgroups.client;

import java.time.Duration;
import java.util.Optional;

/** {@link RateGovernor#unpaced()}. */
enum Unpaced implements RateGovernor, RateGovernor.Turn {
  INSTANCE;

  @Override
  public Optional<Turn> acquire(Duration maxWait) {
    return Optional.of(this);
  }

  @Override
  public void answered() {}

  @Override
  public void rateLimited(Duration pause, boolean asked) {}

  @Override
  public String toString() {
    return "RateGovernor.unpaced()";
  }
}
