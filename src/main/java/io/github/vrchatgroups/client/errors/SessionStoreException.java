package io.github.vrchatgroups.client.errors;

import java.io.UncheckedIOException;

/**
 * A session keeper's store could not be read or written (a session file others can read, a full
 * disk): fix the store; nothing more was sent. When saving failed, the new session is still used
 * for this run, but the next run will have to log in again.
 */
public class SessionStoreException extends VrchatApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param cause what the store said
   */
  public SessionStoreException(UncheckedIOException cause) {
    super(0, null, null, 1, cause);
  }

  @Override
  protected String describe() {
    return "the session store failed: " + getCause().getMessage();
  }

  /** {@link Recovery#FIX_SETTINGS}: the store. */
  @Override
  public Recovery getRecovery() {
    return Recovery.FIX_SETTINGS;
  }
}
