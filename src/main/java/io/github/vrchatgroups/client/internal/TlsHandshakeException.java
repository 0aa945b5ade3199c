package io.github.vrchatgroups.client.internal;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * The TLS handshake failed, so the request was never sent: its message says why in words (no Java
 * class names), for the caller to tell a plain-http port from a certificate problem.
 */
public final class TlsHandshakeException extends SSLException {
  private static final long serialVersionUID = 1L;

  private TlsHandshakeException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The failure of a handshake with {@code host}, said in words. */
  public static TlsHandshakeException of(String host, IOException failure) {
    return new TlsHandshakeException(reason(failure), failure);
  }

  private static String reason(IOException failure) {
    if (failure instanceof SocketTimeoutException) {
      return "no TLS answer within the connect timeout: does the port speak plain http? (use"
          + " http:// for it)";
    }
    String message = String.valueOf(failure.getMessage()).toLowerCase(java.util.Locale.ROOT);
    if (message.contains("plaintext") || message.contains("unrecognized ssl message")) {
      return "the port speaks plain http: use http:// for it";
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CertificateException
          || cause instanceof SSLPeerUnverifiedException
          || String.valueOf(cause.getMessage())
              .toLowerCase(java.util.Locale.ROOT)
              .contains("cert")) {
        return "the server's certificate is not trusted, or not for this host";
      }
    }
    return "the TLS handshake failed";
  }
}
