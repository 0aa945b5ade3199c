package io.github.vrchatgroups.client.cli;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two base URLs name the same server, as a cookie sees it: the same scheme, host and port,
 * whatever the path (a session saved for {@code http://127.0.0.1:8089} is the session of {@code
 * http://localhost:8089/} and of {@code http://127.0.0.1:8089/api/1} too), with the loopback names
 * counted as one host.
 */
final class SameServer {
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private SameServer() {}

  static boolean as(String a, String b) {
    String first = origin(a);
    return first != null && first.equals(origin(b));
  }

  /** {@code scheme://host:port} with the defaults filled in, or {@code null} if not a URL. */
  static String origin(String url) {
    if (url == null) {
      return null;
    }
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException malformed) {
      return null;
    }
    if (uri.getScheme() == null || uri.getHost() == null) {
      return null;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + (LOOPBACK.contains(host) ? "loopback" : host) + ":" + port;
  }
}
