package io.github.vrchatgroups.client.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.Bucket;
import io.github.vrchatgroups.client.AdaptiveRateGovernor;
import io.github.vrchatgroups.client.Exchange;
import io.github.vrchatgroups.client.ExchangeListener;
import io.github.vrchatgroups.client.RateGovernor;
import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.VrchatOptions;
import io.github.vrchatgroups.client.auth.Totp;
import io.github.vrchatgroups.client.auth.TwoFactorPrompt;
import io.github.vrchatgroups.client.batch.BatchJournal;
import io.github.vrchatgroups.client.batch.BatchOperation;
import io.github.vrchatgroups.client.batch.BatchSummary;
import io.github.vrchatgroups.client.batch.GroupBatch;
import io.github.vrchatgroups.client.batch.UserOutcome;
import io.github.vrchatgroups.client.batch.UserResult;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of docs/running-a-bot-unattended.md, each run against the sandbox. */
class RunningABotUnattendedTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String BOT = "usr_00000000-0000-4000-8000-00000000b071";
  private static final String SECRET = "JBSWY3DPEHPK3PXP";

  @TempDir Path dir;
  private VrchatSandbox sandbox;
  private VrchatOptions sandboxOptions;

  @BeforeEach
  void start() throws IOException {
    sandbox =
        VrchatSandbox.start()
            .addAccount("groupbot", "hunter2 hunter2", BOT, "Group Bot")
            .requireTotp("groupbot", SECRET)
            .addGroup(GROUP)
            .addMember(GROUP, BOT)
            .acceptAnyUser(true);
    sandboxOptions =
        VrchatOptions.builder()
            .baseUrl(sandbox.url())
            .userAgent("MyGroupBot/1.2 admin@example.com")
            .build();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private long logins() {
    return SandboxLogins.sent(sandbox);
  }

  private static String user(int i) {
    return String.format("usr_00000000-0000-4000-8000-%012d", i);
  }

  private void runTheBot(
      VrchatOptions options,
      Map<String, String> secrets,
      Path sessionFile,
      String groupId,
      String userId) {
    // example: keep-session
    LoginCredentials credentials =
        LoginCredentials.of(
            "groupbot",
            () -> secrets.get("vrchat-password").toCharArray(), // asked at each login, never kept
            TwoFactorPrompt.totp(Totp.fromSecretOrUri(secrets.get("vrchat-totp"))));
    try (SessionKeeper keeper =
            SessionKeeper.builder()
                .options(options)
                .credentials(credentials)
                .store(SessionStore.file(sessionFile)) // owner-only; the next run reuses it
                .build();
        VrchatGroupsClient client = keeper.client()) {
      client.inviteUser(groupId, userId); // a session VRChat ended is renewed once, for all
    }
    // end of example
  }

  private BatchSummary inviteTheList(
      VrchatGroupsClient client,
      VrchatOptions options,
      String groupId,
      Path usersFile,
      Path journalFile,
      List<String> log)
      throws IOException {
    // example: batch-from-a-file
    try (BatchJournal journal =
            BatchJournal.file(journalFile, BatchOperation.INVITE, options.baseUrl(), groupId);
        Stream<String> userIds = Files.lines(usersFile)) { // read as the batch goes
      BatchSummary summary =
          GroupBatch.builder(client, groupId, BatchOperation.INVITE) // banned users are skipped
              .journal(journal) // before the next request; a re-run resumes after the last line
              .listener(result -> log.add(result.toString())) // each user, once journaled
              .build()
              .run(userIds);
      summary
          .stoppedBy() // a setting to fix, or a session that could not be renewed
          .flatMap(UserResult::failure)
          .ifPresent(failure -> log.add("stopped: " + failure.getMessage()));
      return summary;
    }
    // end of example
  }

  @Test
  void aListIsInvitedOnceAcrossTwoRunsAndTheBannedAreSkipped() throws IOException {
    Path usersFile =
        Files.writeString(
            dir.resolve("users.txt"), String.join("\n", user(1), user(2), user(3), user(1)) + "\n");
    sandbox.acceptAuthToken("authcookie_batchbot", BOT).addBannedUser(GROUP, user(3));
    List<String> log = new ArrayList<>();
    try (VrchatGroupsClient client =
        VrchatGroupsClient.builder()
            .options(sandboxOptions)
            .authCookie("authcookie_batchbot")
            .build()) {
      BatchSummary first =
          inviteTheList(client, sandboxOptions, GROUP, usersFile, dir.resolve("j"), log);
      BatchSummary second =
          inviteTheList(client, sandboxOptions, GROUP, usersFile, dir.resolve("j"), log);

      assertThat(first.thisRun())
          .containsExactly(
              Map.entry(UserOutcome.INVITED, 2), Map.entry(UserOutcome.SKIPPED_BANNED, 1));
      assertThat(second.doneEarlier()).isEqualTo(2);
      assertThat(second.thisRun()).containsExactly(Map.entry(UserOutcome.SKIPPED_BANNED, 1));
    }
    assertThat(sandbox.sentInvites()).containsExactly(GROUP + "/" + user(1), GROUP + "/" + user(2));
    assertThat(sandbox.bannedUsers(GROUP)).containsExactly(user(3));
    assertThat(log).contains(user(1) + ": invited", user(1) + ": invited (earlier run)");
  }

  @Test
  void theKeptSessionIsSavedOwnerOnlyAndReusedByTheNextRun() throws IOException {
    Map<String, String> secrets =
        Map.of(
            "vrchat-password",
            "hunter2 hunter2",
            "vrchat-totp",
            "otpauth://totp/VRChat:groupbot?secret=" + SECRET + "&issuer=VRChat");
    Path sessionFile = dir.resolve("mygroupbot").resolve("session.json");

    runTheBot(sandboxOptions, secrets, sessionFile, GROUP, user(1));
    runTheBot(sandboxOptions, secrets, sessionFile, GROUP, user(2));

    assertThat(logins()).isEqualTo(1);
    assertThat(sandbox.pendingInvites(GROUP)).contains(user(1), user(2));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sessionFile)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(sessionFile)).doesNotContain("hunter2");
  }

  @Test
  void theGovernorsSettingsAreOneValueOfTheOptions() {
    // example: governor-settings
    VrchatOptions options =
        VrchatOptions.builder()
            .userAgent("MyGroupBot/1.2 admin@example.com")
            .rateGovernor(AdaptiveRateGovernor.builder().perMinute(30).burst(5).build())
            .build();
    // end of example

    assertThat(options.rateGovernor().toString()).contains("30.0 of 30.0", "burst=5");
    assertThat(options.toBuilder().build().rateGovernor()).isSameAs(options.rateGovernor());
  }

  @Test
  void aGovernorSharedByTwoProcessesPausesBothAfterA429ToOne() {
    // example: bucket4j-governor
    final class BucketGovernor implements RateGovernor {
      private final Bucket bucket; // a distributed bucket (Redis, a database) for several processes
      private final AtomicLong pausedUntilMillis; // a key in the same store, read by every process

      BucketGovernor(Bucket bucket, AtomicLong pausedUntilMillis) {
        this.bucket = bucket;
        this.pausedUntilMillis = pausedUntilMillis;
      }

      @Override
      public Optional<Turn> acquire(Duration maxWait) throws InterruptedException {
        long paused = pausedUntilMillis.get() - System.currentTimeMillis();
        if (paused > maxWait.toMillis()) {
          return Optional.empty(); // the call fails at once, nothing sent
        }
        if (paused > 0) {
          Thread.sleep(paused);
        }
        if (!bucket.asBlocking().tryConsume(1, maxWait.minusMillis(Math.max(paused, 0)))) {
          return Optional.empty();
        }
        return Optional.of(
            new Turn() {
              @Override
              public void answered() {}

              @Override
              public void rateLimited(Duration pause, boolean asked) {
                long until = System.currentTimeMillis() + pause.toMillis();
                pausedUntilMillis.accumulateAndGet(until, Math::max); // pauses every process
              }
            });
      }
    }
    // end of example

    Bucket bucket =
        Bucket.builder()
            .addLimit(limit -> limit.capacity(10).refillGreedy(600, Duration.ofMinutes(1)))
            .build();
    AtomicLong pausedUntil = new AtomicLong();
    sandbox.addUser(user(1), "One").addUser(user(2), "Two").acceptAuthToken("authcookie_bot", BOT);
    sandbox.rateLimit(2, Duration.ofMillis(500), true); // Retry-After: 1 s, by then 2 requests
    VrchatOptions.Builder process =
        VrchatOptions.builder()
            .baseUrl(sandbox.url())
            .userAgent("MyGroupBot/1.2 admin@example.com")
            .retryPolicy(RetryPolicy.none());
    VrchatOptions first = process.rateGovernor(new BucketGovernor(bucket, pausedUntil)).build();
    VrchatOptions second = process.rateGovernor(new BucketGovernor(bucket, pausedUntil)).build();

    try (VrchatGroupsClient one =
            VrchatGroupsClient.builder().options(first).authCookie("authcookie_bot").build();
        VrchatGroupsClient two =
            VrchatGroupsClient.builder().options(second).authCookie("authcookie_bot").build()) {
      one.inviteUser(GROUP, user(1));
      org.assertj.core.api.Assertions.catchThrowable(() -> one.inviteUser(GROUP, user(2)));
      two.inviteUser(GROUP, user(2));
    }

    assertThat(sandbox.requests().stream().filter(r -> r.status() == 429)).hasSize(1);
    assertThat(sandbox.pendingInvites(GROUP)).contains(user(1), user(2));
  }

  @Test
  void theExchangeListenerFeedsMicrometer() {
    // example: micrometer-listener
    MeterRegistry registry = new SimpleMeterRegistry();
    VrchatOptions options =
        VrchatOptions.builder()
            .userAgent("MyGroupBot/1.2 admin@example.com")
            .exchangeListener(
                new ExchangeListener() {
                  @Override
                  public void exchanged(Exchange exchange) {
                    registry
                        .timer(
                            "vrchat.requests",
                            "operation",
                            exchange.operation(),
                            "status",
                            String.valueOf(exchange.status()))
                        .record(exchange.duration());
                    registry.timer("vrchat.turn.wait").record(exchange.turnWait());
                  }

                  @Override
                  public void sessionRenewed(boolean succeeded) {
                    registry.counter("vrchat.logins", "ok", String.valueOf(succeeded)).increment();
                  }
                })
            .build();
    // end of example
    VrchatOptions toSandbox = options.toBuilder().baseUrl(sandbox.url()).build();
    Map<String, String> secrets =
        Map.of("vrchat-password", "hunter2 hunter2", "vrchat-totp", SECRET);

    runTheBot(toSandbox, secrets, dir.resolve("session.json"), GROUP, user(3));

    assertThat(
            registry
                .timer("vrchat.requests", "operation", "getGroupMember", "status", "200")
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .timer("vrchat.requests", "operation", "createGroupInvite", "status", "200")
                .count())
        .isEqualTo(1);
    assertThat(registry.timer("vrchat.requests", "operation", "verify2FA", "status", "200").count())
        .isEqualTo(1);
    assertThat(registry.counter("vrchat.logins", "ok", "true").count()).isEqualTo(1);
    assertThat(registry.timer("vrchat.turn.wait").count()).isEqualTo(4);
  }
}
