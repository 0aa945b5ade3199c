package io.github.vrchatgroups.client.internal;

import java.io.IOException;

/**
 * A complete success response whose body exceeds the transport's cap. It travels through Feign's
 * I/O channel (the only one a {@code feign.Client} has) and is turned into an {@code
 * UnexpectedResponseException} by the retry loop, never retried: the answer would be the same.
 */
final class ResponseTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  final int status;
  final transient String excerpt;

  ResponseTooLargeException(int status, int maxBytes, byte[] start) {
    super("HTTP " + status + " response body is longer than " + maxBytes + " bytes");
    this.status = status;
    this.excerpt = ErrorBodies.excerpt(start);
  }
}
