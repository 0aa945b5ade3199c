package io.github.vrchatgroups.client.bench;

import io.github.vrchatgroups.client.AdaptiveRateGovernor;
import io.github.vrchatgroups.client.GroupBans;
import io.github.vrchatgroups.client.RateGovernor;
import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.VrchatOptions;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Eight threads inviting through one client against a sandbox that limits the account, with the
 * account's governor and without it (each call retrying on its own, as before governors): how many
 * 429s the account received and how many invites a minute it achieved. VRChat's limit is of the
 * order of 60 requests a minute; to finish in seconds, the run is scaled a hundredfold (6,000 a
 * minute, a burst of 10), which keeps every ratio. Writes {@code target/bench/pace.md}.
 */
public final class AccountPaceBenchmark {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String ADMIN = "usr_00000000-0000-4000-8000-00000000ad01";
  private static final String TOKEN = "authcookie_bench";
  private static final int INVITES = 1500;
  private static final int THREADS = 8;
  private static final Duration REFILL = Duration.ofMillis(10);

  private AccountPaceBenchmark() {}

  /** One run's numbers. */
  private record Run(String name, long rateLimited, long requests, Duration took, int failed) {
    double perMinute() {
      return (INVITES - failed) * 60_000.0 / took.toMillis();
    }
  }

  public static void main(String[] args) throws Exception {
    double limit = 60_000.0 / REFILL.toMillis();
    List<Run> runs = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      // Set too fast on purpose, at twice the limit, as a bot that does not know it would be.
      runs.add(
          run(
              "governor (AdaptiveRateGovernor at 2x the limit)",
              AdaptiveRateGovernor.builder().perMinute(limit * 2).burst(10).build()));
      runs.add(run("no governor (each call retries on its own)", RateGovernor.unpaced()));
    }
    StringBuilder table =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "### One account, %d threads, %d invites, limit %.0f/min (burst 10)%n%n"
                    + "| run | 429s received | requests | invites/min achieved | of the limit |"
                    + " failed |%n|---|---|---|---|---|---|%n",
                THREADS,
                INVITES,
                limit));
    for (Run run : runs) {
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %.0f | %.2fx | %d |%n",
              run.name(),
              run.rateLimited(),
              run.requests(),
              run.perMinute(),
              run.perMinute() / limit,
              run.failed()));
    }
    System.out.println(table);
    Path report = Path.of("target", "bench", "pace.md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, table.toString());
  }

  private static Run run(String name, RateGovernor governor) throws Exception {
    try (VrchatSandbox sandbox =
        VrchatSandbox.start()
            .acceptAuthToken(TOKEN, ADMIN)
            .addMember(GROUP, ADMIN)
            .acceptAnyUser(true)) {
      VrchatOptions options =
          VrchatOptions.builder()
              .baseUrl(sandbox.url())
              .userAgent("PaceBenchmark/1.0 bench@example.invalid")
              .retryPolicy(
                  RetryPolicy.builder()
                      .maxRetries(50)
                      .minBackoff(REFILL)
                      .maxBackoff(Duration.ofSeconds(1))
                      .maxElapsed(Duration.ofMinutes(5))
                      .build())
              .rateGovernor(governor)
              .build();
      try (VrchatGroupsClient client =
          VrchatGroupsClient.builder().options(options).authCookie(TOKEN).build()) {
        GroupBans bans = client.readBans(GROUP);
        sandbox.rateLimit(10, REFILL, false);
        AtomicInteger failed = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<?>> invites = new ArrayList<>();
        for (int i = 0; i < INVITES; i++) {
          String user = String.format("usr_00000000-0000-4000-8000-%012d", i);
          invites.add(
              threads.submit(
                  () -> {
                    try {
                      client.inviteUser(GROUP, user, bans);
                    } catch (VrchatApiException e) {
                      failed.incrementAndGet();
                    }
                  }));
        }
        for (Future<?> invite : invites) {
          invite.get();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        threads.shutdown();
        long rateLimited = sandbox.requests().stream().filter(r -> r.status() == 429).count();
        return new Run(name, rateLimited, sandbox.requests().size() - 1, took, failed.get());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
