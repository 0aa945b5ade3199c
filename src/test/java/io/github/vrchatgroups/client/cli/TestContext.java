package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.internal.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A {@link CliContext} for tests: real time, an environment with an empty configuration folder (no
 * test ever reads the developer's own saved session), nothing stopped, no terminal. A test changes
 * only what it is about.
 */
final class TestContext {
  private Map<String, String> environment =
      Map.of("XDG_CONFIG_HOME", CliRun.EMPTY_CONFIG.toString());
  private LongSupplier nanoTime = System::nanoTime;
  private Sleeper sleeper = Sleeper.THREAD_SLEEP;
  private AtomicBoolean stopRequested = new AtomicBoolean();
  private boolean batchRunning;
  private boolean terminal;
  private Consumer<String> afterEachOutcome = userId -> {};

  TestContext environment(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
    return this;
  }

  /** Time that moves only when the command sleeps. */
  TestContext time(LongSupplier nanoTime, Sleeper sleeper) {
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    return this;
  }

  /**
   * Time that moves only when the command sleeps; each sleep is added to {@code sleeps}. Like
   * {@link System#nanoTime()}, it starts at an arbitrary value, not at 0.
   */
  TestContext fakeTime(List<Duration> sleeps) {
    long[] now = {7_000_000_000_000L};
    return time(
        () -> now[0],
        wait -> {
          sleeps.add(wait);
          now[0] += wait.toNanos();
        });
  }

  TestContext stopRequested(AtomicBoolean stopRequested) {
    this.stopRequested = stopRequested;
    return this;
  }

  TestContext batchRunning(boolean batchRunning) {
    this.batchRunning = batchRunning;
    return this;
  }

  TestContext terminal(boolean terminal) {
    this.terminal = terminal;
    return this;
  }

  TestContext afterEachOutcome(Consumer<String> afterEachOutcome) {
    this.afterEachOutcome = afterEachOutcome;
    return this;
  }

  CliContext build() {
    return new CliContext(
        environment,
        nanoTime,
        sleeper,
        stopRequested,
        new AtomicBoolean(batchRunning),
        terminal,
        afterEachOutcome);
  }
}
