package io.github.vrchatgroups.client.internal;

import io.github.vrchatgroups.client.Session;
import io.github.vrchatgroups.client.SessionProvider;

/**
 * The token each attempt sends, and what a 401 does: nothing for a fixed auth cookie, a renewal for
 * a client with a {@link SessionProvider}.
 */
interface SessionRenewal {
  /**
   * The token to send now, or {@code null} to send no cookie.
   *
   * @throws io.github.vrchatgroups.client.errors.VrchatApiException if a session could not be had
   */
  String token();

  /**
   * VRChat answered 401 to a request that sent {@code staleToken}.
   *
   * @return whether a fresh session is there, so the request is worth sending again
   * @throws io.github.vrchatgroups.client.errors.VrchatApiException if renewing failed
   */
  boolean renew(String staleToken);

  /** A fixed cookie, or none: a 401 is the caller's to handle. */
  static SessionRenewal fixed(String token) {
    return new SessionRenewal() {
      @Override
      public String token() {
        return token;
      }

      @Override
      public boolean renew(String staleToken) {
        return false;
      }
    };
  }

  /** The sessions of a provider: each attempt sends its current one, a 401 asks it to renew. */
  static SessionRenewal of(SessionProvider provider) {
    return new SessionRenewal() {
      @Override
      public String token() {
        return provider.current().authToken();
      }

      @Override
      public boolean renew(String staleToken) {
        provider.renew(new Session(staleToken, null));
        return true;
      }
    };
  }
}
