package io.github.vrchatgroups.client;

/**
 * How much of each HTTP exchange the client logs through SLF4J, under the logger {@code
 * io.github.vrchatgroups.client.http} at DEBUG. The auth cookie is never logged at any level.
 */
public enum HttpLogLevel {
  /** Nothing (the default). */
  NONE,
  /** Method, URL, status and time taken. */
  BASIC,
  /** {@link #BASIC} and the headers, without {@code Cookie} and {@code Set-Cookie}. */
  HEADERS,
  /** {@link #HEADERS} and the bodies. */
  FULL
}
