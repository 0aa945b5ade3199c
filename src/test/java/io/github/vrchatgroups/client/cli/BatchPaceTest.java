package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import io.github.vrchatgroups.client.sandbox.junit.VirtualTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch against an account VRChat limits to 20 requests a minute, on virtual time shared by the
 * command and the sandbox: the pace finds the limit, and every user is done in the one run.
 */
class BatchPaceTest {
  private static final String GROUP = BatchSandbox.GROUP;
  private static final int USERS = 50;

  @TempDir Path dir;
  private final VirtualTime time = new VirtualTime();
  private VrchatSandbox sandbox;

  @BeforeEach
  void start() throws IOException {
    sandbox =
        VrchatSandbox.start(0, time)
            .acceptAuthToken(BatchSandbox.TOKEN, BatchSandbox.ADMIN)
            .addMember(GROUP, BatchSandbox.ADMIN)
            .acceptAnyUser(true)
            // 20 a minute, no burst, and no Retry-After (VRChat's usual 429).
            .rateLimit(1, Duration.ofSeconds(3), false);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void fiftyUsersAtTwentyAMinuteFinishWithinAQuarterOfTheIdealTimeInOneRun() throws IOException {
    Path users =
        Files.writeString(
            dir.resolve("users.txt"),
            IntStream.range(0, USERS).mapToObj(BatchSandbox::user).collect(Collectors.joining("\n"))
                + "\n");
    Path auth = Files.writeString(dir.resolve("auth"), BatchSandbox.TOKEN);
    CliContext virtual = new TestContext().time(time::nanoTime, time::sleep).build();

    CliRun run =
        CliRun.of(
            virtual,
            CliRun.against(
                "invite", sandbox.url(), auth, "--group", GROUP, "--from", users.toString()));

    // The ban list's read and 50 invites, one every 3 s: 150 s.
    Duration ideal = Duration.ofSeconds(3L * USERS);
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(sandbox.sentInvites()).hasSize(USERS).doesNotHaveDuplicates();
    assertThat(time.elapsed())
        .as(run.out())
        .isLessThanOrEqualTo(ideal.multipliedBy(5).dividedBy(4));
    System.out.printf(
        "20/min batch: %d users in %.1f s of virtual time (ideal %d s), %d answered 429%n",
        USERS,
        time.elapsed().toMillis() / 1000.0,
        ideal.toSeconds(),
        sandbox.requests().stream().filter(r -> r.status() == 429).count());
  }
}
