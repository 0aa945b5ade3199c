package io.github.vrchatgroups.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code build()} refuses settings that would fail or be unsafe on the wire, naming the setting.
 */
class ClientBuilderTest {
  private static final String TOKEN = "authcookie_5ecre7-70ken";

  private static VrchatGroupsClient.Builder valid() {
    return VrchatGroupsClient.builder()
        .userAgent("MyGroupBot/1.2 admin@example.com")
        .authCookie(TOKEN);
  }

  @Test
  void aMissingUserAgentIsRefusedWithWhyItIsRequired() {
    assertThatThrownBy(() -> VrchatGroupsClient.builder().build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("userAgent is required: VRChat's firewall answers 403");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "MyBot", "MyBot/1.0\r\nX-Evil: 1", "Bot/1.0 \u00e9"})
  void aUserAgentThatDoesNotIdentifyTheAppIsRefused(String userAgent) {
    assertThatThrownBy(() -> valid().userAgent(userAgent).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("userAgent ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "MyBot/1.0",
        "MyBot/1.0 discord:me",
        "MyBot/1.0 me@localhost",
        "MyBot/1.0 (ftp://x)"
      })
  void aUserAgentWithoutAContactIsRefusedQuotingTheFirewallsRule(String userAgent) {
    assertThatThrownBy(() -> valid().userAgent(userAgent).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("userAgent must be 'AppName/version contact'")
        .hasMessageContaining(
            "\"a properly formatted user-agent containing application name, version and contact"
                + " information\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "MyGroupBot/1.2 admin@example.com",
        "MyGroupBot/1.2 (+https://example.com/bot)",
        "MyGroupBot/1.2 (contact: ops@example.org; Linux)",
        "MyGroupBot/1.2 http://bot.example"
      })
  void aUserAgentWithAnEmailOrAUrlIsAccepted(String userAgent) {
    assertThatCode(() -> valid().userAgent(userAgent).build()).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tok\r\nen",
        "tok\nen",
        "tok;en",
        "tok en",
        "tok,en",
        "tok\"en",
        "tok\u0000en",
        "t\u00f6ken",
        " "
      })
  void anAuthCookieThatCouldBreakTheCookieHeaderIsRefusedWithoutShowingIt(String token) {
    assertThatThrownBy(() -> valid().authCookie(token).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("authCookie ")
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .doesNotContain(token.strip().isEmpty() ? "\u0001" : token));
  }

  @Test
  void anAuthCookieGivenWithItsNameIsRefused() {
    assertThatThrownBy(() -> valid().authCookie("auth=" + TOKEN).build())
        .hasMessage("authCookie takes the token alone, without the leading 'auth='");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://api.vrchat.cloud/api/1",
        "http://10.0.0.5:8080",
        "http://localhost.evil.example",
        "http://127.0.0.1.example:8080"
      })
  void plainHttpToAHostThatIsNotLoopbackIsRefused(String url) {
    assertThatThrownBy(() -> valid().baseUrl(url).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl uses plain http");
  }

  @Test
  void plainHttpToAnotherHostIsAllowedOnlyWhenAskedFor() {
    assertThatCode(
            () ->
                valid().baseUrl("http://proxy.internal:8080/api/1").allowInsecureHttp(true).build())
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080",
        "http://127.0.0.1:1/api/1",
        "http://127.8.9.10",
        "http://[::1]:9000",
        "https://api.vrchat.cloud/api/1/"
      })
  void httpsAndLoopbackHttpAreAccepted(String url) {
    assertThatCode(() -> valid().baseUrl(url).build()).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "api.vrchat.cloud",
        "ftp://api.vrchat.cloud",
        "https://user:pw@api.vrchat.cloud",
        "https://api.vrchat.cloud/?x=1",
        "https://api vrchat"
      })
  void aBaseUrlThatIsNotAPlainHttpsRootIsRefused(String url) {
    assertThatThrownBy(() -> valid().baseUrl(url).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("baseUrl ");
  }

  @Test
  void nonPositiveTimeoutsAreRefused() {
    assertThatThrownBy(() -> valid().connectTimeout(Duration.ZERO).build())
        .hasMessageStartingWith("connectTimeout ");
    assertThatThrownBy(() -> valid().readTimeout(Duration.ofSeconds(-1)).build())
        .hasMessageStartingWith("readTimeout ");
    assertThatThrownBy(() -> valid().readTimeout(null).build())
        .hasMessageStartingWith("readTimeout ");
  }

  @Test
  void toStringNeverShowsTheAuthCookie() {
    String shown = valid().build().toString();

    assertThat(shown).doesNotContain(TOKEN).contains("authCookie=<redacted>");
  }

  @Test
  void aNegativeMaxRetriesIsRefused() {
    assertThatThrownBy(() -> valid().maxRetries(-1)).hasMessageStartingWith("maxRetries ");
  }

  @Test
  void aRetryPolicyDurationThatIsMissingOrNotPositiveIsRefusedByName() {
    assertThatThrownBy(() -> RetryPolicy.builder().minBackoff(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("minBackoff must not be null");
    assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(Duration.ZERO))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBackoff must be positive, got PT0S");
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(-1)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRetryAfter must be positive, got PT-1S");
    assertThatThrownBy(() -> RetryPolicy.builder().maxElapsed(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxElapsed must not be null");
  }
}
