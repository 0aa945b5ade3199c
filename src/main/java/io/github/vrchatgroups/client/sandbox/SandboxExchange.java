package io.github.vrchatgroups.client.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpCookie;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reading a request and writing a {@link Reply}, for every route of the sandbox. */
final class SandboxExchange {
  static final int MAX_BODY_BYTES = 64 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private SandboxExchange() {}

  /** The value of the named request cookie, or {@code null}. */
  static String cookie(HttpExchange exchange, String name) {
    for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
      for (String pair : header.split(";")) {
        List<HttpCookie> cookies;
        try {
          cookies = HttpCookie.parse(pair.trim());
        } catch (IllegalArgumentException malformed) {
          continue;
        }
        for (HttpCookie cookie : cookies) {
          if (cookie.getName().equals(name)) {
            return cookie.getValue();
          }
        }
      }
    }
    return null;
  }

  /**
   * Breaks the connection as an injected fault says: closes it without an answer, or sends a 200
   * whose body stops half way through its declared length.
   */
  static void breakConnection(HttpExchange exchange, SandboxFault.ConnectionFault how)
      throws IOException {
    if (how == SandboxFault.ConnectionFault.TRUNCATE) {
      byte[] whole =
          "[{\"id\":\"gmem_00000000-0000-0000-0000-000000000000\"}]"
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, whole.length);
      OutputStream out = exchange.getResponseBody();
      out.write(whole, 0, whole.length / 2);
      out.flush();
    }
    // The caller closes the exchange: without (all of) the answer, the server drops the connection.
  }

  /** The request body, at most {@value #MAX_BODY_BYTES} bytes of it. */
  static byte[] body(HttpExchange exchange) throws IOException {
    return exchange.getRequestBody().readNBytes(MAX_BODY_BYTES);
  }

  /** The body as a JSON object, or {@code null} when it is none. */
  static JsonNode jsonObject(byte[] body) {
    try {
      JsonNode node = JSON.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (IOException malformed) {
      return null;
    }
  }

  static void send(HttpExchange exchange, Reply reply) throws IOException {
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    if (reply.body() == null) {
      exchange.sendResponseHeaders(reply.status(), -1);
      return;
    }
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    if (!reply.headers().containsKey("Content-Type")) {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
    }
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
