package io.github.vrchatgroups.client.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vrchatgroups.client.AdaptiveRateGovernor;
import io.github.vrchatgroups.client.GroupBans;
import io.github.vrchatgroups.client.RateGovernor;
import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.Session;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.VrchatOptions;
import io.github.vrchatgroups.client.auth.TwoFactorPrompt;
import io.github.vrchatgroups.client.auth.VrchatLogin;
import io.github.vrchatgroups.client.sandbox.SandboxRequest;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bot the SDK is for, run against the sandbox over sockets: a saved session, credentials to
 * renew it, one client shared by eight threads, a thousand invites, sessions that end mid-run and a
 * rate limit the threads together overrun.
 */
class UnattendedBotTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String BOT = "usr_00000000-0000-4000-8000-00000000b071";
  private static final String PASSWORD = "correct horse battery";
  private static final int USERS = 1000;

  private VrchatSandbox sandbox;

  @BeforeEach
  void start() throws IOException {
    sandbox =
        VrchatSandbox.start()
            .addAccount("bot", PASSWORD, BOT, "Bot")
            .addGroup(GROUP)
            .addMember(GROUP, BOT)
            .acceptAnyUser(true);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private static String user(int i) {
    return String.format("usr_00000000-0000-4000-8000-%012d", i);
  }

  /** The bot's keeper: its credentials and its session store. */
  private static SessionKeeper keeper(VrchatOptions options, SessionStore store) {
    return SessionKeeper.builder()
        .options(options)
        .credentials(LoginCredentials.of("bot", PASSWORD::toCharArray, TwoFactorPrompt.NONE))
        .store(store)
        .build();
  }

  private long logins() {
    return SandboxLogins.opened(sandbox);
  }

  /**
   * A governor that records, read from outside, when each pause surely ran (from the moment it was
   * reported to the earliest it could end) and, for each turn, the span it was given in (from just
   * before asking to just after getting it).
   */
  private static final class Recording implements RateGovernor {
    final ConcurrentLinkedQueue<long[]> turns = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<long[]> pauses = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<long[]> reported = new ThreadLocal<>();
    final AdaptiveRateGovernor governor =
        AdaptiveRateGovernor.builder()
            .perMinute(60_000)
            .burst(10)
            .listener(
                (pace, pause) -> reported.set(new long[] {System.nanoTime(), pause.toNanos()}))
            .build();

    @Override
    public Optional<Turn> acquire(Duration maxWait) throws InterruptedException {
      long asked = System.nanoTime();
      Optional<Turn> turn = governor.acquire(maxWait);
      turns.add(new long[] {asked, System.nanoTime()});
      return turn.map(this::recorded);
    }

    private Turn recorded(Turn turn) {
      return new Turn() {
        @Override
        public void answered() {
          turn.answered();
        }

        @Override
        public void rateLimited(Duration pause, boolean asked) {
          long before = System.nanoTime();
          turn.rateLimited(pause, asked);
          long[] report = reported.get();
          // The pause began at or before the report, and ends no earlier than `before` plus the
          // pause reported then.
          pauses.add(new long[] {report[0], before + report[1]});
        }
      };
    }
  }

  @Test
  void aThousandInvitesFromEightThreadsThroughEndedSessionsAndRateLimitsAreEachSentOnce()
      throws Exception {
    Recording governor = new Recording();
    VrchatOptions options =
        VrchatOptions.builder()
            .baseUrl(sandbox.url())
            .userAgent("UnattendedBot/1.0 bot@example.invalid")
            .retryPolicy(
                RetryPolicy.builder()
                    .maxRetries(20)
                    .minBackoff(Duration.ofMillis(20))
                    .maxBackoff(Duration.ofMillis(200))
                    .build())
            .rateGovernor(governor)
            .build();
    SessionStore store = SessionStore.inMemory();
    try (VrchatLogin login = VrchatLogin.create(options)) {
      store.save(login.login("bot", PASSWORD.toCharArray(), TwoFactorPrompt.NONE));
    }
    long loginsBefore = logins();
    // 20 at once, then one every 5 ms: eight threads at up to 1,000 a second overrun it again and
    // again.
    sandbox.rateLimit(20, Duration.ofMillis(5), false);
    sandbox.endSessionsAfter(300).endSessionsAfter(400);

    try (SessionKeeper keeper = keeper(options, store);
        VrchatGroupsClient client = keeper.client()) {
      GroupBans bans = client.readBans(GROUP);
      ExecutorService threads = Executors.newFixedThreadPool(8);
      List<Future<?>> invites = new ArrayList<>();
      for (int i = 0; i < USERS; i++) {
        String user = user(i);
        invites.add(threads.submit(() -> client.inviteUser(GROUP, user, bans)));
      }
      for (Future<?> invite : invites) {
        invite.get(2, TimeUnit.MINUTES);
      }
      threads.shutdown();
    }

    List<SandboxRequest> requests = sandbox.requests();
    long rateLimited = requests.stream().filter(r -> r.status() == 429).count();
    assertThat(sandbox.pendingInvites(GROUP)).hasSize(USERS);
    assertThat(sandbox.sentInvites()).hasSize(USERS).doesNotHaveDuplicates();
    assertThat(logins() - loginsBefore).isEqualTo(2);
    assertThat(rateLimited).isPositive();
    // Every 429 paused the account, and no turn was given while a pause ran: none was both asked
    // for after a pause began and given before it ended.
    assertThat(governor.governor.pauses()).isPositive().isLessThanOrEqualTo(rateLimited);
    for (long[] pause : governor.pauses) {
      assertThat(governor.turns).noneMatch(turn -> turn[0] > pause[0] && turn[1] < pause[1]);
    }
    System.out.printf(
        "unattended bot: %d requests, %d answered 429, %d pauses, %d logins%n",
        requests.size(), rateLimited, governor.governor.pauses(), logins() - loginsBefore);
  }

  @Test
  void aSessionSavedByOneRunIsUsedByTheNextWithoutALogin() {
    VrchatOptions options =
        VrchatOptions.builder()
            .baseUrl(sandbox.url())
            .userAgent("UnattendedBot/1.0 bot@example.invalid")
            .build();
    SessionStore store = SessionStore.inMemory();
    for (int run = 0; run < 3; run++) {
      try (SessionKeeper keeper = keeper(options, store);
          VrchatGroupsClient client = keeper.client()) {
        client.inviteUser(GROUP, user(run));
      }
    }

    assertThat(logins()).isEqualTo(1);
    assertThat(store.load().map(Session::authToken)).isPresent();
  }
}
