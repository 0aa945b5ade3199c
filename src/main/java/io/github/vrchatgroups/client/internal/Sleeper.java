package io.github.vrchatgroups.client.internal;

import java.time.Duration;

/** Waits between attempts; replaced in tests so that no test sleeps for real. */
@FunctionalInterface
public interface Sleeper {
  /** The real thing: {@link Thread#sleep}. */
  Sleeper THREAD_SLEEP =
      duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

  void sleep(Duration duration) throws InterruptedException;
}
