package io.github.vrchatgroups.client.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules a client's settings must follow, each failing with an {@link IllegalArgumentException}
 * that names the setting. Messages never include the auth token.
 */
public final class SettingsRules {
  // RFC 6265 cookie-octet: no whitespace, control characters, '"', ',', ';' or '\'.
  private static final Pattern COOKIE_VALUE =
      Pattern.compile("[\\x21\\x23-\\x2B\\x2D-\\x3A\\x3C-\\x5B\\x5D-\\x7E]+");

  /**
   * VRChat's firewall's own words for what it refuses to serve without; {@link #userAgent} quotes
   * them.
   */
  static final String FIREWALL_RULE =
      "a properly formatted user-agent containing application name, version and contact information";

  /**
   * {@code AppName/version}, then after a space a contact: an e-mail address or an http(s) URL,
   * possibly inside other text such as {@code (+https://example.com)}; printable ASCII on one line.
   */
  public static final Pattern USER_AGENT =
      Pattern.compile(
          "[!-~]+/[!-~]+ [ -~]*?"
              + "(?:[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"
              + "|https?://[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*[!-~]*)"
              + "[ -~]*");

  private SettingsRules() {}

  /** Checks a User-Agent ({@code userAgent}). */
  public static String userAgent(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException(
          "userAgent is required: VRChat's firewall answers 403 to clients that do not identify themselves as"
              + " 'AppName/version contact', e.g. 'MyGroupBot/1.2 admin@example.com'");
    }
    if (!USER_AGENT.matcher(userAgent).matches()) {
      throw new IllegalArgumentException(
          "userAgent must be 'AppName/version contact', the contact an e-mail address or an http(s)"
              + " URL, in printable ASCII on one line, e.g. 'MyGroupBot/1.2 admin@example.com':"
              + " VRChat's firewall answers 403 without \""
              + FIREWALL_RULE
              + "\"");
    }
    return userAgent;
  }

  /** Checks an auth cookie value ({@code authCookie}); {@code null} means none. */
  public static String authCookie(String authCookie) {
    if (authCookie == null) {
      return null;
    }
    if (authCookie.isBlank()) {
      throw new IllegalArgumentException(
          "authCookie must not be blank (leave it unset to send no cookie)");
    }
    if (authCookie.startsWith("auth=")) {
      throw new IllegalArgumentException(
          "authCookie takes the token alone, without the leading 'auth='");
    }
    if (!COOKIE_VALUE.matcher(authCookie).matches()) {
      throw new IllegalArgumentException(
          "authCookie contains a character a cookie value may not hold"
              + " (whitespace, CR, LF, a control character, '\"', ',', ';', '\\' or non-ASCII)");
    }
    return authCookie;
  }

  /**
   * Checks a base URL ({@code baseUrl}): absolute {@code https}, or {@code http} to loopback unless
   * insecure http is allowed.
   *
   * @return the URL without a trailing slash
   */
  public static String baseUrl(String baseUrl, boolean allowInsecureHttp) {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalArgumentException("baseUrl must not be blank");
    }
    URI uri;
    try {
      uri = new URI(baseUrl);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("baseUrl is not a valid URL: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException(
          "baseUrl must be an absolute http(s) URL with a host, got " + baseUrl);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("baseUrl must not carry user info, a query or a fragment");
    }
    if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(uri.getHost())) {
      throw new IllegalArgumentException(
          "baseUrl uses plain http to "
              + uri.getHost()
              + ", which would send the auth cookie unencrypted:"
              + " use https, or allowInsecureHttp(true) for a trusted proxy");
    }
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** Checks that a duration setting is positive. */
  public static Duration positive(Duration value, String name) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration, got " + value);
    }
    return value;
  }

  /** Checks that a setting is present; {@code hint} says what to use instead of null. */
  public static <T> T present(T value, String name, String hint) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null (" + hint + ")");
    }
    return value;
  }

  /** Whether a host is loopback, without asking DNS about any name but {@code localhost}. */
  private static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    String literal =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (!literal.matches("[0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:.]*")) {
      return false;
    }
    try {
      return InetAddress.getByName(literal).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
