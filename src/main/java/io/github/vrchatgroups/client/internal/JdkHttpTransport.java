package io.github.vrchatgroups.client.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Feign's {@link Client} over the JDK {@link HttpClient}, which never re-sends a POST on its own.
 *
 * <p>Written instead of feign-java11's {@code Http2Client} for three reasons: that client's timeout
 * ends when the response headers arrive, so a server that stalls in the body hangs the call
 * forever; it reads bodies of any size; and it follows redirects, which would carry the auth cookie
 * elsewhere. Here the read timeout bounds the whole response, bodies are capped at {@link
 * #MAX_BODY_BYTES} and redirects are never followed.
 */
final class JdkHttpTransport implements Client {
  /**
   * Longest body kept; a longer error body is cut (only an excerpt is used), a longer success body
   * fails.
   */
  static final int MAX_BODY_BYTES = 1 << 20;

  private static final Watchdog WATCHDOG = new Watchdog(20_000_000L);

  private static final Set<String> HEADERS_THE_JDK_SETS =
      caseInsensitive("connection", "content-length", "expect", "host", "upgrade");

  private final HttpClient httpClient;
  private final Duration callBudget;

  /**
   * @param connectTimeout longest wait for a connection to be established
   * @param readTimeout longest wait, once connected, for the complete response
   */
  JdkHttpTransport(Duration connectTimeout, Duration readTimeout) {
    this.httpClient =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(connectTimeout)
            .build();
    // The HttpClient enforces the connect timeout itself; the rest of the budget is the read
    // timeout.
    this.callBudget = connectTimeout.plus(readTimeout);
  }

  @Override
  public Response execute(Request request, Request.Options ignored) throws IOException {
    HttpRequest httpRequest = toHttpRequest(request);
    HttpResponse<BoundedBody> response;
    // send() returns once the whole body is read, so one deadline bounds headers and body alike.
    try (Watchdog.Watch watch = WATCHDOG.watch(System.nanoTime() + callBudget.toNanos())) {
      try {
        // send(), not sendAsync(): it completes on the calling thread, saving a thread hand-off.
        response = httpClient.send(httpRequest, info -> BoundedBody.subscriber(MAX_BODY_BYTES));
      } catch (InterruptedException e) {
        if (watch.expired()) {
          throw new HttpTimeoutException("no complete response within " + callBudget);
        }
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the response");
      }
    }
    BoundedBody body = response.body();
    if (body.truncated() && response.statusCode() / 100 == 2) {
      throw new ResponseTooLargeException(response.statusCode(), MAX_BODY_BYTES, body.bytes());
    }
    return Response.builder()
        .request(request)
        .status(response.statusCode())
        .reason("")
        .headers(headersOf(response))
        .body(body.bytes())
        .build();
  }

  private HttpRequest toHttpRequest(Request request) throws IOException {
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(new URI(request.url()));
    } catch (Exception e) {
      throw new IOException("invalid URL " + request.url(), e);
    }
    byte[] body = request.body();
    builder.method(
        request.httpMethod().name(),
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      if (!HEADERS_THE_JDK_SETS.contains(header.getKey())) {
        for (String value : header.getValue()) {
          builder.header(header.getKey(), value);
        }
      }
    }
    return builder.build();
  }

  private static Map<String, Collection<String>> headersOf(HttpResponse<?> response) {
    Map<String, Collection<String>> headers =
        new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    response.headers().map().forEach((name, values) -> headers.put(name, new ArrayList<>(values)));
    return headers;
  }

  private static IOException asIoException(Throwable cause) {
    if (cause instanceof IOException) {
      return (IOException) cause;
    }
    return new IOException(cause);
  }

  private static Set<String> caseInsensitive(String... names) {
    Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    set.addAll(List.of(names));
    return set;
  }
}
