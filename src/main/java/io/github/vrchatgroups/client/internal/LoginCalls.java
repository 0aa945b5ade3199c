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
import java.util.regex.Pattern;

/**
 * The login flow's calls: each returns the raw response (the session lives in its {@code
 * Set-Cookie}), runs through the retry loop like every call, and turns a non-2xx answer into the
 * same exception as every other call. What each answer reports (status, body excerpt, attempts) is
 * what really happened. Credentials are passed per call and kept nowhere.
 */
public final class LoginCalls implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  // RFC 6265 cookie-octets: a value a later request can send back as it is.
  private static final Pattern COOKIE_VALUE =
      Pattern.compile("[\\x21\\x23-\\x2B\\x2D-\\x3A\\x3C-\\x5B\\x5D-\\x7E]+");

  /** How a complete answer came: its status, the start of its body, and the attempts made. */
  public record Answered(int status, String bodyExcerpt, int attempts) {}

  /**
   * What a login answered: a session, and either a user or the second factors it still needs.
   *
   * @param authToken the session's token, never null or blank
   * @param requiresTwoFactorAuth the second factors asked for, as VRChat names them; empty when
   *     none
   */
  public record LoginAnswer(
      String authToken,
      String userId,
      String displayName,
      List<String> requiresTwoFactorAuth,
      Answered answered) {}

  /** What a second-factor verification answered. */
  public record VerifyAnswer(boolean verified, String twoFactorAuthToken, Answered answered) {}

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
    this.errors = new ErrorResponseDecoder(settings.time()::now);
  }

  /**
   * The value of a Basic Authorization header: each part percent-encoded before base64, a space as
   * {@code %20} (as the community SDK's {@code encodeURIComponent} does), never {@code +}, which
   * only a form decoder reads as a space.
   */
  public static String basicAuthorization(String username, char[] password) {
    String pair = percentEncoded(username) + ":" + percentEncoded(new String(password));
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  // URLEncoder writes a space as "+" and a "+" as "%2B", so every "+" it leaves was a space.
  private static String percentEncoded(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * {@code GET /auth/user} with credentials, and the remembered device if any.
   *
   * @throws UnexpectedResponseException if the answer sets no usable auth cookie
   */
  public LoginAnswer login(String authorization, String twoFactorAuthToken) {
    String cookie = twoFactorAuthToken == null ? null : "twoFactorAuth=" + twoFactorAuthToken;
    return api.changeCounting(
        (auth, attempt) -> {
          Response response = answered(auth.getCurrentUser(authorization, cookie));
          Body body = Body.of(response, attempt);
          List<String> factors = new ArrayList<>();
          body.json.path("requiresTwoFactorAuth").forEach(factor -> factors.add(factor.asText()));
          String token = cookie(response, "auth");
          if (token == null) {
            throw new UnexpectedResponseException(
                response.status(),
                body.answered(attempt).bodyExcerpt(),
                attempt,
                new IOException("the login's answer set no usable auth cookie"));
          }
          return new LoginAnswer(
              token,
              body.json.path("id").asText(null),
              body.json.path("displayName").asText(null),
              List.copyOf(factors),
              body.answered(attempt));
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
    return api.changeCounting(
        (auth, attempt) -> {
          Response response = answered(call.apply(auth));
          Body answer = Body.of(response, attempt);
          return new VerifyAnswer(
              answer.json.path("verified").asBoolean(false),
              cookie(response, "twoFactorAuth"),
              answer.answered(attempt));
        });
  }

  /** {@code GET /auth/user} with a session: the user behind it; an invalid one is a 401. */
  public LoginAnswer currentUser(String authToken) {
    return api.readCounting(
        (auth, attempt) -> {
          Body body = Body.of(answered(auth.getCurrentUser(null, "auth=" + authToken)), attempt);
          return new LoginAnswer(
              authToken,
              body.json.path("id").asText(null),
              body.json.path("displayName").asText(null),
              List.of(),
              body.answered(attempt));
        });
  }

  /** {@code GET /auth}: whether the session is valid; an invalid one is a 401. */
  public boolean tokenValid(String authToken) {
    return api.readCounting(
            (auth, attempt) ->
                Body.of(answered(auth.verifyAuthToken(null, "auth=" + authToken)), attempt).json)
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

  /**
   * A success body: its status, its bytes' excerpt, and its JSON (a missing node if empty, which
   * answers every {@code path} with nothing). The transport always hands over a body, empty or not.
   */
  private record Body(int status, String excerpt, JsonNode json) {
    static Body of(Response response, int attempt) {
      byte[] bytes;
      try (InputStream in = response.body().asInputStream()) {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw new UnexpectedResponseException(response.status(), null, attempt, e);
      }
      String excerpt = ErrorBodies.excerpt(bytes);
      try {
        return new Body(response.status(), excerpt, JSON.readTree(bytes));
      } catch (IOException e) {
        throw new UnexpectedResponseException(response.status(), excerpt, attempt, e);
      }
    }

    Answered answered(int attempt) {
      return new Answered(status, excerpt, attempt);
    }
  }

  /**
   * The value a response's {@code Set-Cookie} headers give the named cookie, or null. A value that
   * is blank or that a request could not send back as it is (a quoted blank, say) counts as none,
   * and a later header may still give a usable one.
   */
  static String cookie(Response response, String name) {
    for (Map.Entry<String, Collection<String>> header : response.headers().entrySet()) {
      if (!header.getKey().equalsIgnoreCase("Set-Cookie")) {
        continue;
      }
      for (String value : header.getValue()) {
        try {
          for (HttpCookie cookie : HttpCookie.parse("Set-Cookie: " + value)) {
            if (cookie.getName().equals(name)
                && COOKIE_VALUE.matcher(cookie.getValue()).matches()) {
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
