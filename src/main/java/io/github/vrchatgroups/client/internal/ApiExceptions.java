package io.github.vrchatgroups.client.internal;

import feign.FeignException;
import io.github.vrchatgroups.client.errors.ApiConnectionException;
import io.github.vrchatgroups.client.errors.BadRequestException;
import io.github.vrchatgroups.client.errors.ClientErrorException;
import io.github.vrchatgroups.client.errors.ForbiddenException;
import io.github.vrchatgroups.client.errors.NotFoundException;
import io.github.vrchatgroups.client.errors.RateLimitedException;
import io.github.vrchatgroups.client.errors.ServerErrorException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import io.github.vrchatgroups.client.errors.UnexpectedResponseException;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;

/** The one place where a failed attempt becomes the public exception a caller sees. */
final class ApiExceptions {
  private ApiExceptions() {}

  static VrchatApiException from(HttpFailure failure, int attempts) {
    String message = failure.serverMessage;
    String excerpt = failure.bodyExcerpt;
    switch (failure.status) {
      case 400:
        return new BadRequestException(message, excerpt, attempts);
      case 401:
        return new UnauthorizedException(message, excerpt, attempts);
      case 403:
        return new ForbiddenException(message, excerpt, attempts);
      case 404:
        return new NotFoundException(message, excerpt, attempts);
      case 429:
        return new RateLimitedException(
            message, excerpt, attempts, failure.retryAfter().orElse(null));
      default:
        if (failure.status >= 500 && failure.status < 600) {
          return new ServerErrorException(failure.status, message, excerpt, attempts);
        }
        if (failure.status >= 400 && failure.status < 500) {
          return new ClientErrorException(failure.status, message, excerpt, attempts);
        }
        return new UnexpectedResponseException(failure.status, excerpt, attempts, null);
    }
  }

  static ApiConnectionException from(IOException failure, int attempts) {
    return new ApiConnectionException(!certainlyNotSent(failure), attempts, failure);
  }

  /**
   * A Feign failure that is neither a response nor I/O: a body that could not be encoded or
   * decoded.
   */
  static UnexpectedResponseException from(FeignException failure, int attempts) {
    return new UnexpectedResponseException(
        Math.max(failure.status(), 0), null, attempts, failure.getCause());
  }

  /**
   * True when the request never left: no connection was made. After anything else (a timeout
   * waiting for the response, a reset, a cut body) the server may have acted on it.
   */
  static boolean certainlyNotSent(IOException failure) {
    return failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException;
  }
}
