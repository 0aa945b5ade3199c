package io.github.vrchatgroups.client.errors;

import java.util.Optional;

/**
 * Root of every exception the SDK throws for a call that did not succeed. Unchecked.
 *
 * <p>Carries the HTTP status ({@code 0} when no response arrived), the server's own message exactly
 * as sent (VRChat uses look-alike Unicode such as U+2024 for {@code .}; compare it byte for byte,
 * never against ASCII), a short excerpt of the raw body, how many attempts the call made, and what
 * the caller can do about it ({@link #getRecovery()}), and VRChat's request ID when the response
 * had one ({@link #getRequestId()}, what VRChat's support asks for). The subclass tells which
 * situation it is.
 */
public abstract class VrchatApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String serverMessage;
  private final String bodyExcerpt;
  private final int attempts;
  private String requestId;

  /**
   * @param statusCode the HTTP status, or {@code 0} when no response arrived
   * @param serverMessage the message the server sent, or {@code null} when its body had none
   * @param bodyExcerpt the start of the raw response body (already shortened), or {@code null}
   * @param attempts how many requests the call made, at least 1
   * @param cause the underlying failure, or {@code null}
   */
  protected VrchatApiException(
      int statusCode, String serverMessage, String bodyExcerpt, int attempts, Throwable cause) {
    super(null, cause);
    this.statusCode = statusCode;
    this.serverMessage = serverMessage;
    this.bodyExcerpt = bodyExcerpt == null ? "" : bodyExcerpt;
    this.attempts = Math.max(1, attempts);
  }

  /**
   * The HTTP status of the response.
   *
   * @return the status, or {@code 0} when no response arrived
   */
  public int getStatusCode() {
    return statusCode;
  }

  /**
   * The message from the server's error body, byte for byte: compare it exactly, never with ASCII.
   *
   * @return the message, or empty when the body had none
   */
  public Optional<String> getServerMessage() {
    return Optional.ofNullable(serverMessage);
  }

  /**
   * The start of the raw response body, on one line.
   *
   * @return at most 300 characters (and an ellipsis) of the body; empty when there was none
   */
  public String getBodyExcerpt() {
    return bodyExcerpt;
  }

  /**
   * How many requests the call made before giving up.
   *
   * @return the number of attempts, 1 when the call was not retried
   */
  public int getAttempts() {
    return attempts;
  }

  /**
   * VRChat's ID of the request that failed, from the response's {@code x-vrc-request-id} header:
   * quote it to VRChat's support.
   *
   * @return the ID, or empty when no response arrived or it carried none
   */
  public Optional<String> getRequestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Records the response's {@code x-vrc-request-id}; the SDK calls it once, as it makes the
   * exception. Like {@link #initCause}, only the first call counts: later ones change nothing. A
   * value that is blank, longer than 128 characters or not printable ASCII is not recorded.
   *
   * @param requestId the header's value, or {@code null}
   * @return this exception
   */
  public final VrchatApiException initRequestId(String requestId) {
    if (this.requestId == null
        && requestId != null
        && !requestId.isBlank()
        && requestId.length() <= 128
        && requestId.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      this.requestId = requestId;
    }
    return this;
  }

  /**
   * What the caller can do about this failure: whether it is final for the request, worth trying
   * again later, needs a new login, or needs a setting fixed. The subclass decides; an answer the
   * SDK does not recognise is {@link Recovery#RETRY_LATER}.
   *
   * @return the recovery; never {@code null}
   */
  public Recovery getRecovery() {
    return Recovery.RETRY_LATER;
  }

  /**
   * What went wrong in a few words, the start of {@link #getMessage()}.
   *
   * @return a short description without the HTTP status or the server's message
   */
  protected abstract String describe();

  @Override
  public String getMessage() {
    StringBuilder message = new StringBuilder();
    if (statusCode > 0) {
      message.append("HTTP ").append(statusCode).append(' ');
    }
    message.append(describe());
    if (serverMessage != null) {
      message.append(": ").append(serverMessage);
    } else if (!bodyExcerpt.isEmpty()) {
      message.append("; body starts: ").append(bodyExcerpt);
    }
    if (attempts > 1) {
      message.append(" (after ").append(attempts).append(" attempts)");
    }
    if (requestId != null) {
      message.append(" [x-vrc-request-id ").append(requestId).append(']');
    }
    return message.toString();
  }
}
