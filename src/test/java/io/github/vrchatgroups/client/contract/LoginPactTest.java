package io.github.vrchatgroups.client.contract;

import static io.github.vrchatgroups.client.contract.PactInteractions.MISSING_CREDENTIALS;
import static io.github.vrchatgroups.client.contract.PactInteractions.USER;
import static io.github.vrchatgroups.client.contract.PactInteractions.USER_ID_REGEX;
import static io.github.vrchatgroups.client.contract.PactInteractions.identified;
import static io.github.vrchatgroups.client.contract.PactInteractions.loggedIn;
import static io.github.vrchatgroups.client.contract.PactInteractions.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.Session;
import io.github.vrchatgroups.client.auth.TwoFactorCode;
import io.github.vrchatgroups.client.auth.TwoFactorMethod;
import io.github.vrchatgroups.client.auth.TwoFactorPrompt;
import io.github.vrchatgroups.client.auth.VrchatLogin;
import io.github.vrchatgroups.client.errors.TwoFactorRejectedException;
import io.github.vrchatgroups.client.errors.WrongCredentialsException;
import io.github.vrchatgroups.client.internal.LoginCalls;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consumer side of the contract for logging in: with and without a second factor, a rejected
 * code, wrong credentials, the token check and the logout, each driving the real {@link
 * VrchatLogin} against Pact's mock server.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFixtures.PROVIDER, pactVersion = PactSpecVersion.V4)
class LoginPactTest {
  private static final String USERNAME = "tupper";
  // A colon and a non-ASCII character: both must be URL-encoded before base64.
  private static final String PASSWORD = "correct horse:battery \u2713";
  private static final String TOKEN = ContractFixtures.AUTH_TOKEN;
  private static final String DEVICE_TOKEN = "twofactor_00000000-0000-0000-0000-000000000000";
  private static final String INVALID_CREDENTIALS = "Invalid Username/Email or Password";

  private static final String ACCOUNT =
      "an account {username} with password {password} exists as user {userId}";
  private static final String ACCOUNT_WITH_TOTP = ACCOUNT + " and needs a TOTP code";
  private static final String AWAITS_TOTP =
      "a login of {username} as user {userId} with auth token {authToken} awaits a TOTP code";
  private static final Map<String, Object> ACCOUNT_PARAMS =
      Map.of("username", USERNAME, "password", PASSWORD, "userId", USER);

  private static VrchatLogin login(MockServer server) {
    return VrchatLogin.builder()
        .baseUrl(server.getUrl())
        .userAgent(ContractFixtures.USER_AGENT)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  private static PactDslRequestWithPath loginRequest(PactDslWithState state, String description) {
    return identified(state.uponReceiving(description).method("GET").path("/auth/user"))
        .matchHeader(
            "Authorization",
            "Basic [A-Za-z0-9+/]+=*",
            LoginCalls.basicAuthorization(USERNAME, PASSWORD.toCharArray()));
  }

  private static PactDslResponse setsAuthCookie(PactDslResponse response) {
    return response
        .status(200)
        .matchHeader(
            "Set-Cookie", "auth=authcookie_[0-9a-f-]+;.*", "auth=" + TOKEN + "; Path=/; HttpOnly");
  }

  private static PactDslResponse needsTotp(PactDslWithProvider builder) {
    return setsAuthCookie(
            loginRequest(
                    builder.given(ACCOUNT_WITH_TOTP, ACCOUNT_PARAMS),
                    "a login of an account that needs a TOTP code")
                .willRespondWith())
        .body(
            new PactDslJsonBody()
                .array("requiresTwoFactorAuth")
                .stringValue("totp")
                .stringValue("otp")
                .closeArray());
  }

  /** The waiting login's second factor, posted to {@code /auth/twofactorauth/{factor}/verify}. */
  private static PactDslRequestWithPath verification(
      PactDslWithState state, String description, String factor, PactDslJsonBody code) {
    return identified(
            state
                .uponReceiving(description)
                .method("POST")
                .path("/auth/twofactorauth/" + factor + "/verify"))
        .matchHeader("Cookie", "auth=authcookie_[0-9a-f-]+", "auth=" + TOKEN)
        .headers("Content-Type", "application/json")
        .body(code);
  }

  private static PactDslRequestWithPath totpVerification(
      PactDslWithState state, String description, String code) {
    return verification(
        state, description, "totp", new PactDslJsonBody().stringMatcher("code", "\\d{6}", code));
  }

  /** VRChat's answer to an accepted code: verified, and the cookie that remembers the device. */
  private static V4Pact accepted(PactDslRequestWithPath verification) {
    return verification
        .willRespondWith()
        .status(200)
        .matchHeader(
            "Set-Cookie",
            "twoFactorAuth=[^;]+;.*",
            "twoFactorAuth=" + DEVICE_TOKEN + "; Path=/; HttpOnly")
        .body(new PactDslJsonBody().booleanValue("verified", true))
        .toPact(V4Pact.class);
  }

  private static Map<String, Object> awaitingParams(String code) {
    return code == null
        ? Map.of("username", USERNAME, "userId", USER, "authToken", TOKEN)
        : Map.of("username", USERNAME, "userId", USER, "authToken", TOKEN, "code", code);
  }

  private static TwoFactorPrompt typed(String code) {
    return accepted -> {
      assertThat(accepted).isEqualTo(Set.of(TwoFactorMethod.TOTP, TwoFactorMethod.RECOVERY_CODE));
      return new TwoFactorCode(TwoFactorMethod.TOTP, code);
    };
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact loginWithoutSecondFactor(PactDslWithProvider builder) {
    return setsAuthCookie(
            loginRequest(
                    builder.given(ACCOUNT, ACCOUNT_PARAMS),
                    "a login of an account without a second factor")
                .willRespondWith())
        .body(
            new PactDslJsonBody()
                .stringMatcher("id", USER_ID_REGEX, USER)
                .stringType("displayName", "Tupper"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "loginWithoutSecondFactor")
  void aLoginWithoutSecondFactorReturnsTheSession(MockServer server) {
    try (VrchatLogin login = login(server)) {
      Session session = login.login(USERNAME, PASSWORD.toCharArray(), TwoFactorPrompt.NONE);

      assertThat(session.authToken()).isEqualTo(TOKEN);
      assertThat(session.twoFactorAuthToken()).isNull();
    }
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact loginWithTotp(PactDslWithProvider builder) {
    return accepted(
        totpVerification(
            needsTotp(builder)
                .given(AWAITS_TOTP + ", and {code} is valid", awaitingParams("123456")),
            "a TOTP code the waiting login accepts",
            "123456"));
  }

  @Test
  @PactTestFor(pactMethod = "loginWithTotp")
  void aLoginWithATotpCodeReturnsTheSessionAndTheRememberedDevice(MockServer server) {
    try (VrchatLogin login = login(server)) {
      Session session = login.login(USERNAME, PASSWORD.toCharArray(), typed("123456"));

      assertThat(session).isEqualTo(new Session(TOKEN, DEVICE_TOKEN));
    }
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact loginWithWrongTotp(PactDslWithProvider builder) {
    return totpVerification(
            needsTotp(builder).given(AWAITS_TOTP, awaitingParams(null)),
            "a TOTP code the waiting login does not accept",
            "000000")
        .willRespondWith()
        .status(200)
        .body(new PactDslJsonBody().booleanValue("verified", false))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "loginWithWrongTotp")
  void aWrongTotpCodeIsRejected(MockServer server) {
    try (VrchatLogin login = login(server)) {
      TwoFactorRejectedException failure =
          catchThrowableOfType(
              TwoFactorRejectedException.class,
              () -> login.login(USERNAME, PASSWORD.toCharArray(), typed("000000")));

      assertThat(failure).isExactlyInstanceOf(TwoFactorRejectedException.class);
      assertThat(failure.getMessage())
          .isEqualTo("HTTP 200 the totp code was not accepted; body starts: {\"verified\":false}");
    }
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact loginWithRecoveryCode(PactDslWithProvider builder) {
    return accepted(
        verification(
            needsTotp(builder)
                .given(
                    AWAITS_TOTP + ", and recovery code {code} is unused",
                    awaitingParams("abcd-1234")),
            "a recovery code the waiting login accepts",
            "otp",
            new PactDslJsonBody().stringType("code", "abcd-1234")));
  }

  @Test
  @PactTestFor(pactMethod = "loginWithRecoveryCode")
  void aRecoveryCodeCompletesTheLogin(MockServer server) {
    try (VrchatLogin login = login(server)) {
      Session session =
          login.login(
              USERNAME,
              PASSWORD.toCharArray(),
              accepted -> new TwoFactorCode(TwoFactorMethod.RECOVERY_CODE, "abcd-1234"));

      assertThat(session).isEqualTo(new Session(TOKEN, DEVICE_TOKEN));
    }
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact loginWithEmailedCode(PactDslWithProvider builder) {
    PactDslResponse needsEmail =
        setsAuthCookie(
                loginRequest(
                        builder.given(ACCOUNT + " and needs an e-mailed code", ACCOUNT_PARAMS),
                        "a login of an account that needs an e-mailed code")
                    .willRespondWith())
            .body(
                new PactDslJsonBody()
                    .array("requiresTwoFactorAuth")
                    .stringValue("emailOtp")
                    .closeArray());
    return accepted(
        verification(
            needsEmail.given(
                "a login of {username} as user {userId} with auth token {authToken} awaits an"
                    + " e-mailed code, and {code} is valid",
                awaitingParams("424242")),
            "an e-mailed code the waiting login accepts",
            "emailotp",
            new PactDslJsonBody().stringMatcher("code", "\\d{6}", "424242")));
  }

  @Test
  @PactTestFor(pactMethod = "loginWithEmailedCode")
  void anEmailedCodeCompletesTheLogin(MockServer server) {
    try (VrchatLogin login = login(server)) {
      Session session =
          login.login(
              USERNAME,
              PASSWORD.toCharArray(),
              accepted -> {
                assertThat(accepted).isEqualTo(Set.of(TwoFactorMethod.EMAIL_CODE));
                return new TwoFactorCode(TwoFactorMethod.EMAIL_CODE, "424242");
              });

      assertThat(session).isEqualTo(new Session(TOKEN, DEVICE_TOKEN));
    }
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact loginWithWrongPassword(PactDslWithProvider builder) {
    return rejected(
        identified(
                builder
                    .given(
                        ACCOUNT,
                        Map.of(
                            "username", USERNAME, "password", "another password", "userId", USER))
                    .uponReceiving("a login with a wrong password")
                    .method("GET")
                    .path("/auth/user"))
            .matchHeader(
                "Authorization",
                "Basic [A-Za-z0-9+/]+=*",
                LoginCalls.basicAuthorization(USERNAME, PASSWORD.toCharArray()))
            .willRespondWith(),
        401,
        ".+",
        INVALID_CREDENTIALS);
  }

  @Test
  @PactTestFor(pactMethod = "loginWithWrongPassword")
  void aWrongPasswordIsUnauthorizedAndNeverShowsThePassword(MockServer server) {
    try (VrchatLogin login = login(server)) {
      WrongCredentialsException failure =
          catchThrowableOfType(
              WrongCredentialsException.class,
              () -> login.login(USERNAME, PASSWORD.toCharArray(), TwoFactorPrompt.NONE));

      assertThat(failure).isExactlyInstanceOf(WrongCredentialsException.class);
      assertThat(failure.getServerMessage()).contains(INVALID_CREDENTIALS);
      assertThat(failure.getMessage() + failure.getBodyExcerpt())
          .doesNotContain("battery")
          .doesNotContain("horse");
    }
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact tokenCheckOfAValidSession(PactDslWithProvider builder) {
    return PactInteractions.withAuthCookie(
            loggedIn(builder)
                .uponReceiving("a check of a valid session")
                .method("GET")
                .path("/auth"))
        .willRespondWith()
        .status(200)
        .body(
            new PactDslJsonBody()
                .booleanValue("ok", true)
                // Any token VRChat's shape allows: the sandbox's own banner token passes too.
                .stringMatcher("token", "authcookie_[0-9A-Za-z_-]+", TOKEN))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "tokenCheckOfAValidSession")
  void aValidSessionIsValid(MockServer server) {
    try (VrchatLogin login = login(server)) {
      assertThat(login.isValid(new Session(TOKEN, null))).isTrue();
    }
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact tokenCheckOfAnEndedSession(PactDslWithProvider builder) {
    return rejected(
        PactInteractions.withAuthCookie(
                builder
                    .uponReceiving("a check of a session that is over")
                    .method("GET")
                    .path("/auth"))
            .willRespondWith(),
        401,
        null,
        MISSING_CREDENTIALS);
  }

  @Test
  @PactTestFor(pactMethod = "tokenCheckOfAnEndedSession")
  void anEndedSessionIsNotValid(MockServer server) {
    try (VrchatLogin login = login(server)) {
      assertThat(login.isValid(new Session(TOKEN, null))).isFalse();
    }
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact logoutOfASession(PactDslWithProvider builder) {
    return PactInteractions.withAuthCookie(
            loggedIn(builder).uponReceiving("a logout").method("PUT").path("/logout"))
        .willRespondWith()
        .status(200)
        .body(
            new PactDslJsonBody()
                .object("success")
                .stringValue("message", "Ok!")
                .numberValue("status_code", 200)
                .closeObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "logoutOfASession")
  void aLogoutEndsTheSession(MockServer server) {
    try (VrchatLogin login = login(server)) {
      assertThatCode(() -> login.logout(new Session(TOKEN, null))).doesNotThrowAnyException();
    }
  }
}
