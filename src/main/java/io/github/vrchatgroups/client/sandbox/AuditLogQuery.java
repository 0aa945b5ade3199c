package io.github.vrchatgroups.client.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Reads the filter of {@code GET /groups/{groupId}/auditLogs} from its query string. */
final class AuditLogQuery {
  private AuditLogQuery() {}

  /** The filter the query asks for, or {@code null} when a date is not a date-time. */
  static SandboxAuditLog.Filter filter(String query) {
    Map<String, String> parameters = new HashMap<>();
    for (String pair : (query == null ? "" : query).split("&")) {
      String[] nameAndValue = pair.split("=", 2);
      if (nameAndValue.length == 2) {
        parameters.put(nameAndValue[0], URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
      }
    }
    try {
      return new SandboxAuditLog.Filter(
          instant(parameters.get("startDate")),
          instant(parameters.get("endDate")),
          list(parameters.get("eventTypes")),
          list(parameters.get("targetIds")));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Instant instant(String value) {
    return value == null ? null : OffsetDateTime.parse(value).toInstant();
  }

  private static Set<String> list(String value) {
    return value == null || value.isEmpty() ? Set.of() : Set.of(value.split(","));
  }
}
