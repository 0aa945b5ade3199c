package io.github.vrchatgroups.client.internal;

import io.github.vrchatgroups.client.internal.ErrorBodies.ErrorBody;
import java.time.Duration;
import java.util.Optional;

/**
 * A non-2xx response as the error decoder read it, before the retry loop decides whether to try
 * again and {@link ApiExceptions} turns it into the public exception. Never reaches callers.
 */
final class HttpFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final transient ErrorBody body;
  final transient String bodyExcerpt;
  private final transient Duration retryAfter;

  /** VRChat's {@code x-vrc-request-id}, or {@code null}. */
  final transient String requestId;

  HttpFailure(
      int status, ErrorBody body, String bodyExcerpt, Duration retryAfter, String requestId) {
    super("HTTP " + status, null, false, false);
    this.status = status;
    this.body = body;
    this.bodyExcerpt = bodyExcerpt;
    this.retryAfter = retryAfter;
    this.requestId = requestId;
  }

  Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
