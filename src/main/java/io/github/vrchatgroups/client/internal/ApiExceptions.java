package io.github.vrchatgroups.client.internal;

import feign.FeignException;
import io.github.vrchatgroups.client.errors.AlreadyInvitedException;
import io.github.vrchatgroups.client.errors.AlreadyMemberException;
import io.github.vrchatgroups.client.errors.ApiConnectionException;
import io.github.vrchatgroups.client.errors.BadRequestException;
import io.github.vrchatgroups.client.errors.CannotInviteException;
import io.github.vrchatgroups.client.errors.ClientErrorException;
import io.github.vrchatgroups.client.errors.FirewallBlockedException;
import io.github.vrchatgroups.client.errors.ForbiddenException;
import io.github.vrchatgroups.client.errors.GroupNotFoundException;
import io.github.vrchatgroups.client.errors.MissingPermissionException;
import io.github.vrchatgroups.client.errors.NoJoinRequestException;
import io.github.vrchatgroups.client.errors.NotFoundException;
import io.github.vrchatgroups.client.errors.NotGroupMemberException;
import io.github.vrchatgroups.client.errors.NotInvitedException;
import io.github.vrchatgroups.client.errors.RateLimitedException;
import io.github.vrchatgroups.client.errors.SecondFactorPendingException;
import io.github.vrchatgroups.client.errors.ServerErrorException;
import io.github.vrchatgroups.client.errors.TooManyGroupsException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import io.github.vrchatgroups.client.errors.UnexpectedResponseException;
import io.github.vrchatgroups.client.errors.UnknownRouteException;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;

/**
 * The one place where a failed attempt becomes the public exception a caller sees, and where each
 * of VRChat's answers gets its meaning. An answer is recognised only by its documented message (or,
 * for the firewall, its {@code waf_code}; for an unknown route, its bare-string body): anything
 * else stays the generic type of its status, so a caller can always tell the two apart.
 */
final class ApiExceptions {
  private ApiExceptions() {}

  static VrchatApiException from(HttpFailure failure, int attempts) {
    return classify(failure, attempts).initRequestId(failure.requestId);
  }

  private static VrchatApiException classify(HttpFailure failure, int attempts) {
    String message = failure.body.message();
    String excerpt = failure.bodyExcerpt;
    if (VrchatMessages.isUnknownRoute(failure.status, failure.body)) {
      return new UnknownRouteException(failure.status, message, excerpt, attempts);
    }
    switch (failure.status) {
      case 400:
        if (VrchatMessages.isAlreadyMember(message)) {
          return new AlreadyMemberException(message, excerpt, attempts);
        }
        if (VrchatMessages.isAlreadyInvited(message)) {
          return new AlreadyInvitedException(message, excerpt, attempts);
        }
        if (VrchatMessages.NOT_INVITED_TO_CANCEL.equals(message)
            || VrchatMessages.NOT_INVITED_TO_DECLINE.equals(message)) {
          return new NotInvitedException(message, excerpt, attempts);
        }
        if (VrchatMessages.isNoJoinRequest(message)) {
          return new NoJoinRequestException(message, excerpt, attempts);
        }
        return new BadRequestException(message, excerpt, attempts);
      case 401:
        if (VrchatMessages.isSecondFactorPending(message)) {
          return new SecondFactorPendingException(message, excerpt, attempts);
        }
        return new UnauthorizedException(message, excerpt, attempts);
      case 403:
        if (failure.body.wafCode() != null) {
          return new FirewallBlockedException(message, excerpt, attempts, failure.body.wafCode());
        }
        if (VrchatMessages.CANNOT_INVITE.equals(message)) {
          return new CannotInviteException(message, excerpt, attempts);
        }
        if (VrchatMessages.isNotAMember(message)) {
          return new NotGroupMemberException(message, excerpt, attempts);
        }
        if (VrchatMessages.isTooManyGroups(message)) {
          return new TooManyGroupsException(message, excerpt, attempts);
        }
        if (VrchatMessages.isMissingPermission(message)) {
          return new MissingPermissionException(message, excerpt, attempts);
        }
        return new ForbiddenException(message, excerpt, attempts);
      case 404:
        if (VrchatMessages.GROUP_NOT_FOUND.equals(message)) {
          return new GroupNotFoundException(message, excerpt, attempts);
        }
        return new NotFoundException(message, excerpt, attempts);
      case 429:
        return new RateLimitedException(
            message, excerpt, attempts, failure.retryAfter().orElse(null));
      default:
        int family = failure.status / 100;
        if (family == 5) {
          return new ServerErrorException(failure.status, message, excerpt, attempts);
        }
        if (family == 4) {
          return new ClientErrorException(failure.status, message, excerpt, attempts);
        }
        return new UnexpectedResponseException(failure.status, excerpt, attempts, null);
    }
  }

  static ApiConnectionException from(IOException failure, int attempts, boolean read) {
    return new ApiConnectionException(!certainlyNotSent(failure), attempts, failure, !read);
  }

  /**
   * A Feign failure that is neither a response nor I/O: a body that could not be encoded or
   * decoded.
   */
  static UnexpectedResponseException from(FeignException failure, int attempts) {
    return new UnexpectedResponseException(
        Math.max(failure.status(), 0), null, attempts, failure.getCause());
  }

  /** A complete success response whose body is longer than the SDK reads. */
  static UnexpectedResponseException from(ResponseTooLargeException failure, int attempts) {
    return new UnexpectedResponseException(failure.status, failure.excerpt, attempts, failure);
  }

  /**
   * True when the request never left: the host was not found, no connection was made, the TLS
   * handshake failed, no pooled connection became free, or the client was closed. After anything
   * else (a timeout waiting for the response, a reset, a cut body) the server may have acted on it.
   */
  static boolean certainlyNotSent(IOException failure) {
    return failure instanceof ConnectException
        || failure instanceof ConnectTimeoutException
        || failure instanceof ConnectionRequestTimeoutException
        || failure instanceof UnknownHostException
        || failure instanceof ClientClosedException
        || failure instanceof TlsHandshakeException;
  }
}
