package io.github.vrchatgroups.client.errors;

/**
 * No complete response arrived: the connection was refused, timed out, was reset, or the body was
 * cut short. {@link #getCause()} is the I/O failure.
 *
 * <p>{@link #requestMayHaveBeenSent()} tells whether the server may have acted anyway. When it is
 * {@code true} (a read timeout or a reset after the request left), the SDK did not retry, because
 * an invite must never be sent twice: check the group's pending invites before you try again.
 */
public class ApiConnectionException extends VrchatApiException {
  private static final long serialVersionUID = 1L;

  private final boolean requestMayHaveBeenSent;
  private final boolean changes;

  /**
   * A failure of a call that changes something (an invite, a cancel, an answer to a request).
   *
   * @param requestMayHaveBeenSent whether the request may have reached the server
   * @param attempts how many requests the call made
   * @param cause the I/O failure
   */
  public ApiConnectionException(boolean requestMayHaveBeenSent, int attempts, Throwable cause) {
    this(requestMayHaveBeenSent, attempts, cause, true);
  }

  /**
   * @param requestMayHaveBeenSent whether the request may have reached the server
   * @param attempts how many requests the call made
   * @param cause the I/O failure
   * @param changes whether the call changes something; {@code false} for a read (a listing, a
   *     membership), which cannot have acted
   */
  public ApiConnectionException(
      boolean requestMayHaveBeenSent, int attempts, Throwable cause, boolean changes) {
    super(0, null, null, attempts, cause);
    this.requestMayHaveBeenSent = requestMayHaveBeenSent;
    this.changes = changes;
  }

  /**
   * Whether VRChat may have acted on the request: it may have been sent, and the call changes
   * something. {@code false} for a read, which changes nothing even when it was received.
   */
  public boolean mayHaveActed() {
    return requestMayHaveBeenSent && changes;
  }

  /**
   * Tells whether the server may have acted on the request.
   *
   * @return {@code false} when the request certainly never reached the server (e.g. the connection
   *     was refused), {@code true} when it may have been received and acted on
   */
  public boolean requestMayHaveBeenSent() {
    return requestMayHaveBeenSent;
  }

  @Override
  protected String describe() {
    // The cause's own words, never its class: a message is read by people.
    String cause =
        getCause() == null || getCause().getMessage() == null
            ? "no detail"
            : getCause().getMessage();
    if (!requestMayHaveBeenSent) {
      return "connection failed before the request was sent (" + cause + ")";
    }
    return changes
        ? "connection failed after the request was sent; the server may have acted on it ("
            + cause
            + ")"
        : "no complete answer to a read, which changes nothing (" + cause + ")";
  }
}
