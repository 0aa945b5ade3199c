package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.errors.ApiConnectionException;
import io.github.vrchatgroups.client.errors.TwoFactorRejectedException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import io.github.vrchatgroups.client.errors.UnsupportedSecondFactorException;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import io.github.vrchatgroups.client.errors.WrongCredentialsException;
import io.github.vrchatgroups.client.internal.TlsHandshakeException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;

/**
 * The one place where a failure of the SDK becomes what the user reads and the exit code: its
 * {@link Outcome} (from the exception's type), what happened in the user's terms (the server by
 * name on a connection failure, never a Java class), and what to fix when repeating cannot help.
 *
 * @param outcome the meaning, with the exit code and the words
 * @param detail what happened, in the user's terms
 * @param fix what to do before anything can succeed, or {@code null}
 */
record FailureReport(Outcome outcome, String detail, String fix) {

  /** A failure of a call to {@code server} (a base URL, or {@code sandbox}). */
  static FailureReport of(VrchatApiException failure, String server) {
    Outcome outcome = Outcome.of(failure);
    String detail =
        failure instanceof ApiConnectionException
            ? connection((ApiConnectionException) failure, server)
            : withoutTheWords(failure.getMessage(), outcome);
    return new FailureReport(outcome, detail, outcome.fix);
  }

  /** A failure of the login, whose 401 and second-factor answers mean something of their own. */
  static FailureReport ofLogin(VrchatApiException failure, String server) {
    Outcome refused = Outcome.NOT_AUTHENTICATED;
    if (failure instanceof WrongCredentialsException) {
      return new FailureReport(
          refused, "wrong username or password (" + failure.getMessage() + ")", null);
    }
    if (failure instanceof UnauthorizedException) {
      return new FailureReport(
          refused,
          "VRChat ended the half-open session before the login finished ("
              + failure.getMessage()
              + "); log in again",
          null);
    }
    if (failure instanceof TwoFactorRejectedException) {
      return new FailureReport(
          refused, "the two-factor code was not accepted; try again with a fresh code", null);
    }
    if (failure instanceof UnsupportedSecondFactorException) {
      return new FailureReport(
          refused,
          "the account asks for a second factor this tool does not support "
              + ((UnsupportedSecondFactorException) failure).getMethods(),
          "Give the account an authenticator app (TOTP) or e-mailed codes, or log in elsewhere and"
              + " pass the cookie with VRCHAT_AUTH or --auth-file.");
    }
    return of(failure, server);
  }

  /**
   * The message without the words the line already starts with: {@code group not found (HTTP 404:
   * Can't find group)}, not {@code group not found (HTTP 404 group not found: Can't find group)}.
   */
  private static String withoutTheWords(String message, Outcome outcome) {
    String repeated = " " + outcome.words + ": ";
    int at = message.indexOf(repeated);
    return at > 0 && message.substring(0, at).matches("HTTP \\d{3}")
        ? message.substring(0, at) + ": " + message.substring(at + repeated.length())
        : message;
  }

  /** One line: the outcome's words and the detail. */
  String line() {
    return outcome.words + " (" + detail + ")";
  }

  private static String connection(ApiConnectionException failure, String server) {
    String where = hostAndPort(server);
    Throwable cause = rootCause(failure);
    String what;
    if (cause instanceof ConnectTimeoutException) {
      what = "cannot connect to " + where + " in time";
    } else if (cause instanceof UnknownHostException) {
      what = "cannot find the host " + where;
    } else if (cause instanceof ConnectException) {
      what = "cannot connect to " + where + " (connection refused)";
    } else if (cause instanceof SocketTimeoutException) {
      what = "no complete answer from " + where + " in time";
    } else if (cause instanceof TlsHandshakeException) {
      what = "no secure connection to " + where + ": " + cause.getMessage();
    } else if (cause instanceof SSLException) {
      what = "no secure connection to " + where;
    } else if (cause != null && String.valueOf(cause.getMessage()).contains("closed")) {
      what = "the connection to " + where + " was already closed";
    } else {
      what = "the connection to " + where + " broke";
    }
    String sent =
        failure.mayHaveActed()
            ? "VRChat may have acted on the request: check before sending it again"
            : failure.requestMayHaveBeenSent()
                ? "a read, which changed nothing"
                : "nothing was sent";
    String attempts = failure.getAttempts() > 1 ? ", " + failure.getAttempts() + " attempts" : "";
    return what + "; " + sent + attempts;
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure.getCause();
    while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
      if (cause instanceof UnknownHostException
          || cause instanceof ConnectTimeoutException
          || cause instanceof ConnectException
          || cause instanceof SocketTimeoutException
          || cause instanceof SSLException) {
        return cause;
      }
      cause = cause.getCause();
    }
    return cause;
  }

  private static String hostAndPort(String server) {
    try {
      URI uri = URI.create(server);
      if (uri.getHost() != null) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
      }
    } catch (IllegalArgumentException notAUrl) {
      // The sandbox, by name.
    }
    return server;
  }
}
