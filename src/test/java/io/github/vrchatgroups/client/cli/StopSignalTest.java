package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What Ctrl-C or SIGTERM does, without a signal: the decision the shutdown hook takes, and the hook
 * {@link VrchatGroupsCli#run} installs around a command, started as the JVM would start it.
 */
@Timeout(20)
class StopSignalTest extends SandboxBatchTest {
  private final List<Integer> exits = new CopyOnWriteArrayList<>();
  private final List<Thread> added = new ArrayList<>();
  private final List<Thread> removed = new ArrayList<>();
  private final VrchatGroupsCli.ShutdownHooks hooks =
      new VrchatGroupsCli.ShutdownHooks(added::add, removed::add, exits::add);

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

  @Test
  void aHookInterruptedWhileWaitingForTheBatchKeepsTheInterruptAndDoesNotExit() {
    Thread.currentThread().interrupt();

    VrchatGroupsCli.onStopSignal(context(true), new CountDownLatch(1), exits::add);

    assertThat(Thread.interrupted()).as("interrupt status kept").isTrue();
    assertThat(exits).isEmpty();
  }

  @Test
  void theRuntimesHooksAreTheJvmsShutdownHooks() {
    VrchatGroupsCli.ShutdownHooks runtime = VrchatGroupsCli.ShutdownHooks.runtime();
    Thread added = new Thread(() -> {});
    Thread addedThenRemoved = new Thread(() -> {});

    runtime.add().accept(added);
    runtime.add().accept(addedThenRemoved);
    runtime.remove().accept(addedThenRemoved);

    assertThat(Runtime.getRuntime().removeShutdownHook(added)).isTrue();
    assertThat(Runtime.getRuntime().removeShutdownHook(addedThenRemoved)).isFalse();
  }

  @Test
  void aCommandThatEndsRemovesItsStopHookAndReturnsItsExitCode() {
    OptionalInt exitCode =
        VrchatGroupsCli.run(new String[] {"invite", "--bogus"}, context(false), hooks);

    assertThat(exitCode).hasValue(CliException.USAGE);
    assertThat(added).hasSize(1);
    assertThat(removed).containsExactlyElementsOf(added);
    assertThat(exits).isEmpty();
  }

  @Test
  void aSignalDuringABatchLetsTheInviteInFlightBeJournaledThenTheHookExits130() throws Exception {
    AtomicBoolean stopRequested = new AtomicBoolean();
    CliContext context =
        new TestContext()
            .stopRequested(stopRequested)
            .afterEachOutcome(
                userId -> {
                  if (userId.equals(user(1))) {
                    added.get(0).start(); // what the JVM does on SIGTERM
                    while (!stopRequested.get()) {
                      Thread.onSpinWait();
                    }
                  }
                })
            .build();

    OptionalInt exitCode =
        VrchatGroupsCli.run(args(usersFile(5)).toArray(String[]::new), context, hooks);
    added.get(0).join();

    assertThat(exitCode).as("the hook, not main, ends the JVM").isEmpty();
    assertThat(exits).containsExactly(BatchRun.INTERRUPTED);
    assertThat(removed).isEmpty();
    assertThat(sandbox.sentInvites()).hasSize(2);
    assertThat(Files.readAllLines(dir.resolve("users.txt.journal"))).hasSize(1 + 2);
  }
}
