package io.github.vrchatgroups.client.internal;

import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Collection;

/**
 * Reads every non-2xx response into an {@link HttpFailure}: the server's message whatever the
 * body's shape, a short excerpt of the body, and {@code Retry-After}.
 */
final class ErrorResponseDecoder implements ErrorDecoder {
  private final Clock clock;

  /**
   * @param clock the clock that {@code Retry-After} dates are measured against
   */
  ErrorResponseDecoder(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    byte[] body = readBody(response);
    return new HttpFailure(
        response.status(),
        ErrorBodies.read(body),
        ErrorBodies.excerpt(body),
        RetryAfter.parse(firstHeader(response, "Retry-After"), clock).orElse(null));
  }

  private static byte[] readBody(Response response) {
    if (response.body() == null) {
      return new byte[0];
    }
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
