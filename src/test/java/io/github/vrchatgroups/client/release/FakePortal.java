package io.github.vrchatgroups.client.release;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A loopback stand-in for the Central Publisher Portal's upload endpoint: records and answers. */
final class FakePortal implements AutoCloseable {
  /** One request as the Portal would see it. */
  record Request(String method, String path, String query, String authorization, byte[] body) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  private FakePortal(int status, String answer) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          requests.add(
              new Request(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestURI().getQuery(),
                  exchange.getRequestHeaders().getFirst("Authorization"),
                  body));
          byte[] out = answer.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, out.length);
          try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(out);
          }
        });
    server.start();
  }

  static FakePortal answering(int status, String answer) throws IOException {
    return new FakePortal(status, answer);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  Request onlyRequest() {
    if (requests.size() != 1) {
      throw new AssertionError("expected one request, got " + requests.size());
    }
    return requests.get(0);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
