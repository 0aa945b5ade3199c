package io.github.vrchatgroups.client.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The sandbox's HTTP server on a loopback port: sixteen daemon threads (a stalled request holds
 * one), one answer per request.
 */
final class SandboxServer {
  /** Answers one request. */
  interface Routes {
    Reply answer(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor;

  SandboxServer(int port, Routes routes) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    executor =
        Executors.newFixedThreadPool(
            16,
            runnable -> {
              Thread thread = new Thread(runnable, "vrchat-sandbox");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            Reply reply;
            try {
              reply = routes.answer(exchange);
            } catch (RuntimeException | IOException e) {
              reply = Reply.error(500, "Internal sandbox error");
            }
            if (reply.broken() != null) {
              SandboxExchange.breakConnection(exchange, reply.broken());
            } else {
              SandboxExchange.send(exchange, reply);
            }
          }
        });
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }
}
