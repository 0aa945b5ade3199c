package io.github.vrchatgroups.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads an error body of any shape. VRChat answers {@code {"error":{"message":…,"status_code":…}}}
 * for documented errors (its firewall adds {@code "waf_code"}), {@code
 * {"error":"…","status_code":404}} for unknown routes, and its proxies answer HTML or nothing at
 * all.
 */
final class ErrorBodies {
  static final int MAX_EXCERPT_CHARS = 300;
  static final int MAX_MESSAGE_CHARS = 1000;

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What an error body says.
   *
   * @param message the server's message exactly as sent (shortened past {@value #MAX_MESSAGE_CHARS}
   *     characters), or {@code null} when the body carries none
   * @param bareString whether {@code error} is a bare string, the shape of an unknown route
   * @param wafCode the firewall's {@code waf_code} as sent, or {@code null} when absent
   */
  record ErrorBody(String message, boolean bareString, String wafCode) {
    static final ErrorBody NONE = new ErrorBody(null, false, null);
  }

  private ErrorBodies() {}

  static ErrorBody read(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      return ErrorBody.NONE;
    }
    JsonNode error = root == null ? null : root.get("error");
    if (error == null) {
      return ErrorBody.NONE;
    }
    if (error.isTextual()) {
      return new ErrorBody(shorten(error.textValue(), MAX_MESSAGE_CHARS), true, null);
    }
    JsonNode message = error.get("message");
    JsonNode wafCode = error.get("waf_code");
    return new ErrorBody(
        message != null && message.isTextual()
            ? shorten(message.textValue(), MAX_MESSAGE_CHARS)
            : null,
        false,
        wafCode == null || wafCode.isNull() ? null : shorten(wafCode.asText(), 40));
  }

  /**
   * The start of the body as text, on one line, at most {@value #MAX_EXCERPT_CHARS} characters and
   * an ellipsis.
   */
  static String excerpt(byte[] body) {
    int length = Math.min(body.length, MAX_EXCERPT_CHARS * 4);
    String text = new String(body, 0, length, StandardCharsets.UTF_8).strip();
    String oneLine = text.replaceAll("[\\p{Cntrl}\\s]+", " ");
    return shorten(oneLine, MAX_EXCERPT_CHARS)
        + (length < body.length && oneLine.length() <= MAX_EXCERPT_CHARS ? "…" : "");
  }

  private static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end) + "…";
  }
}
