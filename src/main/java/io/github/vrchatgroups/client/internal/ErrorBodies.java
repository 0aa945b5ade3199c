package io.github.vrchatgroups.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the message out of an error body of any shape. VRChat answers {@code
 * {"error":{"message":…,"status_code":…}}} for documented errors, {@code
 * {"error":"…","status_code":404}} for unknown routes, and its proxies answer HTML or nothing at
 * all.
 */
final class ErrorBodies {
  static final int MAX_EXCERPT_CHARS = 300;
  static final int MAX_MESSAGE_CHARS = 1000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorBodies() {}

  /** The server's message, exactly as sent, or {@code null} when the body carries none. */
  static String serverMessage(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
    if (root == null || !root.isObject()) {
      return null;
    }
    JsonNode error = root.get("error");
    JsonNode message = error != null && error.isObject() ? error.get("message") : error;
    if (message == null || !message.isTextual()) {
      return null;
    }
    return shorten(message.textValue(), MAX_MESSAGE_CHARS);
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
