package io.github.vrchatgroups.client.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response of the sandbox: status, extra headers, and a JSON body or none; or, for an injected
 * fault, the way the connection breaks instead.
 */
record Reply(
    int status, Map<String, String> headers, String body, SandboxFault.ConnectionFault broken) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Reply ok() {
    return new Reply(200, Map.of(), null, null);
  }

  static Reply json(Object body) {
    return json(200, body);
  }

  /**
   * A JSON object whose fields keep the order given: {@code Map.of} iterates in an order that
   * changes from one JVM to the next, and the sandbox's answers must be the same every run.
   */
  static Map<String, Object> object(Object... namesAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return object;
  }

  /** VRChat's success envelope, {@code {"success":{"message":…,"status_code":200}}}. */
  static Reply success(String message) {
    return json(object("success", object("message", message, "status_code", 200)));
  }

  /** VRChat's error envelope, {@code {"error":{"message":…,"status_code":…}}}. */
  static Reply error(int status, String message) {
    return json(status, object("error", object("message", message, "status_code", status)));
  }

  /** The envelope of an unknown route: {@code {"error":"…","status_code":…}}. */
  static Reply bareError(int status, String message) {
    return json(status, object("error", message, "status_code", status));
  }

  /** The web firewall's 403, with its {@code waf_code}. */
  static Reply firewallBlocked() {
    return json(
        403,
        object(
            "error",
            object(
                "message",
                SandboxMessages.FIREWALL_BLOCKED,
                "status_code",
                403,
                "waf_code",
                SandboxMessages.FIREWALL_WAF_CODE)));
  }

  static Reply json(int status, Object body) {
    try {
      return new Reply(status, Map.of(), JSON.writeValueAsString(body), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A body sent as it is, with its own content type. */
  static Reply text(int status, String body, String contentType) {
    return new Reply(status, Map.of("Content-Type", contentType), body, null);
  }

  /** No answer, or a cut one: the connection breaks this way. */
  static Reply broken(SandboxFault.ConnectionFault how) {
    return new Reply(0, Map.of(), null, how);
  }

  Reply withHeader(String name, String value) {
    Map<String, String> more = new HashMap<>(headers);
    more.put(name, value);
    return new Reply(status, Map.copyOf(more), body, broken);
  }
}
