package io.github.vrchatgroups.client.sandbox;

import io.github.vrchatgroups.client.auth.Totp;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox's login: accounts with a password and optionally a second factor, half-open logins
 * waiting for it, and devices remembered by a {@code twoFactorAuth} cookie. A full session is an
 * accepted auth token of the {@link SandboxState}, usable for the group calls too.
 */
final class SandboxAccounts {
  static final class Account {
    final String password;
    final String userId;
    final String displayName;
    volatile Totp totp;
    volatile String emailCode;
    final Set<String> recoveryCodes = ConcurrentHashMap.newKeySet();
    final Set<String> acceptedCodes = ConcurrentHashMap.newKeySet();

    Account(String password, String userId, String displayName) {
      this.password = password;
      this.userId = userId;
      this.displayName = displayName;
    }

    List<String> secondFactors() {
      if (totp != null) {
        return List.of("totp", "otp");
      }
      if (emailCode != null) {
        return List.of("emailOtp");
      }
      return acceptedCodes.isEmpty() && recoveryCodes.isEmpty()
          ? List.of()
          : List.of("totp", "otp");
    }
  }

  final Map<String, Account> accounts = new ConcurrentHashMap<>();
  private final Map<String, String> pendingLogins = new ConcurrentHashMap<>();
  private final Map<String, String> rememberedDevices = new ConcurrentHashMap<>();
  private final SandboxState state;

  SandboxAccounts(SandboxState state) {
    this.state = state;
  }

  Account account(String username) {
    Account account = accounts.get(username);
    if (account == null) {
      throw new IllegalArgumentException("no sandbox account " + username + ": addAccount first");
    }
    return account;
  }

  void awaitSecondFactor(String authToken, String username) {
    account(username);
    pendingLogins.put(authToken, username);
  }

  /** Whether {@code authToken} is a login that still waits for its second factor. */
  boolean secondFactorPending(String authToken) {
    return authToken != null && pendingLogins.containsKey(authToken);
  }

  /** The usernames that can log in, sorted. */
  java.util.SortedSet<String> usernames() {
    return new java.util.TreeSet<>(accounts.keySet());
  }

  void clear() {
    accounts.clear();
    pendingLogins.clear();
    rememberedDevices.clear();
  }

  /** {@code GET /auth/user}. */
  Reply currentUser(String authCookie, String authorization, String twoFactorCookie) {
    String caller = authCookie == null ? null : state.tokens.get(authCookie);
    if (caller != null) {
      return Reply.json(user(caller));
    }
    if (authorization == null || !authorization.startsWith("Basic ")) {
      return Reply.error(401, SandboxMessages.MISSING_CREDENTIALS);
    }
    String[] credentials = decodeBasic(authorization.substring(6).trim());
    Account account = credentials == null ? null : accounts.get(credentials[0]);
    if (account == null || !account.password.equals(credentials[1])) {
      return Reply.error(401, SandboxMessages.INVALID_CREDENTIALS);
    }
    String token = "authcookie_" + UUID.randomUUID();
    String setCookie = "auth=" + token + "; Path=/; HttpOnly";
    boolean remembered =
        twoFactorCookie != null && credentials[0].equals(rememberedDevices.get(twoFactorCookie));
    if (account.secondFactors().isEmpty() || remembered) {
      state.tokens.put(token, account.userId);
      return Reply.json(user(account.userId)).withHeader("Set-Cookie", setCookie);
    }
    pendingLogins.put(token, credentials[0]);
    return Reply.json(Map.of("requiresTwoFactorAuth", account.secondFactors()))
        .withHeader("Set-Cookie", setCookie);
  }

  /** {@code POST /auth/twofactorauth/{method}/verify}. */
  Reply verify(String method, String authCookie, String code) {
    String username = authCookie == null ? null : pendingLogins.get(authCookie);
    if (username == null) {
      return Reply.error(401, SandboxMessages.MISSING_CREDENTIALS);
    }
    Account account = accounts.get(username);
    boolean verified =
        code != null
            && switch (method) {
              case "totp" ->
                  account.acceptedCodes.contains(code)
                      || (account.totp != null && account.totp.accepts(code));
              case "otp" -> account.recoveryCodes.remove(code);
              default -> code.equals(account.emailCode) || account.acceptedCodes.contains(code);
            };
    if (!verified) {
      return Reply.json(Map.of("verified", false));
    }
    pendingLogins.remove(authCookie);
    state.tokens.put(authCookie, account.userId);
    String device = "twofactor_" + UUID.randomUUID();
    rememberedDevices.put(device, username);
    return Reply.json(Map.of("verified", true))
        .withHeader("Set-Cookie", "twoFactorAuth=" + device + "; Path=/; HttpOnly");
  }

  /** {@code GET /auth}. */
  Reply verifyAuthToken(String authCookie) {
    if (authCookie == null || !state.tokens.containsKey(authCookie)) {
      return Reply.error(401, SandboxMessages.MISSING_CREDENTIALS);
    }
    return Reply.json(Reply.object("ok", true, "token", authCookie));
  }

  /** {@code PUT /logout}. */
  Reply logout(String authCookie) {
    if (authCookie == null || state.tokens.remove(authCookie) == null) {
      return Reply.error(401, SandboxMessages.MISSING_CREDENTIALS);
    }
    return Reply.success(SandboxMessages.LOGGED_OUT).withHeader("Set-Cookie", "auth=; Path=/");
  }

  private Map<String, Object> user(String userId) {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("id", userId.isEmpty() ? null : userId);
    user.put("displayName", state.displayNames.getOrDefault(userId, userId));
    return user;
  }

  /**
   * Percent-decoding as a server that reads the community spec's "urlencode" plausibly does ({@code
   * decodeURIComponent}): {@code %20} is a space, a {@code +} stays a plus. Not a form decoder, so
   * a client that sends a space as {@code +} is refused here as it may be by VRChat.
   */
  private static String percentDecoded(String part) {
    return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String[] decodeBasic(String encoded) {
    try {
      String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      if (colon < 0) {
        return null;
      }
      return new String[] {
        percentDecoded(pair.substring(0, colon)), percentDecoded(pair.substring(colon + 1))
      };
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }
}
