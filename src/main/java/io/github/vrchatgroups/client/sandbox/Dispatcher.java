package io.github.vrchatgroups.client.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Where each request goes: the sandbox's own endpoints, or the API, where an armed fault comes
 * first; every API request and its answer go into the journal.
 */
final class Dispatcher implements SandboxServer.Routes {
  private final ApiRoutes api;
  private final AdminRoutes admin;
  private final SandboxFaults faults;
  private final SandboxJournal journal;

  Dispatcher(ApiRoutes api, AdminRoutes admin, SandboxFaults faults, SandboxJournal journal) {
    this.api = api;
    this.admin = admin;
    this.faults = faults;
    this.journal = journal;
  }

  @Override
  public Reply answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    if (path.startsWith(AdminRoutes.PREFIX)) {
      return admin.answer(path, exchange);
    }
    admin.apiRequestServed();
    byte[] body = SandboxExchange.body(exchange);
    SandboxFault fault = faults.take(SandboxOperation.of(exchange.getRequestMethod(), path));
    Reply reply = fault == null ? api.answer(exchange, body) : fault.reply();
    journal.record(
        new SandboxRequest(
            exchange.getRequestMethod(),
            path,
            exchange.getRequestURI().getRawQuery(),
            exchange.getRequestHeaders().getFirst("User-Agent"),
            journaled(path, body),
            SandboxExchange.cookie(exchange, "auth") != null,
            statusOf(reply)));
    if (reply.broken() == SandboxFault.ConnectionFault.STALL) {
      // Journaled first: a test sees the stalled request while it waits, and a reset clears it.
      faults.stall();
    }
    return reply;
  }

  /** The status the client saw: a cut body still came with its 200; a broken connection none. */
  private static int statusOf(Reply reply) {
    if (reply.broken() == null) {
      return reply.status();
    }
    return reply.broken() == SandboxFault.ConnectionFault.TRUNCATE ? 200 : 0;
  }

  /**
   * The body as the journal keeps it: a second factor's code is a login secret like the password
   * (which travels in a header the journal never keeps), so only its shape is kept.
   */
  static String journaled(String path, byte[] body) {
    if (body.length == 0) {
      return null;
    }
    if (path.startsWith("/auth/")) {
      return "<redacted: " + body.length + " bytes of login secrets>";
    }
    return new String(body, StandardCharsets.UTF_8);
  }
}
