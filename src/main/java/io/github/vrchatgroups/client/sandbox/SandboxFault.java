package io.github.vrchatgroups.client.sandbox;

import java.time.Duration;
import java.util.Locale;

/**
 * What the sandbox does to a request instead of serving it: an answer of any status (a 429 with or
 * without {@code Retry-After}, a 5xx with a proxy's HTML page, the firewall's 403, …) or a broken
 * connection. Armed with {@link VrchatSandbox#injectFault}; immutable.
 */
public final class SandboxFault {
  /** How the connection breaks. */
  public enum ConnectionFault {
    /** The request is read, then the connection closes without an answer. */
    RESET,
    /**
     * No answer at all until the client gives up (or the sandbox is reset or closed); in {@link
     * VrchatSandbox#requests()} with status 0 from the moment it arrives.
     */
    STALL,
    /** A 200 whose body is cut short: fewer bytes than its {@code Content-Length} says. */
    TRUNCATE
  }

  private static final String PROXY_PAGE =
      "<html><head><title>%1$d</title></head><body><center><h1>%1$d</h1></center><hr>"
          + "<center>cloudflare</center></body></html>";

  private final int status;
  private final Duration retryAfter;
  private final String body;
  private final ConnectionFault connection;

  private SandboxFault(int status, Duration retryAfter, String body, ConnectionFault connection) {
    this.status = status;
    this.retryAfter = retryAfter;
    this.body = body;
    this.connection = connection;
  }

  /**
   * An answer with this status. Its body, unless {@link #withBody} says otherwise: the firewall's
   * for 403, VRChat's error envelope for other 4xx, a proxy's HTML page for 5xx.
   *
   * @param status 100 to 599
   * @throws IllegalArgumentException if the status is out of range
   */
  public static SandboxFault answer(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException(
          "answer must be an HTTP status, 100 to 599; got " + status);
    }
    return new SandboxFault(status, null, null, null);
  }

  /** A connection that breaks this way. */
  public static SandboxFault connection(ConnectionFault fault) {
    if (fault == null) {
      throw new IllegalArgumentException("fault must be reset, stall or truncate");
    }
    return new SandboxFault(200, null, null, fault);
  }

  /**
   * The same answer with a {@code Retry-After} header, in whole seconds.
   *
   * @throws IllegalArgumentException if negative, or this is a connection fault
   */
  public SandboxFault withRetryAfter(Duration retryAfter) {
    if (retryAfter == null || retryAfter.isNegative() || connection != null) {
      throw new IllegalArgumentException(
          "retryAfter must be 0 s or more, on an answer; got " + retryAfter);
    }
    return new SandboxFault(status, retryAfter, body, null);
  }

  /**
   * The same answer with this body as it is: sent as JSON if it starts with a brace or a bracket,
   * else as HTML.
   *
   * @throws IllegalArgumentException if null, or this is a connection fault
   */
  public SandboxFault withBody(String body) {
    if (body == null || connection != null) {
      throw new IllegalArgumentException("body must be text, on an answer");
    }
    return new SandboxFault(status, retryAfter, body, null);
  }

  /** What the sandbox sends for this fault. */
  Reply reply() {
    if (connection != null) {
      return Reply.broken(connection);
    }
    Reply reply;
    if (body != null) {
      String trimmed = body.strip();
      boolean json = trimmed.startsWith("{") || trimmed.startsWith("[");
      reply = Reply.text(status, body, json ? "application/json" : "text/html; charset=utf-8");
    } else if (status == 403) {
      reply = Reply.firewallBlocked();
    } else if (status == 429) {
      reply = Reply.error(429, SandboxMessages.RATE_LIMITED);
    } else if (status >= 500) {
      reply = Reply.text(status, String.format(PROXY_PAGE, status), "text/html; charset=utf-8");
    } else {
      reply = Reply.error(status, "Injected by the sandbox");
    }
    return retryAfter == null
        ? reply
        : reply.withHeader("Retry-After", String.valueOf(retryAfter.toSeconds()));
  }

  /** How the fault endpoints list it, e.g. {@code answer 429, Retry-After 2 s} or {@code reset}. */
  @Override
  public String toString() {
    if (connection != null) {
      return connection.name().toLowerCase(Locale.ROOT);
    }
    return "answer "
        + status
        + (retryAfter == null ? "" : ", Retry-After " + retryAfter.toSeconds() + " s")
        + (body == null ? "" : ", a body of its own");
  }
}
