package io.github.vrchatgroups.client.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cheapest HTTP/1.1 server that answers an invite: one thread per kept-alive connection, one
 * precomputed response written in one call. Its cost is the same for every client measured against
 * it.
 */
final class LoopbackInviteServer implements AutoCloseable {
  static final String ERROR_BODY =
      "{\"error\":{\"message\":\"User Tupper is already a member of this group.\",\"status_code\":400}}";

  private final ServerSocket serverSocket;
  private final byte[] response;
  private static final byte[] EMPTY_LIST =
      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n[]"
          .getBytes(StandardCharsets.UTF_8);
  private final AtomicLong answered = new AtomicLong();

  LoopbackInviteServer(boolean answerWithError) throws IOException {
    String head =
        answerWithError
            ? "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: "
                + ERROR_BODY.getBytes(StandardCharsets.UTF_8).length
                + "\r\n\r\n"
                + ERROR_BODY
            : "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
    response = head.getBytes(StandardCharsets.UTF_8);
    serverSocket = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "bench-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** How many requests were answered: read completely and their whole response written. */
  long answered() {
    return answered.get();
  }

  String url() {
    return "http://127.0.0.1:" + serverSocket.getLocalPort();
  }

  private void accept() {
    while (!serverSocket.isClosed()) {
      try {
        Socket socket = serverSocket.accept();
        socket.setTcpNoDelay(true);
        Thread connection = new Thread(() -> serve(socket), "bench-connection");
        connection.setDaemon(true);
        connection.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      for (String request = readRequest(in); request != null; request = readRequest(in)) {
        // A read (a batch's look at the bans before it starts) finds an empty list.
        out.write(request.startsWith("GET ") ? EMPTY_LIST : response);
        out.flush();
        answered.incrementAndGet();
      }
    } catch (IOException gone) {
      // The client closed the connection.
    }
  }

  /**
   * Reads one request (headers and Content-Length body); returns its request line, or {@code null}
   * at end of stream.
   */
  private static String readRequest(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    String requestLine = null;
    int contentLength = 0;
    for (int b = in.read(); b != -1; b = in.read()) {
      if (b == '\n') {
        String header = line.toString().trim();
        if (header.isEmpty()) {
          in.readNBytes(contentLength);
          return requestLine;
        }
        if (requestLine == null) {
          requestLine = header;
        }
        if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          contentLength = Integer.parseInt(header.substring(15).trim());
        }
        line.setLength(0);
      } else {
        line.append((char) b);
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
  }
}
