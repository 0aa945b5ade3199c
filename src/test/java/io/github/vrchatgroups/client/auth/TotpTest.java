package io.github.vrchatgroups.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238's test vectors, and the base32 secrets authenticator apps use. */
class TotpTest {
  private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHA256_KEY =
      "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @CsvSource({
    "59, 94287082, 46119246",
    "1111111109, 07081804, 68084774",
    "1111111111, 14050471, 67062674",
    "1234567890, 89005924, 91819424",
    "2000000000, 69279037, 90698825",
    "20000000000, 65353130, 77737706"
  })
  void theRfc6238VectorsMatch(long seconds, String sha1, String sha256) {
    Clock clock = Clock.fixed(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);

    assertThat(Totp.of(SHA1_KEY, "HmacSHA1", 8, clock).now()).isEqualTo(sha1);
    assertThat(Totp.of(SHA256_KEY, "HmacSHA256", 8, clock).now()).isEqualTo(sha256);
  }

  @Test
  void aBase32SecretGivesSixDigitCodesAndIgnoresSpacesAndCase() {
    // "12345678901234567890" in base32, as an authenticator app shows it.
    Totp totp =
        Totp.fromBase32Secret("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")
            .withClock(Clock.fixed(Instant.ofEpochSecond(59), ZoneOffset.UTC));

    assertThat(totp.now()).isEqualTo("287082");
  }

  @Test
  void theUriAnAuthenticatorShowsGivesTheCodesOfItsSecret() {
    Instant at = Instant.ofEpochSecond(1_111_111_109);
    String secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    Totp fromUri =
        Totp.fromSecretOrUri(
            "otpauth://totp/VRChat:groupbot?secret="
                + secret
                + "&issuer=VRChat&algorithm=SHA1&digits=6&period=30");

    assertThat(fromUri.at(at)).isEqualTo(Totp.fromBase32Secret(secret).at(at));
    assertThat(Totp.fromSecretOrUri(secret).at(at)).isEqualTo(fromUri.at(at));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "otpauth://totp/VRChat:bot?issuer=VRChat|has no secret= parameter",
        "otpauth://totp/VRChat:bot?secret=GEZDGNBV&digits=8|digits=8, which VRChat does not use",
        "otpauth://totp/VRChat:bot?secret=GEZDGNBV&algorithm=SHA256|algorithm=SHA256",
        "otpauth://totp/VRChat:bot?secret=GEZDGNBV&period=60|period=60",
        "otpauth://totp/a b?secret=GEZDGNBV|malformed",
      })
  void aUriThatIsNotVrchatsIsRefusedWithoutShowingTheSecret(String uri, String reason) {
    assertThatThrownBy(() -> Totp.fromSecretOrUri(uri))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason)
        .message()
        .doesNotContain("GEZDGNBV");
  }

  @Test
  void theFirstLetterOfTheBase32AlphabetIsZero() {
    Clock clock = Clock.fixed(Instant.ofEpochSecond(59), ZoneOffset.UTC);

    assertThat(Totp.fromBase32Secret("AAAA AAAA AAAA AAAA").withClock(clock).now())
        .isEqualTo(Totp.of(new byte[10], "HmacSHA1", 6, clock).now());
  }

  @Test
  void theCodesOfTheNeighbouringStepsAreAcceptedAndOthersAreNot() {
    Totp totp =
        Totp.fromBase32Secret("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
            .withClock(Clock.fixed(Instant.ofEpochSecond(1111111111), ZoneOffset.UTC));

    assertThat(totp.accepts(totp.at(Instant.ofEpochSecond(1111111111 - 30)))).isTrue();
    assertThat(totp.accepts(totp.at(Instant.ofEpochSecond(1111111111 + 30)))).isTrue();
    assertThat(totp.accepts(totp.at(Instant.ofEpochSecond(1111111111 + 90)))).isFalse();
  }

  @Test
  void aSecretThatIsNotBase32IsRefusedWithoutShowingIt() {
    assertThatThrownBy(() -> Totp.fromBase32Secret("not-base32!1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the TOTP secret is not base32 (A-Z, 2-7)");
    assertThat(Totp.fromBase32Secret("JBSWY3DPEHPK3PXP").toString()).doesNotContain("JBSW");
  }
}
