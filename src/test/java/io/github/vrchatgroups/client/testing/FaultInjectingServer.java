package io.github.vrchatgroups.client.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An HTTP/1.1 server on a real loopback socket that answers each request with the next scripted
 * {@link Fault}: a response, a reset, a stall, a cut body. It records every request it read, so a
 * test can assert what was actually sent and how often. Written on plain sockets because resets and
 * cut bodies are out of reach of ordinary HTTP servers.
 */
public final class FaultInjectingServer implements AutoCloseable {
  private final ServerSocket serverSocket;
  private final BlockingQueue<Fault> script = new LinkedBlockingQueue<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Socket> sockets = new ConcurrentLinkedQueue<>();
  private final Thread acceptor;

  private FaultInjectingServer() throws IOException {
    serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::acceptLoop, "fault-injecting-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Starts a server on a free loopback port. */
  public static FaultInjectingServer start() throws IOException {
    return new FaultInjectingServer();
  }

  /** A loopback URL on which nothing listens: connecting to it is refused. */
  public static String refusingUrl() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + probe.getLocalPort();
    }
  }

  /** The server's root, e.g. {@code http://127.0.0.1:41234}. */
  public String url() {
    return "http://127.0.0.1:" + serverSocket.getLocalPort();
  }

  /**
   * Scripts the answers to the next requests, in order; once the script runs out, requests get a
   * 200.
   */
  public FaultInjectingServer enqueue(Fault... faults) {
    Collections.addAll(script, faults);
    return this;
  }

  /** Forgets the scripted answers no request has taken yet. */
  public void drain() {
    script.clear();
  }

  /** Every request read so far, in order. */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      try {
        Socket socket = serverSocket.accept();
        sockets.add(socket);
        Thread connection = new Thread(() -> serve(socket), "fault-injecting-connection");
        connection.setDaemon(true);
        connection.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      while (true) {
        RecordedRequest request = readRequest(in);
        if (request == null) {
          return;
        }
        requests.add(request);
        Fault fault = script.poll();
        if (fault == null) {
          fault = Fault.status(200);
        }
        if (!fault.apply(socket, out)) {
          return;
        }
      }
    } catch (IOException connectionGone) {
      // The client went away or a fault closed the socket: nothing left to serve.
    }
  }

  private static RecordedRequest readRequest(InputStream in) throws IOException {
    String requestLine = readLine(in);
    if (requestLine == null || requestLine.isEmpty()) {
      return null;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
      int colon = line.indexOf(':');
      headers.merge(
          line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).trim(),
          (a, b) -> a + ", " + b);
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    String[] parts = requestLine.split(" ");
    return new RecordedRequest(
        parts[0], parts[1], headers, new String(body, StandardCharsets.UTF_8));
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        return line.toString(StandardCharsets.ISO_8859_1).replaceAll("\r$", "");
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  /** A request as the server read it; header names are lower case. */
  public record RecordedRequest(
      String method, String path, Map<String, String> headers, String body) {
    /** The value of a header, or {@code null}. */
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** What the server does with one request. */
  public interface Fault {
    /**
     * Acts on the connection after a request was read.
     *
     * @return whether the connection stays open for the next request
     */
    boolean apply(Socket socket, OutputStream out) throws IOException;

    /** A response with this status, no body, kept alive. */
    static Fault status(int status) {
      return response(status, Map.of(), "");
    }

    /** A complete response, kept alive. */
    static Fault response(int status, Map<String, String> headers, String body) {
      return response(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A complete response with a raw body, kept alive. */
    static Fault response(int status, Map<String, String> headers, byte[] body) {
      return (socket, out) -> {
        writeHead(out, status, headers, body.length);
        out.write(body);
        out.flush();
        return true;
      };
    }

    /**
     * A complete response without {@code Content-Length}, as some proxies send: its end is the end
     * of the connection.
     */
    static Fault closeDelimited(int status, Map<String, String> headers, byte[] body) {
      return (socket, out) -> {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
        headers.forEach(
            (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Connection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.write(body);
        out.flush();
        socket.shutdownOutput();
        return false;
      };
    }

    /** A JSON response in VRChat's error envelope. */
    static Fault jsonError(int status, String message) {
      return response(
          status,
          Map.of("Content-Type", "application/json"),
          "{\"error\":{\"message\":\"" + message + "\",\"status_code\":" + status + "}}");
    }

    /**
     * Headers that promise {@code declaredLength} bytes, then only {@code partialBody}, then a
     * closed connection.
     */
    static Fault cutBody(int status, int declaredLength, String partialBody) {
      return (socket, out) -> {
        writeHead(out, status, Map.of("Content-Type", "application/json"), declaredLength);
        out.write(partialBody.getBytes(StandardCharsets.UTF_8));
        out.flush();
        socket.shutdownOutput();
        return false;
      };
    }

    /**
     * Headers and part of the body, then nothing: the connection stays open but the body never
     * ends.
     */
    static Fault stallMidBody() {
      return (socket, out) -> {
        writeHead(out, 400, Map.of("Content-Type", "application/json"), 1000);
        out.write("{\"error\":{\"mess".getBytes(StandardCharsets.UTF_8));
        out.flush();
        return stall().apply(socket, out);
      };
    }

    /**
     * Headers, then one byte of a long body every {@code interval}, so that the connection is never
     * idle for long: only a deadline on the whole response can end it.
     */
    static Fault dripBody(java.time.Duration interval) {
      return (socket, out) -> {
        writeHead(out, 200, Map.of("Content-Type", "application/json"), 100_000);
        out.flush();
        try {
          for (int i = 0; i < 100_000; i++) {
            Thread.sleep(interval.toMillis());
            out.write(' ');
            out.flush();
          }
        } catch (SocketException | InterruptedException clientGaveUp) {
          // Expected: the client aborts once its deadline passes.
        }
        return false;
      };
    }

    /** A JSON response whose header lines are given as written, a header repeated if need be. */
    static Fault withHeaderLines(int status, List<String> headerLines, String body) {
      return (socket, out) -> {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
        headerLines.forEach(line -> head.append(line).append("\r\n"));
        head.append("Content-Type: application/json\r\n");
        head.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.write(bytes);
        return true;
      };
    }

    /** Headers and part of the body, then a TCP reset. */
    static Fault resetMidResponse() {
      return (socket, out) -> {
        writeHead(out, 200, Map.of("Content-Type", "application/json"), 1000);
        out.write("{\"partial\":".getBytes(StandardCharsets.UTF_8));
        out.flush();
        reset(socket);
        return false;
      };
    }

    /** A TCP reset right after the request was read, before any response. */
    static Fault resetBeforeResponse() {
      return (socket, out) -> {
        reset(socket);
        return false;
      };
    }

    /** Never answers; the connection stays open until the client gives up or the server closes. */
    static Fault stall() {
      return (socket, out) -> {
        try {
          socket.getInputStream().read();
        } catch (SocketException closed) {
          // The client closed or the server is shutting down.
        }
        return false;
      };
    }

    private static void reset(Socket socket) throws IOException {
      socket.setSoLinger(true, 0);
      socket.close();
    }

    private static void writeHead(
        OutputStream out, int status, Map<String, String> headers, int contentLength)
        throws IOException {
      StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
      List<Map.Entry<String, String>> entries = new ArrayList<>(headers.entrySet());
      for (Map.Entry<String, String> header : entries) {
        head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
      }
      head.append("Content-Length: ").append(contentLength).append("\r\n\r\n");
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
    }
  }
}
