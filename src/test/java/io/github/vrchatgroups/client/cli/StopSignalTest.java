package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What Ctrl-C or SIGTERM does, without a signal: the decision the shutdown hook takes. */
@Timeout(10)
class StopSignalTest {
  private final List<Integer> exits = new ArrayList<>();

  private static CliContext context(boolean batchRunning) {
    return new TestContext().batchRunning(batchRunning).build();
  }

  @Test
  void withoutABatchTheSignalOnlyAsksToStop() {
    CliContext context = context(false);

    VrchatGroupsCli.onStopSignal(context, new CountDownLatch(1), exits::add);

    assertThat(context.stopRequested()).isTrue();
    assertThat(exits).isEmpty();
  }

  @Test
  void duringABatchTheSignalWaitsForItsEndThenExits130() throws Exception {
    CliContext context = context(true);
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> VrchatGroupsCli.onStopSignal(context, finished, exits::add));
    hook.start();
    while (!context.stopRequested().get()) {
      Thread.sleep(5);
    }
    Thread.sleep(50);
    assertThat(exits).as("no exit before the batch has finished").isEmpty();

    finished.countDown();
    hook.join();

    assertThat(exits).containsExactly(130);
  }
}
