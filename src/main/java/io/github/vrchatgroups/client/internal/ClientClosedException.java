package io.github.vrchatgroups.client.internal;

import java.io.IOException;

/**
 * A call made on a client after {@code close()}. Nothing was sent, and trying again cannot help:
 * the retry loop turns it into an {@code ApiConnectionException} at once.
 */
final class ClientClosedException extends IOException {
  private static final long serialVersionUID = 1L;

  ClientClosedException() {
    super("the client is closed; build a new one");
  }
}
