package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.TimeSource;
import io.github.vrchatgroups.client.internal.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * What the commands take from the world: the environment, time, and the request to stop (Ctrl-C or
 * SIGTERM). Tests pass their own; {@link #real()} is the process's.
 *
 * @param environment the environment variables ({@code VRCHAT_AUTH})
 * @param nanoTime a monotonic clock, as {@link System#nanoTime()}
 * @param sleeper how batches wait for their turn
 * @param stopRequested set when the user asked the batch to stop
 * @param batchRunning set while a batch runs: only then does a stop wait for the invite in flight
 * @param terminal whether the output is a terminal (a progress bar instead of a line per user)
 * @param afterEachOutcome called after each outcome is journaled (tests crash a batch with it)
 */
record CliContext(
    Map<String, String> environment,
    LongSupplier nanoTime,
    Sleeper sleeper,
    AtomicBoolean stopRequested,
    AtomicBoolean batchRunning,
    boolean terminal,
    Consumer<String> afterEachOutcome) {

  /** The clock and sleeper as the SDK's time source (wall-clock time is the system's). */
  TimeSource time() {
    LongSupplier clock = nanoTime;
    Sleeper waits = sleeper;
    return new TimeSource() {
      @Override
      public long nanoTime() {
        return clock.getAsLong();
      }

      @Override
      public Instant now() {
        return Instant.now();
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        waits.sleep(duration);
      }
    };
  }

  static CliContext real() {
    return new CliContext(
        ProcessEnvironment.real(),
        System::nanoTime,
        Sleeper.THREAD_SLEEP,
        new AtomicBoolean(),
        new AtomicBoolean(),
        System.console() != null,
        user -> {});
  }
}
