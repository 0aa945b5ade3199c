package io.github.vrchatgroups.client.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vrchatgroups.client.RateGovernor;
import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.Session;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.VrchatOptions;
import io.github.vrchatgroups.client.auth.Totp;
import io.github.vrchatgroups.client.auth.TwoFactorPrompt;
import io.github.vrchatgroups.client.errors.LoginBudgetSpentException;
import io.github.vrchatgroups.client.errors.Recovery;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import io.github.vrchatgroups.client.errors.WrongCredentialsException;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A session that keeps itself, against the sandbox over sockets: logins counted at the server. */
class SessionKeeperTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String BOT = "usr_00000000-0000-4000-8000-00000000b071";
  private static final String PASSWORD = "correct horse";
  private static final String SECRET = "JBSWY3DPEHPK3PXP";

  private VrchatSandbox sandbox;
  private VrchatOptions options;

  @BeforeEach
  void start() throws IOException {
    sandbox =
        VrchatSandbox.start()
            .addAccount("bot", PASSWORD, BOT, "Bot")
            .requireTotp("bot", SECRET)
            .addGroup(GROUP)
            .addMember(GROUP, BOT);
    options =
        VrchatOptions.builder()
            .baseUrl(sandbox.url())
            .userAgent("KeeperTest/1.0 t@example.invalid")
            .retryPolicy(RetryPolicy.none())
            .rateGovernor(RateGovernor.unpaced())
            .build();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private static LoginCredentials credentials(String password) {
    return LoginCredentials.of(
        "bot", password::toCharArray, TwoFactorPrompt.totp(Totp.fromBase32Secret(SECRET)));
  }

  private long logins() {
    return SandboxLogins.sent(sandbox);
  }

  private SessionKeeper keeper() {
    return keeper(SessionStore.inMemory());
  }

  private SessionKeeper keeper(SessionStore store) {
    return SessionKeeper.builder()
        .options(options)
        .credentials(credentials(PASSWORD))
        .store(store)
        .build();
  }

  private static String user(int i) {
    return String.format("usr_00000000-0000-4000-8000-%012d", i);
  }

  @Test
  void theFirstCallLogsInOnceAndSavesTheSession() {
    SessionStore store = SessionStore.inMemory();
    try (SessionKeeper keeper = keeper(store);
        VrchatGroupsClient client = keeper.client()) {
      client.listInvites(GROUP);
      client.listInvites(GROUP);
    }

    assertThat(logins()).isEqualTo(1);
    assertThat(store.load()).isPresent();
  }

  @Test
  void aSavedSessionIsUsedWithoutALogin() {
    Session saved;
    try (SessionKeeper first = keeper()) {
      saved = first.current();
    }
    SessionStore store = SessionStore.inMemory();
    store.save(saved);

    try (SessionKeeper keeper = keeper(store);
        VrchatGroupsClient client = keeper.client()) {
      client.listInvites(GROUP);
    }

    assertThat(logins()).isEqualTo(1);
  }

  @Test
  void eightThreadsWhoseSessionEndsTwiceLogInTwiceMoreAndLoseNoCall() throws Exception {
    sandbox.acceptAnyUser(true);
    try (SessionKeeper keeper = keeper();
        VrchatGroupsClient client = keeper.client()) {
      client.listInvites(GROUP);
      sandbox.endSessionsAfter(40).endSessionsAfter(120);
      ExecutorService threads = Executors.newFixedThreadPool(8);
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String user = user(i);
        calls.add(threads.submit(() -> client.inviteUser(GROUP, user, client.readBans(GROUP))));
      }
      for (Future<?> call : calls) {
        call.get(30, TimeUnit.SECONDS);
      }
      threads.shutdown();

      assertThat(keeper.loginsSent()).isEqualTo(3);
    }
    assertThat(logins()).isEqualTo(3);
    assertThat(sandbox.pendingInvites(GROUP)).hasSize(200);
  }

  @Test
  void refusedCredentialsStopEveryFurtherLoginUntilTheyChange() {
    String[] password = {"hunter2-typo"};
    LoginCredentials changing =
        LoginCredentials.of(
            "bot",
            () -> password[0].toCharArray(),
            TwoFactorPrompt.totp(Totp.fromBase32Secret(SECRET)));
    try (SessionKeeper keeper =
            SessionKeeper.builder().options(options).credentials(changing).build();
        VrchatGroupsClient client = keeper.client()) {
      for (int i = 0; i < 5; i++) {
        WrongCredentialsException failure =
            catchThrowableOfType(WrongCredentialsException.class, () -> client.listInvites(GROUP));
        assertThat(failure.getRecovery()).isEqualTo(Recovery.FIX_SETTINGS);
        assertThat(failure.getMessage()).doesNotContain("hunter2");
      }
      assertThat(logins()).isEqualTo(1);

      password[0] = PASSWORD;
      client.listInvites(GROUP);
    }
    assertThat(logins()).isEqualTo(2);
  }

  @Test
  void aSpentLoginBudgetFailsAtOnceWithoutALogin() {
    try (SessionKeeper keeper =
            SessionKeeper.builder()
                .options(options)
                .credentials(credentials(PASSWORD))
                .loginBudget(2, Duration.ofHours(1))
                .build();
        VrchatGroupsClient client = keeper.client()) {
      client.listInvites(GROUP);
      sandbox.endSessionsAfter(0);
      client.listInvites(GROUP);
      sandbox.endSessionsAfter(0);

      for (int i = 0; i < 3; i++) {
        LoginBudgetSpentException failure =
            catchThrowableOfType(LoginBudgetSpentException.class, () -> client.listInvites(GROUP));
        assertThat(failure.getRecovery()).isEqualTo(Recovery.RETRY_LATER);
        assertThat(failure.getNextLoginAllowedAt()).isAfter(java.time.Instant.now());
      }
    }
    assertThat(logins()).isEqualTo(2);
  }

  @Test
  void aKeeperWithoutCredentialsFailsAsAPlainClientDoes() {
    try (SessionKeeper keeper =
            SessionKeeper.builder()
                .options(options)
                .session(new Session("authcookie_gone", null))
                .build();
        VrchatGroupsClient client = keeper.client()) {
      UnauthorizedException failure =
          catchThrowableOfType(UnauthorizedException.class, () -> client.listInvites(GROUP));

      assertThat(failure.getRecovery()).isEqualTo(Recovery.LOG_IN_AGAIN);
    }
    assertThat(logins()).isZero();
  }

  @Test
  void aSecondRenewalOfTheSameStaleSessionTakesTheFirstsWithoutALogin() {
    try (SessionKeeper keeper = keeper()) {
      Session first = keeper.current();
      Session renewed = keeper.renew(first);
      Session again = keeper.renew(first);

      assertThat(renewed).isNotEqualTo(first);
      assertThat(again).isEqualTo(renewed);
      assertThat(keeper.current()).isEqualTo(renewed);
      assertThat(keeper.loginsSent()).isEqualTo(2);
    }
    assertThat(logins()).isEqualTo(2);
  }

  @Test
  void theLoginBudgetCountsLoginsInItsWindowOnTheOptionsClock() {
    io.github.vrchatgroups.client.sandbox.junit.VirtualTime time =
        new io.github.vrchatgroups.client.sandbox.junit.VirtualTime();
    try (SessionKeeper keeper =
        SessionKeeper.builder()
            .options(options.toBuilder().timeSource(time).build())
            .credentials(credentials(PASSWORD))
            .loginBudget(1, Duration.ofHours(1))
            .build()) {
      Session first = keeper.current();
      time.advance(Duration.ofMinutes(59));

      LoginBudgetSpentException spent =
          catchThrowableOfType(LoginBudgetSpentException.class, () -> keeper.renew(first));
      time.advance(Duration.ofMinutes(1));

      assertThat(spent.getNextLoginAllowedAt()).isEqualTo(time.now());
      assertThat(keeper.renew(first)).isNotEqualTo(first);
      assertThat(keeper.loginsSent()).isEqualTo(2);
    }
  }

  @Test
  void thePasswordArrayIsClearedAfterTheLogin() {
    char[][] given = new char[1][];
    LoginCredentials credentials =
        LoginCredentials.of(
            "bot",
            () -> given[0] = PASSWORD.toCharArray(),
            TwoFactorPrompt.totp(Totp.fromBase32Secret(SECRET)));
    try (SessionKeeper keeper =
        SessionKeeper.builder().options(options).credentials(credentials).build()) {
      keeper.current();
    }

    assertThat(new String(given[0])).isEqualTo("\0".repeat(PASSWORD.length()));
  }

  @Test
  void theSandboxJournalKeepsNoSecondFactorCode() {
    try (SessionKeeper keeper = keeper()) {
      keeper.current();
    }

    assertThat(sandbox.requests())
        .filteredOn(r -> r.path().startsWith("/auth/twofactorauth/"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.body())
                    .startsWith("<redacted: ")
                    .doesNotContain(Totp.fromBase32Secret(SECRET).now()));
  }

  @Test
  void everyRenewalIsToldToTheExchangeListenerWithItsOutcome() {
    java.util.List<Boolean> renewals = new java.util.concurrent.CopyOnWriteArrayList<>();
    VrchatOptions listened =
        options.toBuilder()
            .exchangeListener(
                new io.github.vrchatgroups.client.ExchangeListener() {
                  @Override
                  public void exchanged(io.github.vrchatgroups.client.Exchange exchange) {}

                  @Override
                  public void sessionRenewed(boolean succeeded) {
                    renewals.add(succeeded);
                  }
                })
            .build();
    try (SessionKeeper wrong =
            SessionKeeper.builder().options(listened).credentials(credentials("typo")).build();
        SessionKeeper right =
            SessionKeeper.builder().options(listened).credentials(credentials(PASSWORD)).build()) {
      catchThrowableOfType(WrongCredentialsException.class, wrong::current);
      right.current();
      sandbox.injectFault(
          io.github.vrchatgroups.client.sandbox.SandboxOperation.ANY,
          1,
          io.github.vrchatgroups.client.sandbox.SandboxFault.answer(500));
      catchThrowableOfType(
          io.github.vrchatgroups.client.errors.ServerErrorException.class,
          () -> right.renew(right.current()));
    }

    assertThat(renewals).containsExactly(false, true, false);
  }

  @Test
  void aCallsWaitForItsTurnDoesNotCountTheLoginItsSessionNeeded() {
    io.github.vrchatgroups.client.sandbox.junit.VirtualTime time =
        new io.github.vrchatgroups.client.sandbox.junit.VirtualTime();
    java.util.List<io.github.vrchatgroups.client.Exchange> exchanges =
        new java.util.concurrent.CopyOnWriteArrayList<>();
    VrchatOptions paced =
        options.toBuilder()
            .timeSource(time)
            .rateGovernor(
                io.github.vrchatgroups.client.AdaptiveRateGovernor.builder()
                    .timeSource(time)
                    .perMinute(60)
                    .burst(1)
                    .build())
            .exchangeListener(exchanges::add)
            .build();
    try (SessionKeeper keeper =
            SessionKeeper.builder().options(paced).credentials(credentials(PASSWORD)).build();
        VrchatGroupsClient client = keeper.client()) {
      client.listInvites(GROUP);
    }

    assertThat(exchanges)
        .extracting(e -> e.operation() + " " + e.turnWait().toSeconds() + "s")
        .containsExactly("getCurrentUser 1s", "verify2FA 1s", "getGroupInvites 0s");
  }

  @Test
  void badSettingsAreNamed() {
    assertThatThrownBy(() -> SessionKeeper.builder().build()).hasMessageContaining("options");
    assertThatThrownBy(() -> SessionKeeper.builder().options(options).store(null).build())
        .hasMessageContaining("store");
    assertThatThrownBy(
            () ->
                SessionKeeper.builder()
                    .options(options)
                    .loginBudget(0, Duration.ofHours(1))
                    .build())
        .hasMessageContaining("1 or more logins");
    assertThatThrownBy(
            () -> SessionKeeper.builder().options(options).loginBudget(1, Duration.ZERO).build())
        .hasMessageContaining("positive window");
    assertThat(
            SessionKeeper.builder().options(options).loginBudget(1, Duration.ofSeconds(1)).build())
        .isNotNull();
    assertThatThrownBy(() -> LoginCredentials.of(" ", PASSWORD::toCharArray, TwoFactorPrompt.NONE))
        .hasMessageContaining("username");
  }

  @Test
  void nothingShowsThePassword() {
    LoginCredentials credentials = credentials(PASSWORD);
    try (SessionKeeper keeper =
        SessionKeeper.builder().options(options).credentials(credentials).build()) {
      assertThat(credentials.toString() + keeper).doesNotContain(PASSWORD).contains("bot");
    }
  }
}
