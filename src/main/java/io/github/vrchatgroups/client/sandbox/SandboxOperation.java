package io.github.vrchatgroups.client.sandbox;

import java.util.Locale;

/** Which requests a {@link SandboxFault} applies to. */
public enum SandboxOperation {
  /** {@code POST /groups/{groupId}/invites}. */
  INVITE,
  /** {@code GET /groups/{groupId}/invites}. */
  LIST,
  /** {@code DELETE /groups/{groupId}/invites/{userId}}. */
  CANCEL,
  /** {@code PUT /groups/{groupId}/invites}. */
  DECLINE,
  /** {@code GET /groups/{groupId}/members/{userId}}. */
  MEMBERSHIP,
  /** {@code GET /groups/{groupId}/bans}. */
  BANS,
  /** {@code GET /groups/{groupId}/requests}. */
  JOIN_REQUESTS,
  /** {@code PUT /groups/{groupId}/requests/{userId}}. */
  ANSWER_JOIN_REQUEST,
  /** {@code GET /groups/{groupId}/auditLogs}. */
  AUDIT_LOG,
  /** Every API request, the login's included. */
  ANY;

  /** Whether a request of operation {@code actual} ({@code null}: none of these) matches. */
  boolean matches(SandboxOperation actual) {
    return this == ANY || this == actual;
  }

  /** The operation of a request, or {@code null} when it is none of these. */
  static SandboxOperation of(String method, String path) {
    if (method.equals("GET") && path.matches("/groups/[^/]+/members/[^/]+/?")) {
      return MEMBERSHIP;
    }
    if (method.equals("GET") && path.matches("/groups/[^/]+/bans/?")) {
      return BANS;
    }
    if (method.equals("GET") && path.matches("/groups/[^/]+/requests/?")) {
      return JOIN_REQUESTS;
    }
    if (method.equals("PUT") && path.matches("/groups/[^/]+/requests/[^/]+/?")) {
      return ANSWER_JOIN_REQUEST;
    }
    if (method.equals("GET") && path.matches("/groups/[^/]+/auditLogs/?")) {
      return AUDIT_LOG;
    }
    if (path.matches("/groups/[^/]+/invites/?")) {
      switch (method) {
        case "POST":
          return INVITE;
        case "GET":
          return LIST;
        case "PUT":
          return DECLINE;
        default:
          return null;
      }
    }
    return method.equals("DELETE") && path.matches("/groups/[^/]+/invites/[^/]+/?") ? CANCEL : null;
  }

  /**
   * The operation named in lower case, as the HTTP fault endpoint takes it ({@code invite}, {@code
   * any}, …).
   *
   * @throws IllegalArgumentException naming the known operations
   */
  public static SandboxOperation fromName(String name) {
    for (SandboxOperation operation : values()) {
      if (operation.name().toLowerCase(Locale.ROOT).equals(name)) {
        return operation;
      }
    }
    throw new IllegalArgumentException(
        "operation must be one of invite, list, cancel, decline, membership, bans,"
            + " join_requests, answer_join_request, audit_log, any; got "
            + name);
  }
}
