package io.github.vrchatgroups.client.internal;

import feign.Request;
import feign.Response;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP transport under Feign, over Apache HttpClient 5 (classic, blocking I/O on the calling
 * thread).
 *
 * <p>Chosen over the JDK {@code HttpClient} because the JDK client's connection pool can close a
 * connection under a call whose response already arrived (OpenJDK JDK-8336655, still seen on JDK
 * 25): the server acted, the caller was told it failed. Here each call owns its connection until
 * the response is read. Automatic retries are off (an invite is never re-sent by the transport),
 * redirects are never followed (the auth cookie stays with the API), a pooled connection idle for
 * over a second is checked before reuse, bodies are read up to {@link #MAX_BODY_BYTES}. No read may
 * wait longer than {@code readTimeout}, and one deadline, {@code connectTimeout + readTimeout},
 * bounds the whole exchange, body included, however slowly it trickles in: at the deadline the
 * request is aborted through HttpClient's own cancellation, which closes the socket.
 */
final class ApacheHttpTransport implements Closeable {
  /**
   * Longest body read; a longer error body is cut (only an excerpt is used), a longer success body
   * fails. Past it the connection is closed rather than drained.
   */
  static final int MAX_BODY_BYTES = 1 << 20;

  /** Most connections one client keeps; calls beyond it wait for a free one. */
  static final int MAX_CONNECTIONS = 64;

  private static final Watchdog WATCHDOG = new Watchdog(20_000_000L);
  private static final byte[] NO_BODY = new byte[0];

  /** Headers HttpClient writes itself from the request line and the entity. */
  private static final Set<String> HEADERS_THE_CLIENT_SETS =
      caseInsensitive(
          "content-length", "transfer-encoding", "host", "connection", "expect", "upgrade");

  private final CloseableHttpClient http;
  private final HttpHost host;
  private final String origin;
  private final Duration callBudget;
  private volatile boolean closed;

  /**
   * @param baseUrl the API root; only its scheme, host and port are used here
   * @param connectTimeout longest wait for a connection (and for a free one from the pool)
   * @param readTimeout longest wait, once connected, for the complete response
   */
  ApacheHttpTransport(String baseUrl, Duration connectTimeout, Duration readTimeout) {
    URI base = URI.create(baseUrl);
    this.host = new HttpHost(base.getScheme(), base.getHost(), base.getPort());
    this.origin = base.getScheme() + "://" + base.getRawAuthority();
    this.callBudget = connectTimeout.plus(readTimeout);
    PoolingHttpClientConnectionManagerBuilder pool =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnPerRoute(MAX_CONNECTIONS)
            .setMaxConnTotal(MAX_CONNECTIONS)
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(Timeout.of(connectTimeout))
                    .setSocketTimeout(Timeout.of(readTimeout))
                    .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                    .build());
    if (!"https".equalsIgnoreCase(base.getScheme())) {
      // A plain-http client never needs TLS: do not pay for an SSLContext it would never use.
      pool.setTlsSocketStrategy(
          (socket, target, port, attachment, context) -> {
            throw new SSLException("TLS is not set up for " + origin);
          });
    } else {
      // The handshake is part of connecting: bounded by the connect timeout, and a failed one means
      // the request never left (an https URL to a plain-http port would otherwise wait for the
      // whole read timeout and be reported as "may have acted").
      TlsSocketStrategy tls = DefaultClientTlsStrategy.createDefault();
      pool.setDefaultTlsConfig(
              TlsConfig.custom().setHandshakeTimeout(Timeout.of(connectTimeout)).build())
          .setTlsSocketStrategy(
              (socket, target, port, attachment, context) -> {
                try {
                  return tls.upgrade(socket, target, port, attachment, context);
                } catch (IOException e) {
                  throw TlsHandshakeException.of(target, e);
                }
              });
    }
    this.http =
        HttpClients.custom()
            .setConnectionManager(pool.build())
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement()
            .disableAuthCaching()
            .disableContentCompression()
            .disableConnectionState()
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                    .setResponseTimeout(Timeout.of(readTimeout))
                    .build())
            .build();
  }

  /**
   * Sends the request and reads the complete response.
   *
   * @param successHeadersRead whether anything reads a success's headers (cookies, header logging);
   *     errors always keep theirs, for {@code Retry-After}
   */
  Response execute(Request request, boolean successHeadersRead) throws IOException {
    AbortableRequest outgoing = toHttpRequest(request);
    try (Watchdog.Watch watch =
        WATCHDOG.watch(System.nanoTime() + callBudget.toNanos(), outgoing::cancel)) {
      ClassicHttpResponse response = null;
      try {
        response = http.executeOpen(host, outgoing, null);
        int status = response.getCode();
        byte[] body = readBody(response.getEntity(), status, outgoing);
        return Response.builder()
            .request(request)
            .status(status)
            .reason(response.getReasonPhrase())
            .headers(status / 100 == 2 && !successHeadersRead ? Map.of() : headersOf(response))
            .body(body)
            .build();
      } catch (IOException e) {
        if (watch.expired() && !(e instanceof ResponseTooLargeException)) {
          throw new SocketTimeoutException("no complete response within " + callBudget);
        }
        throw e;
      } catch (IllegalStateException e) {
        // HttpClient's pool refuses to lease once shut down; anything else it asserts is I/O too.
        throw closed ? new ClientClosedException() : new IOException(e.getMessage(), e);
      } finally {
        closeQuietly(response);
      }
    }
  }

  /**
   * Releases the response's connection. What was read is complete by now (or the call already
   * failed): a failure to close a connection that was aborted on purpose changes nothing.
   */
  private static void closeQuietly(ClassicHttpResponse response) {
    if (response != null) {
      try {
        response.close();
      } catch (IOException alreadyAborted) {
        // The connection is gone either way.
      }
    }
  }

  /** Releases the pooled connections. */
  @Override
  public void close() throws IOException {
    closed = true;
    http.close();
  }

  private AbortableRequest toHttpRequest(Request request) throws IOException {
    String url = request.url();
    if (!url.startsWith(origin)) {
      throw new IOException("refusing a URL outside the API's origin " + origin);
    }
    AbortableRequest outgoing =
        new AbortableRequest(request.httpMethod().name(), host, url.substring(origin.length()));
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      if (!HEADERS_THE_CLIENT_SETS.contains(header.getKey())) {
        for (String value : header.getValue()) {
          outgoing.addHeader(header.getKey(), value);
        }
      }
    }
    byte[] body = request.body();
    if (body != null) {
      outgoing.setEntity(new ByteArrayEntity(body, null));
    }
    return outgoing;
  }

  private static byte[] readBody(HttpEntity entity, int status, AbortableRequest request)
      throws IOException {
    if (entity == null) {
      return NO_BODY;
    }
    InputStream in = entity.getContent();
    long declared = entity.getContentLength();
    byte[] body;
    if (declared >= 0 && declared <= MAX_BODY_BYTES) {
      // The usual case: a known length, read into an array of exactly that size.
      body = declared == 0 ? NO_BODY : in.readNBytes((int) declared);
    } else {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        // Never download the rest: closing the connection is cheaper than draining it.
        request.cancel();
        if (status / 100 == 2) {
          throw new ResponseTooLargeException(status, MAX_BODY_BYTES, body);
        }
        return Arrays.copyOf(body, MAX_BODY_BYTES);
      }
    }
    in.close(); // read to the end: the connection goes back to the pool
    return body;
  }

  private static Map<String, Collection<String>> headersOf(ClassicHttpResponse response) {
    Header[] all = response.getHeaders();
    Map<String, Collection<String>> headers = new HashMap<>(all.length * 2);
    for (Header header : all) {
      headers.computeIfAbsent(header.getName(), name -> new ArrayList<>(1)).add(header.getValue());
    }
    return headers;
  }

  private static Set<String> caseInsensitive(String... names) {
    Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    set.addAll(List.of(names));
    return set;
  }
}
