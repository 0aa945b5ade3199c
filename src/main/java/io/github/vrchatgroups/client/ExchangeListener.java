package io.github.vrchatgroups.client;

/**
 * Told of every request the SDK sends (every attempt of every call, logins included) and of every
 * session a {@link SessionProvider session keeper} renews: what metrics need, so that a bot feeds
 * Micrometer or OpenTelemetry without the SDK depending on either (the docs page "running a bot
 * unattended" shows Micrometer). Called on the calling thread once the attempt is over; must return
 * quickly and not throw. {@link RetryListener} is the narrower view of the decision to retry.
 */
@FunctionalInterface
public interface ExchangeListener {
  /** Listens to nothing; the default. */
  ExchangeListener NONE = exchange -> {};

  /**
   * One attempt is over.
   *
   * @param exchange what was sent and how it went
   */
  void exchanged(Exchange exchange);

  /**
   * A session keeper logged in again because VRChat ended the session (or there was none).
   *
   * @param succeeded whether the login gave a new session
   */
  default void sessionRenewed(boolean succeeded) {}
}
