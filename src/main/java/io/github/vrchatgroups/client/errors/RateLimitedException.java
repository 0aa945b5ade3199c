package io.github.vrchatgroups.client.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: VRChat's rate limit refused the call, and the retry policy's bound was reached (or the
 * wait the server asked for was longer than the policy allows). Slow down before trying again.
 */
public class RateLimitedException extends VrchatApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * @param serverMessage the message the server sent, or {@code null}
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   * @param retryAfter the wait the server asked for in {@code Retry-After}, or {@code null} if none
   */
  public RateLimitedException(
      String serverMessage, String bodyExcerpt, int attempts, Duration retryAfter) {
    super(429, serverMessage, bodyExcerpt, attempts, null);
    this.retryAfter = retryAfter;
  }

  /**
   * The wait the server asked for in {@code Retry-After}; empty when it named none (VRChat's usual
   * case).
   */
  public Optional<Duration> getRetryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  @Override
  protected String describe() {
    return retryAfter == null
        ? "rate limited"
        : "rate limited, retry after " + retryAfter.toSeconds() + " s";
  }
}
