package io.github.vrchatgroups.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.Session;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.errors.ApiConnectionException;
import io.github.vrchatgroups.client.errors.TwoFactorRejectedException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole login flow over sockets against the sandbox, with each kind of second factor. */
class VrchatLoginTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
  private static final String PASSWORD = "p@ss:w\u00f6rd with spaces";
  private static final String SECRET = "JBSWY3DPEHPK3PXP";

  private VrchatSandbox sandbox;
  private VrchatLogin login;

  @BeforeEach
  void start() throws IOException {
    sandbox =
        VrchatSandbox.start().addAccount("tupper", PASSWORD, USER, "Tupper").addMember(GROUP, USER);
    login =
        VrchatLogin.builder()
            .baseUrl(sandbox.url())
            .userAgent("LoginTest/1.0 t@example.invalid")
            .retryPolicy(RetryPolicy.none())
            .build();
  }

  @AfterEach
  void stop() {
    login.close();
    sandbox.close();
  }

  private VrchatGroupsClient client(Session session) {
    return VrchatGroupsClient.builder()
        .baseUrl(sandbox.url())
        .userAgent("LoginTest/1.0 t@example.invalid")
        .session(session)
        .maxRetries(0)
        .build();
  }

  @Test
  void aLoginWithoutSecondFactorGivesASessionTheClientCanUse() {
    Session session = login.login("tupper", PASSWORD.toCharArray(), TwoFactorPrompt.NONE);

    assertThat(login.isValid(session)).isTrue();
    assertThat(login.whoAmI(session)).isEqualTo(new LoggedInUser(USER, "Tupper"));
    assertThat(client(session).listInvites(GROUP)).isEmpty();
  }

  @Test
  void aLoginAfterCloseIsAConnectionFailureThatSentNothing() {
    login.close();

    ApiConnectionException failure =
        catchThrowableOfType(
            ApiConnectionException.class,
            () -> login.login("tupper", PASSWORD.toCharArray(), TwoFactorPrompt.NONE));

    assertThat(failure).isNotNull();
    assertThat(failure.requestMayHaveBeenSent()).isFalse();
  }

  @Test
  void aTotpSecretLogsInAServiceAccount() {
    sandbox.requireTotp("tupper", SECRET);

    Session session =
        login.login(
            "tupper", PASSWORD.toCharArray(), TwoFactorPrompt.totp(Totp.fromBase32Secret(SECRET)));

    assertThat(session.twoFactorAuthToken()).startsWith("twofactor_");
    assertThat(login.isValid(session)).isTrue();
  }

  @Test
  void aRememberedDeviceSkipsTheSecondFactor() {
    sandbox.requireTotp("tupper", SECRET);
    Session first =
        login.login(
            "tupper", PASSWORD.toCharArray(), TwoFactorPrompt.totp(Totp.fromBase32Secret(SECRET)));

    Session second =
        login.login(
            "tupper", PASSWORD.toCharArray(), first.twoFactorAuthToken(), TwoFactorPrompt.NONE);

    assertThat(second.authToken()).isNotEqualTo(first.authToken());
    assertThat(login.isValid(second)).isTrue();
  }

  @Test
  void anEmailedCodeIsAskedForWithTheMethodsOffered() {
    sandbox.requireEmailCode("tupper", "424242");
    AtomicReference<Object> offered = new AtomicReference<>();

    Session session =
        login.login(
            "tupper",
            PASSWORD.toCharArray(),
            accepted -> {
              offered.set(accepted);
              return new TwoFactorCode(TwoFactorMethod.EMAIL_CODE, "424242");
            });

    assertThat(offered.get()).isEqualTo(java.util.Set.of(TwoFactorMethod.EMAIL_CODE));
    assertThat(login.isValid(session)).isTrue();
  }

  @Test
  void aRecoveryCodeWorksOnce() {
    sandbox.requireTotp("tupper", SECRET).addRecoveryCode("tupper", "abcd-1234");
    TwoFactorPrompt recovery =
        accepted -> new TwoFactorCode(TwoFactorMethod.RECOVERY_CODE, "abcd-1234");

    assertThat(login.isValid(login.login("tupper", PASSWORD.toCharArray(), recovery))).isTrue();
    assertThat(
            catchThrowableOfType(
                TwoFactorRejectedException.class,
                () -> login.login("tupper", PASSWORD.toCharArray(), recovery)))
        .isNotNull();
  }

  @Test
  void aWrongCodeIsRejected() {
    sandbox.requireTotp("tupper", SECRET);

    TwoFactorRejectedException failure =
        catchThrowableOfType(
            TwoFactorRejectedException.class,
            () ->
                login.login(
                    "tupper",
                    PASSWORD.toCharArray(),
                    accepted -> new TwoFactorCode(TwoFactorMethod.TOTP, "000000")));

    assertThat(failure.getMessage())
        .isEqualTo("HTTP 200 the totp code was not accepted; body starts: {\"verified\":false}");
  }

  @Test
  void aWrongPasswordIsUnauthorizedAndNothingShowsThePassword() {
    UnauthorizedException failure =
        catchThrowableOfType(
            UnauthorizedException.class,
            () -> login.login("tupper", "wrong:pässword".toCharArray(), TwoFactorPrompt.NONE));

    assertThat(failure.getServerMessage()).contains("Invalid Username/Email or Password");
    assertThat(failure.toString() + failure.getBodyExcerpt())
        .doesNotContain("pässword")
        .doesNotContain("wrong:");
  }

  @Test
  void afterLogoutTheSessionIsOverAndTheClientSaysToLogInAgain() {
    Session session = login.login("tupper", PASSWORD.toCharArray(), TwoFactorPrompt.NONE);

    login.logout(session);

    assertThat(login.isValid(session)).isFalse();
    assertThat(
            catchThrowableOfType(
                UnauthorizedException.class, () -> client(session).listInvites(GROUP)))
        .isNotNull();
    assertThat(session.toString()).doesNotContain(session.authToken());
  }
}
