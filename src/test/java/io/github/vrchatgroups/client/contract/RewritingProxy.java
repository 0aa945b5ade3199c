package io.github.vrchatgroups.client.contract;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A provider that drifts: forwards every request to a real server and changes its answer on the way
 * back (a status, a character), so that a check can be shown to fail when the provider differs from
 * the contract.
 */
final class RewritingProxy implements AutoCloseable {
  /** An answer: status and body. */
  record Reply(int status, String body) {}

  private static final Set<String> FORWARDED = Set.of("cookie", "content-type", "user-agent");
  private final HttpClient http = HttpClient.newHttpClient();
  private final HttpServer server;
  private volatile UnaryOperator<Reply> rewrite = UnaryOperator.identity();

  RewritingProxy(String target) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            HttpRequest.Builder forward =
                HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                    .method(
                        exchange.getRequestMethod(),
                        HttpRequest.BodyPublishers.ofByteArray(
                            exchange.getRequestBody().readAllBytes()));
            exchange
                .getRequestHeaders()
                .forEach(
                    (name, values) -> {
                      if (FORWARDED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                        values.forEach(value -> forward.header(name, value));
                      }
                    });
            HttpResponse<String> answer =
                http.send(forward.build(), HttpResponse.BodyHandlers.ofString());
            Reply reply = rewrite.apply(new Reply(answer.statusCode(), answer.body()));
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
              }
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    server.start();
  }

  /** Changes every answer from now on. */
  RewritingProxy rewriting(UnaryOperator<Reply> rewrite) {
    this.rewrite = rewrite;
    return this;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
