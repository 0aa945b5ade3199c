package io.github.vrchatgroups.client.internal;

import feign.slf4j.Slf4jLogger;
import java.util.Set;
import java.util.TreeSet;

/** Feign's SLF4J logger that never writes the auth cookie, whatever the log level. */
final class RedactingSlf4jLogger extends Slf4jLogger {
  private static final Set<String> SECRET_HEADERS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  static {
    SECRET_HEADERS.add("Cookie");
    SECRET_HEADERS.add("Set-Cookie");
    SECRET_HEADERS.add("Authorization");
  }

  /** Logs under the category {@code io.github.vrchatgroups.client.http}. */
  RedactingSlf4jLogger() {
    super("io.github.vrchatgroups.client.http");
  }

  @Override
  protected boolean shouldLogRequestHeader(String header) {
    return !SECRET_HEADERS.contains(header);
  }

  @Override
  protected boolean shouldLogResponseHeader(String header) {
    return !SECRET_HEADERS.contains(header);
  }
}
