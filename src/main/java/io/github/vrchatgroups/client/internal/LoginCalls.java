package io.github.vrchatgroups.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import io.github.vrchatgroups.client.errors.UnexpectedResponseException;
import io.github.vrchatgroups.client.generated.api.AuthenticationApi;
import io.github.vrchatgroups.client.generated.model.TwoFactorAuthCode;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpCookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The login flow's calls: each returns the raw response (the session lives in its {@code
 * Set-Cookie}), runs through the retry loop like every call, and turns a non-2xx answer into the
 * same exception as every other call. Credentials are passed per call and kept nowhere.
 */
public final class LoginCalls implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a login answered: a session, and either a user or the second factors it still needs. */
  public record LoginAnswer(
      String authToken, String userId, String displayName, List<String> requiresTwoFactorAuth) {}

  /** What a second-factor verification answered. */
  public record VerifyAnswer(boolean verified, String twoFactorAuthToken) {}

  /** Where each second factor is verified. */
  public enum Factor {
    TOTP,
    RECOVERY_CODE,
    EMAIL_CODE
  }

  private final ApiInvoker<AuthenticationApi> api;
  private final ErrorResponseDecoder errors;

  /**
   * @param settings the checked settings; their auth cookie is ignored, each call names its own
   */
  public LoginCalls(ClientSettings settings) {
    this.api = new ApiInvoker<>(AuthenticationApi.class, settings, true);
    this.errors = new ErrorResponseDecoder(settings.clock());
  }

  /** The value of a Basic Authorization header: each part URL-encoded before base64. */
  public static String basicAuthorization(String username, char[] password) {
    String pair =
        java.net.URLEncoder.encode(username, StandardCharsets.UTF_8)
            + ":"
            + java.net.URLEncoder.encode(new String(password), StandardCharsets.UTF_8);
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code GET /auth/user} with credentials, and the remembered device if any. */
  public LoginAnswer login(String authorization, String twoFactorAuthToken) {
    String cookie = twoFactorAuthToken == null ? null : "twoFactorAuth=" + twoFactorAuthToken;
    return api.change(
        auth -> {
          Response response = answered(auth.getCurrentUser(authorization, cookie));
          JsonNode body = json(response);
          List<String> factors = new ArrayList<>();
          body.path("requiresTwoFactorAuth").forEach(factor -> factors.add(factor.asText()));
          String token = cookie(response, "auth");
          if (token == null) {
            throw new UnexpectedResponseException(
                response.status(), "the login set no auth cookie", 1, null);
          }
          return new LoginAnswer(
              token,
              body.path("id").asText(null),
              body.path("displayName").asText(null),
              List.copyOf(factors));
        });
  }

  /** Verifies a second factor for the half-open session of {@code authToken}. */
  public VerifyAnswer verify(Factor factor, String authToken, String code) {
    TwoFactorAuthCode body = new TwoFactorAuthCode().code(code);
    String cookie = "auth=" + authToken;
    Function<AuthenticationApi, Response> call =
        switch (factor) {
          case TOTP -> auth -> auth.verify2FA(null, cookie, body);
          case RECOVERY_CODE -> auth -> auth.verifyRecoveryCode(null, cookie, body);
          case EMAIL_CODE -> auth -> auth.verify2FAEmailCode(null, cookie, body);
        };
    return api.change(
        auth -> {
          Response response = answered(call.apply(auth));
          return new VerifyAnswer(
              json(response).path("verified").asBoolean(false), cookie(response, "twoFactorAuth"));
        });
  }

  /** {@code GET /auth}: the user behind a valid session; an invalid one is a 401. */
  public LoginAnswer currentUser(String authToken) {
    return api.read(
        auth -> {
          JsonNode body = json(answered(auth.getCurrentUser(null, "auth=" + authToken)));
          return new LoginAnswer(
              authToken,
              body.path("id").asText(null),
              body.path("displayName").asText(null),
              List.of());
        });
  }

  /** {@code GET /auth}: whether the session is valid; an invalid one is a 401. */
  public boolean tokenValid(String authToken) {
    return api.read(auth -> json(answered(auth.verifyAuthToken(null, "auth=" + authToken))))
        .path("ok")
        .asBoolean(false);
  }

  /** {@code PUT /logout}. */
  public void logout(String authToken) {
    api.change(auth -> answered(auth.logout(null, "auth=" + authToken)));
  }

  @Override
  public void close() {
    api.close();
  }

  /** A 2xx response as it is; anything else as the failure every other call gets. */
  private Response answered(Response response) {
    if (response.status() / 100 != 2) {
      throw (HttpFailure) errors.decode("login", response);
    }
    return response;
  }

  private static JsonNode json(Response response) {
    if (response.body() == null) {
      return JSON.createObjectNode();
    }
    try (InputStream in = response.body().asInputStream()) {
      JsonNode node = JSON.readTree(in);
      return node == null ? JSON.createObjectNode() : node;
    } catch (IOException e) {
      throw new UnexpectedResponseException(response.status(), null, 1, e);
    }
  }

  /** The value a response's {@code Set-Cookie} headers give the named cookie, or null. */
  static String cookie(Response response, String name) {
    for (Map.Entry<String, Collection<String>> header : response.headers().entrySet()) {
      if (!header.getKey().equalsIgnoreCase("Set-Cookie")) {
        continue;
      }
      for (String value : header.getValue()) {
        try {
          for (HttpCookie cookie : HttpCookie.parse("Set-Cookie: " + value)) {
            if (cookie.getName().equals(name) && !cookie.getValue().isEmpty()) {
              return cookie.getValue();
            }
          }
        } catch (IllegalArgumentException malformed) {
          // Not a cookie this flow needs.
        }
      }
    }
    return null;
  }
}
