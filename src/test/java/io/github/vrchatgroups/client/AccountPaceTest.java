package io.github.vrchatgroups.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vrchatgroups.client.errors.AccountPausedException;
import io.github.vrchatgroups.client.errors.RateLimitedException;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import io.github.vrchatgroups.client.sandbox.junit.VirtualTime;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One pace per account: every client made from one options value waits on one governor, so a 429 to
 * one of them pauses the others. Against the sandbox's rate limit, on virtual time.
 */
class AccountPaceTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String TOKEN = "authcookie_pace";
  private static final String BOT = "usr_00000000-0000-4000-8000-00000000b071";

  private final VirtualTime time = new VirtualTime();
  private VrchatSandbox sandbox;

  @BeforeEach
  void start() throws IOException {
    sandbox =
        VrchatSandbox.start(0, time)
            .addGroup(GROUP)
            .addUser(BOT, "Bot")
            .addMember(GROUP, BOT)
            .acceptAuthToken(TOKEN, BOT)
            .rateLimit(1, Duration.ofSeconds(10), true);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private VrchatOptions.Builder options() {
    return VrchatOptions.builder()
        .baseUrl(sandbox.url())
        .userAgent("PaceTest/1.0 t@example.invalid")
        .timeSource(time)
        .maxRetries(0);
  }

  private VrchatGroupsClient client(VrchatOptions options) {
    return VrchatGroupsClient.builder().options(options).authCookie(TOKEN).build();
  }

  private long rateLimited() {
    return sandbox.requests().stream().filter(r -> r.status() == 429).count();
  }

  @Test
  void a429ToOneClientPausesTheOtherClientsOfTheAccount() {
    VrchatOptions options = options().build();
    try (VrchatGroupsClient first = client(options);
        VrchatGroupsClient second = client(options.toBuilder().build())) {
      first.listInvites(GROUP);
      catchThrowableOfType(RateLimitedException.class, () -> first.listInvites(GROUP));

      second.listInvites(GROUP);
    }

    assertThat(rateLimited()).isEqualTo(1);
    assertThat(time.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void withoutAGovernorTheOtherClientKnocksAndIsRefusedToo() {
    VrchatOptions options = options().rateGovernor(RateGovernor.unpaced()).build();
    try (VrchatGroupsClient first = client(options);
        VrchatGroupsClient second = client(options)) {
      first.listInvites(GROUP);
      catchThrowableOfType(RateLimitedException.class, () -> first.listInvites(GROUP));

      catchThrowableOfType(RateLimitedException.class, () -> second.listInvites(GROUP));
    }

    assertThat(rateLimited()).isEqualTo(2);
  }

  @Test
  void aPauseLongerThanTheCallsBudgetFailsTheCallWithNothingSent() {
    sandbox.rateLimit(1, Duration.ofMinutes(10), true);
    VrchatOptions options =
        options()
            .retryPolicy(
                RetryPolicy.builder().maxRetries(0).maxElapsed(Duration.ofMinutes(1)).build())
            .build();
    try (VrchatGroupsClient client = client(options)) {
      client.listInvites(GROUP);
      catchThrowableOfType(RateLimitedException.class, () -> client.listInvites(GROUP));
      int sent = sandbox.requests().size();

      AccountPausedException failure =
          catchThrowableOfType(AccountPausedException.class, () -> client.listInvites(GROUP));

      assertThat(failure.getMessage()).contains("nothing was sent");
      assertThat(failure.getAttempts()).isEqualTo(1);
      assertThat(failure.getRecovery())
          .isEqualTo(io.github.vrchatgroups.client.errors.Recovery.RETRY_LATER);
      assertThat(sandbox.requests()).hasSize(sent);
    }
  }

  @Test
  void anInterruptWhileWaitingForATurnEndsTheCallWithNothingSentAndKeepsTheInterrupt() {
    VrchatOptions options =
        options()
            .timeSource(TimeSource.SYSTEM)
            .rateGovernor(AdaptiveRateGovernor.builder().perMinute(1).burst(1).build())
            .build();
    try (VrchatGroupsClient client = client(options)) {
      client.listInvites(GROUP);
      int sent = sandbox.requests().size();
      Thread.currentThread().interrupt();

      io.github.vrchatgroups.client.errors.ApiConnectionException failure =
          catchThrowableOfType(
              io.github.vrchatgroups.client.errors.ApiConnectionException.class,
              () -> client.listInvites(GROUP));

      assertThat(Thread.interrupted()).isTrue();
      assertThat(failure.requestMayHaveBeenSent()).isFalse();
      assertThat(failure.getMessage()).contains("interrupted while waiting for the account's turn");
      assertThat(sandbox.requests()).hasSize(sent);
    }
  }

  @Test
  void theExchangeListenerIsToldOfEveryAttemptWithItsOperationStatusAndWait() {
    java.util.List<Exchange> exchanges = new java.util.concurrent.CopyOnWriteArrayList<>();
    sandbox.rateLimit(1, Duration.ofSeconds(10), true);
    VrchatOptions options = options().maxRetries(1).exchangeListener(exchanges::add).build();
    try (VrchatGroupsClient client = client(options)) {
      client.listInvites(GROUP);
      client.listInvites(GROUP);
    }

    assertThat(exchanges)
        .extracting(Exchange::operation, Exchange::attempt, Exchange::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("getGroupInvites", 1, 200),
            org.assertj.core.groups.Tuple.tuple("getGroupInvites", 1, 429),
            org.assertj.core.groups.Tuple.tuple("getGroupInvites", 2, 200));
    // The retry waited out the pause in its own backoff; the turn came at once after it.
    assertThat(exchanges.get(2).turnWait()).isZero();
  }

  @Test
  void anAttemptWithoutAnAnswerIsToldWithStatusZero() throws IOException {
    java.util.List<Exchange> exchanges = new java.util.concurrent.CopyOnWriteArrayList<>();
    int port;
    try (java.net.ServerSocket closed = new java.net.ServerSocket(0)) {
      port = closed.getLocalPort();
    }
    VrchatOptions options =
        options().baseUrl("http://127.0.0.1:" + port).exchangeListener(exchanges::add).build();
    try (VrchatGroupsClient client = client(options)) {
      catchThrowableOfType(
          io.github.vrchatgroups.client.errors.ApiConnectionException.class,
          () -> client.listInvites(GROUP));
    }

    assertThat(exchanges).extracting(Exchange::status).containsExactly(0);
  }

  @Test
  void theLoginWaitsOnTheSameGovernor() {
    AdaptiveRateGovernor governor =
        AdaptiveRateGovernor.builder().timeSource(time).perMinute(60).burst(1).build();
    VrchatOptions options = options().rateGovernor(governor).build();
    sandbox.rateLimit(100, Duration.ofSeconds(1), true).addAccount("bot", "pw", BOT, "Bot");
    try (VrchatGroupsClient client = client(options);
        io.github.vrchatgroups.client.auth.VrchatLogin login =
            io.github.vrchatgroups.client.auth.VrchatLogin.create(options)) {
      client.listInvites(GROUP);
      login.login(
          "bot", "pw".toCharArray(), io.github.vrchatgroups.client.auth.TwoFactorPrompt.NONE);
    }

    assertThat(time.elapsed()).isEqualTo(Duration.ofSeconds(1));
  }
}
