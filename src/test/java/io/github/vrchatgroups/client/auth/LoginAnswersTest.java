package io.github.vrchatgroups.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.Session;
import io.github.vrchatgroups.client.errors.Recovery;
import io.github.vrchatgroups.client.errors.TwoFactorRejectedException;
import io.github.vrchatgroups.client.errors.UnexpectedResponseException;
import io.github.vrchatgroups.client.errors.UnsupportedSecondFactorException;
import io.github.vrchatgroups.client.testing.FaultInjectingServer;
import io.github.vrchatgroups.client.testing.FaultInjectingServer.Fault;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The login's answers that are not the sandbox's: a second factor nobody knows, odd cookies, a
 * refused code. Each is a {@code VrchatApiException} carrying what really arrived.
 */
class LoginAnswersTest {
  private static final char[] PASSWORD = "pw".toCharArray();
  private static final String JSON = "Content-Type: application/json";
  private FaultInjectingServer server;
  private VrchatLogin login;

  @BeforeEach
  void start() throws IOException {
    server = FaultInjectingServer.start();
    login =
        VrchatLogin.builder()
            .baseUrl(server.url())
            .userAgent("LoginTest/1.0 t@example.invalid")
            .retryPolicy(RetryPolicy.none())
            .build();
  }

  @AfterEach
  void stop() throws IOException {
    login.close();
    server.close();
  }

  @Test
  void aSecondFactorNobodyKnowsIsUnsupportedSecondFactorWithWhatArrivedAndNothingMoreIsSent() {
    server.enqueue(
        Fault.withHeaderLines(
            200,
            List.of("Set-Cookie: auth=authcookie_half; Path=/"),
            "{\"requiresTwoFactorAuth\":[\"webauthn\"]}"));

    UnsupportedSecondFactorException failure =
        catchThrowableOfType(
            UnsupportedSecondFactorException.class,
            () -> login.login("bot", PASSWORD, TwoFactorPrompt.NONE));

    assertThat(failure.getMethods()).containsExactly("webauthn");
    assertThat(failure.getStatusCode()).isEqualTo(200);
    assertThat(failure.getBodyExcerpt()).isEqualTo("{\"requiresTwoFactorAuth\":[\"webauthn\"]}");
    assertThat(failure.getAttempts()).isEqualTo(1);
    assertThat(failure.getRecovery()).isEqualTo(Recovery.FIX_SETTINGS);
    assertThat(failure.getMessage())
        .startsWith("HTTP 200 the account asks for a second factor this SDK does not support");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void aQuotedBlankAuthCookieIsSkippedForTheUsableOneAfterIt() {
    server.enqueue(
        Fault.withHeaderLines(
            200,
            List.of("Set-Cookie: auth=\" \"; Path=/", "Set-Cookie: auth=authcookie_good; Path=/"),
            "{\"id\":\"usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469\",\"displayName\":\"Tupper\"}"));

    Session session = login.login("bot", PASSWORD, TwoFactorPrompt.NONE);

    assertThat(session.authToken()).isEqualTo("authcookie_good");
  }

  @Test
  void anAnswerWithOnlyAQuotedBlankAuthCookieIsAnUnexpectedResponseShowingTheRealBody() {
    server.enqueue(
        Fault.withHeaderLines(
            200, List.of("Set-Cookie: auth=\" \"; Path=/"), "{\"displayName\":\"Tupper\"}"));

    UnexpectedResponseException failure =
        catchThrowableOfType(
            UnexpectedResponseException.class,
            () -> login.login("bot", PASSWORD, TwoFactorPrompt.NONE));

    assertThat(failure.getStatusCode()).isEqualTo(200);
    assertThat(failure.getBodyExcerpt()).isEqualTo("{\"displayName\":\"Tupper\"}");
    assertThat(failure.getMessage()).contains("set no usable auth cookie");
    assertThat(failure.getAttempts()).isEqualTo(1);
  }

  @Test
  void aRefusedCodeCarriesTheVerificationsRealAnswer() {
    server.enqueue(
        Fault.withHeaderLines(
            200,
            List.of("Set-Cookie: auth=authcookie_half; Path=/"),
            "{\"requiresTwoFactorAuth\":[\"totp\",\"otp\"]}"),
        Fault.response(200, Map.of("Content-Type", "application/json"), "{\"verified\":false}"));

    TwoFactorRejectedException failure =
        catchThrowableOfType(
            TwoFactorRejectedException.class,
            () ->
                login.login(
                    "bot",
                    PASSWORD,
                    accepted -> new TwoFactorCode(TwoFactorMethod.TOTP, "123456")));

    assertThat(failure.getStatusCode()).isEqualTo(200);
    assertThat(failure.getBodyExcerpt()).isEqualTo("{\"verified\":false}");
    assertThat(failure.getMethod()).isEqualTo("totp");
    assertThat(failure.getRecovery()).isEqualTo(Recovery.LOG_IN_AGAIN);
    assertThat(failure.getMessage())
        .isEqualTo("HTTP 200 the totp code was not accepted; body starts: {\"verified\":false}");
  }

  @Test
  void aNullSessionIsRefusedByNameBeforeAnythingIsSent() {
    assertThatThrownBy(() -> login.whoAmI(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("session must not be null");
    assertThatThrownBy(() -> login.isValid(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("session must not be null");
    assertThatThrownBy(() -> login.logout(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("session must not be null");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aLoginAnsweredWithACookieAndAnEmptyBodyGivesTheSessionWithoutAUser() {
    server.enqueue(Fault.withHeaderLines(200, List.of("Set-Cookie: auth=authcookie_bare"), ""));

    Session session = login.login("bot", PASSWORD, TwoFactorPrompt.NONE);

    assertThat(session.authToken()).isEqualTo("authcookie_bare");
  }

  @Test
  void whoAmIAnsweredWithAnEmptyBodyNamesNobody() {
    server.enqueue(Fault.response(200, Map.of(), ""));

    assertThat(login.whoAmI(new Session("authcookie_x", null)))
        .isEqualTo(new LoggedInUser(null, null));
  }

  @Test
  void aTokenCheckAnsweredWithAnEmptyBodyIsNotValid() {
    server.enqueue(Fault.response(200, Map.of(), ""));

    assertThat(login.isValid(new Session("authcookie_x", null))).isFalse();
  }

  @Test
  void aPromptThatAnswersNothingOrAMethodNotAskedForIsRefusedAndNoCodeIsSent() {
    String asksForTotp = "{\"requiresTwoFactorAuth\":[\"totp\"]}";
    server.enqueue(
        Fault.withHeaderLines(200, List.of("Set-Cookie: auth=authcookie_half"), asksForTotp),
        Fault.withHeaderLines(200, List.of("Set-Cookie: auth=authcookie_half"), asksForTotp));

    assertThatThrownBy(() -> login.login("bot", PASSWORD, accepted -> null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("the prompt must answer with one of [TOTP], got null");
    assertThatThrownBy(
            () ->
                login.login(
                    "bot",
                    PASSWORD,
                    accepted -> new TwoFactorCode(TwoFactorMethod.EMAIL_CODE, "123456")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("the prompt must answer with one of [TOTP], got EMAIL_CODE");
    assertThat(server.requests())
        .extracting(r -> r.path())
        .containsExactly("/auth/user", "/auth/user");
  }
}
