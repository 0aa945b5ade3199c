package io.github.vrchatgroups.client.auth;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps compute them for VRChat:
 * HMAC-SHA1, six digits, a 30-second step, from the base32 secret shown when two-factor
 * authentication was set up. For service accounts that hold their secret; keep it like a password.
 */
public final class Totp {
  private static final int STEP_SECONDS = 30;
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private final byte[] key;
  private final String algorithm;
  private final int digits;
  private final Clock clock;

  private Totp(byte[] key, String algorithm, int digits, Clock clock) {
    this.key = key.clone();
    this.algorithm = algorithm;
    this.digits = digits;
    this.clock = clock;
  }

  /**
   * A generator for a base32 secret (spaces, dashes, padding and case ignored), on the system
   * clock.
   *
   * @throws IllegalArgumentException if the secret is not base32
   */
  public static Totp fromBase32Secret(String secret) {
    return new Totp(base32(secret), "HmacSHA1", 6, Clock.systemUTC());
  }

  /**
   * A generator for a base32 secret, or for the {@code otpauth://totp/…?secret=…} URI an
   * authenticator's set-up shows (its QR code's text): the URI's {@code secret} is used, and a URI
   * whose {@code algorithm}, {@code digits} or {@code period} is not VRChat's (SHA1, 6, 30) is
   * refused.
   *
   * @throws IllegalArgumentException if neither is valid; the message never holds the secret
   */
  public static Totp fromSecretOrUri(String secretOrUri) {
    if (secretOrUri == null || !secretOrUri.regionMatches(true, 0, "otpauth://", 0, 10)) {
      return fromBase32Secret(secretOrUri);
    }
    java.net.URI uri;
    try {
      uri = java.net.URI.create(secretOrUri.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the otpauth:// URI is malformed");
    }
    String secret = null;
    String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    for (String pair : query.split("&")) {
      String[] field = pair.split("=", 2);
      String value =
          field.length == 2
              ? java.net.URLDecoder.decode(field[1], java.nio.charset.StandardCharsets.UTF_8)
              : "";
      switch (field[0].toLowerCase(java.util.Locale.ROOT)) {
        case "secret" -> secret = value;
        case "algorithm" -> require(value.equalsIgnoreCase("SHA1"), "algorithm", value);
        case "digits" -> require(value.equals("6"), "digits", value);
        case "period" -> require(value.equals("30"), "period", value);
        default -> {
          // issuer and the like: nothing to do with the codes
        }
      }
    }
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException("the otpauth:// URI has no secret= parameter");
    }
    return fromBase32Secret(secret);
  }

  private static void require(boolean vrchats, String parameter, String value) {
    if (!vrchats) {
      throw new IllegalArgumentException(
          "the otpauth:// URI asks for " + parameter + "=" + value + ", which VRChat does not use");
    }
  }

  /** The same generator on another clock. */
  public Totp withClock(Clock clock) {
    return new Totp(key, algorithm, digits, clock);
  }

  /**
   * A generator with a raw key, HMAC algorithm ({@code HmacSHA1}, {@code HmacSHA256}, {@code
   * HmacSHA512}) and number of digits, as RFC 6238's test vectors use.
   */
  static Totp of(byte[] key, String algorithm, int digits, Clock clock) {
    return new Totp(key, algorithm, digits, clock);
  }

  /** The code for now. */
  public String now() {
    return at(clock.instant());
  }

  /** The code for the 30-second step that contains {@code time}. */
  public String at(Instant time) {
    long counter = Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    byte[] hash;
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, algorithm));
      hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks " + algorithm, e);
    }
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    int modulo = (int) Math.pow(10, digits);
    return String.format(Locale.ROOT, "%0" + digits + "d", binary % modulo);
  }

  /** Whether {@code code} is the code of now or of the step before or after (clock drift). */
  public boolean accepts(String code) {
    Instant now = clock.instant();
    for (int step = -1; step <= 1; step++) {
      if (at(now.plusSeconds((long) step * STEP_SECONDS)).equals(code)) {
        return true;
      }
    }
    return false;
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "Totp{secret=<redacted>}";
  }

  private static byte[] base32(String secret) {
    if (secret == null) {
      throw new IllegalArgumentException("the TOTP secret must not be null");
    }
    String clean = secret.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
    if (clean.isEmpty()) {
      throw new IllegalArgumentException("the TOTP secret must not be blank");
    }
    ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      int value = BASE32.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("the TOTP secret is not base32 (A-Z, 2-7)");
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }
}
