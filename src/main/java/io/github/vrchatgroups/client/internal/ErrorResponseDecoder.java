package io.github.vrchatgroups.client.internal;

import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Reads every non-2xx response into an {@link HttpFailure}: the server's message whatever the
 * body's shape, a short excerpt of the body, {@code Retry-After} and VRChat's {@code
 * x-vrc-request-id}.
 */
final class ErrorResponseDecoder implements ErrorDecoder {
  private final Supplier<Instant> now;

  /**
   * @param now the wall-clock time that {@code Retry-After} dates are measured against
   */
  ErrorResponseDecoder(Supplier<Instant> now) {
    this.now = now;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    byte[] body = readBody(response);
    return new HttpFailure(
        response.status(),
        ErrorBodies.read(body),
        ErrorBodies.excerpt(body),
        RetryAfter.parse(firstHeader(response, "Retry-After"), now).orElse(null),
        firstHeader(response, "x-vrc-request-id"));
  }

  /** The transport always hands over a body, empty or not. */
  private static byte[] readBody(Response response) {
    try (InputStream in = response.body().asInputStream()) {
      return in.readNBytes(ApacheHttpTransport.MAX_BODY_BYTES);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static String firstHeader(Response response, String name) {
    Collection<String> values = response.headers().get(name);
    return values == null || values.isEmpty() ? null : values.iterator().next();
  }
}
