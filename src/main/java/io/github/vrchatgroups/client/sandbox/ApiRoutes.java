package io.github.vrchatgroups.client.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API the sandbox stands in for: the web firewall and the rate limit in front of everything,
 * then the login endpoints and the group-invite endpoints, each answered from the state.
 */
final class ApiRoutes {
  private static final Pattern VERIFY_PATH =
      Pattern.compile("/auth/twofactorauth/(totp|otp|emailotp)/verify");
  private static final Pattern INVITES_PATH = Pattern.compile("/groups/([^/]+)/invites/?");
  private static final Pattern INVITE_PATH = Pattern.compile("/groups/([^/]+)/invites/([^/]+)/?");
  private static final Pattern MEMBER_PATH = Pattern.compile("/groups/([^/]+)/members/([^/]+)/?");
  private static final Pattern BANS_PATH = Pattern.compile("/groups/([^/]+)/bans/?");
  private static final Pattern REQUESTS_PATH = Pattern.compile("/groups/([^/]+)/requests/?");
  private static final Pattern REQUEST_PATH = Pattern.compile("/groups/([^/]+)/requests/([^/]+)/?");
  private static final Pattern AUDIT_LOG_PATH = Pattern.compile("/groups/([^/]+)/auditLogs/?");
  private static final Pattern BLOCKED = Pattern.compile("(?:^|&)blocked=true(?:&|$)");
  private static final Pattern QUERY_PARAMETER = Pattern.compile("(?:^|&)(n|offset)=([^&]*)");

  private final SandboxState state;
  private final SandboxModeration moderation;
  private final SandboxAccounts accounts;
  private final Supplier<TokenBucket> rateLimit;

  ApiRoutes(SandboxState state, SandboxAccounts accounts, Supplier<TokenBucket> rateLimit) {
    this.state = state;
    this.moderation = new SandboxModeration(state);
    this.accounts = accounts;
    this.rateLimit = rateLimit;
  }

  Reply answer(HttpExchange exchange, byte[] body) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    // VRChat's firewall stands in front of everything, the rate limit included.
    if (firewallRefuses(exchange.getRequestHeaders().getFirst("User-Agent"))) {
      return Reply.firewallBlocked();
    }
    TokenBucket limit = rateLimit.get();
    if (limit != null) {
      Duration wait = limit.take();
      if (wait != null) {
        Reply reply = Reply.error(429, SandboxMessages.RATE_LIMITED);
        return limit.sendRetryAfter
            ? reply.withHeader(
                "Retry-After", String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000)))
            : reply;
      }
    }
    String method = exchange.getRequestMethod();
    Reply login = login(path, method, exchange, body);
    if (login != null) {
      return login;
    }
    state.countRequest();
    Matcher invites = INVITES_PATH.matcher(path);
    Matcher invite = INVITE_PATH.matcher(path);
    Matcher member = MEMBER_PATH.matcher(path);
    Matcher bans = BANS_PATH.matcher(path);
    Matcher requests = REQUESTS_PATH.matcher(path);
    Matcher request = REQUEST_PATH.matcher(path);
    Matcher auditLog = AUDIT_LOG_PATH.matcher(path);
    if (invites.matches()) {
      if (!Set.of("GET", "POST", "PUT").contains(method)) {
        return notAllowed("GET, POST, PUT");
      }
    } else if (invite.matches()) {
      if (!method.equals("DELETE")) {
        return notAllowed("DELETE");
      }
    } else if (member.matches() || bans.matches() || requests.matches() || auditLog.matches()) {
      if (!method.equals("GET")) {
        return notAllowed("GET");
      }
    } else if (request.matches()) {
      if (!method.equals("PUT")) {
        return notAllowed("PUT");
      }
    } else {
      // Unknown routes answer a bare string, not the documented envelope.
      return Reply.bareError(404, SandboxMessages.NOT_IMPLEMENTED);
    }
    String caller = caller(exchange);
    if (caller == null) {
      return Reply.error(
          401,
          accounts.secondFactorPending(SandboxExchange.cookie(exchange, "auth"))
              ? SandboxMessages.SECOND_FACTOR_PENDING
              : SandboxMessages.MISSING_CREDENTIALS);
    }
    String query = exchange.getRequestURI().getRawQuery();
    if (invite.matches()) {
      return state.cancel(invite.group(1), caller, invite.group(2));
    }
    if (member.matches()) {
      return moderation.membership(member.group(1), caller, member.group(2));
    }
    if (requests.matches()) {
      Page page = Page.of(query);
      return page == null
          ? Page.INVALID
          : moderation.joinRequests(
              requests.group(1),
              caller,
              page.size(),
              page.offset(),
              query != null && BLOCKED.matcher(query).find());
    }
    if (request.matches()) {
      return answerJoinRequest(request.group(1), caller, request.group(2), body);
    }
    if (auditLog.matches()) {
      Page page = Page.of(query);
      SandboxAuditLog.Filter filter = AuditLogQuery.filter(query);
      return page == null || filter == null
          ? Reply.error(
              400,
              "Invalid query: n must be 1 to 100, offset 0 or more, startDate and endDate"
                  + " date-times")
          : moderation.auditLog(auditLog.group(1), caller, filter, page.size(), page.offset());
    }
    if (bans.matches()) {
      Page page = Page.of(query);
      return page == null
          ? Page.INVALID
          : moderation.bans(bans.group(1), caller, page.size(), page.offset());
    }
    String groupId = invites.group(1);
    switch (method) {
      case "GET":
        Page page = Page.of(query);
        return page == null
            ? Page.INVALID
            : state.listInvites(groupId, caller, page.size(), page.offset());
      case "PUT":
        return decline(groupId, caller, body);
      default:
        return invite(groupId, caller, body);
    }
  }

  private static Reply notAllowed(String allowed) {
    return Reply.error(405, "Method not allowed").withHeader("Allow", allowed);
  }

  /** The login endpoints, or {@code null} for any other path. */
  private Reply login(String path, String method, HttpExchange exchange, byte[] raw) {
    String authCookie = SandboxExchange.cookie(exchange, "auth");
    switch (path) {
      case "/auth/user":
        return method.equals("GET")
            ? accounts.currentUser(
                authCookie,
                exchange.getRequestHeaders().getFirst("Authorization"),
                SandboxExchange.cookie(exchange, "twoFactorAuth"))
            : notAllowed("GET");
      case "/auth":
        return method.equals("GET") ? accounts.verifyAuthToken(authCookie) : notAllowed("GET");
      case "/logout":
        return method.equals("PUT") ? accounts.logout(authCookie) : notAllowed("PUT");
      default:
        Matcher verify = VERIFY_PATH.matcher(path);
        if (!verify.matches()) {
          return null;
        }
        if (!method.equals("POST")) {
          return notAllowed("POST");
        }
        JsonNode body = SandboxExchange.jsonObject(raw);
        JsonNode code = body == null ? null : body.get("code");
        return accounts.verify(
            verify.group(1),
            authCookie,
            code != null && code.isTextual() ? code.textValue() : null);
    }
  }

  private Reply invite(String groupId, String caller, byte[] raw) {
    JsonNode body = SandboxExchange.jsonObject(raw);
    JsonNode userId = body == null ? null : body.get("userId");
    JsonNode override = body == null ? null : body.get("confirmOverrideBlock");
    if (userId == null || !userId.isTextual() || (override != null && !override.isBoolean())) {
      return Reply.error(
          400,
          "Invalid request body: userId (string) is required, confirmOverrideBlock must be a boolean");
    }
    if (!SandboxIds.isUserId(userId.textValue())) {
      return Reply.error(400, "Invalid request body: userId must be a user ID");
    }
    return state.invite(
        groupId, caller, userId.textValue(), override == null || override.booleanValue());
  }

  /** The {@code n} and {@code offset} of a listing. */
  private record Page(int size, int offset) {
    static final Reply INVALID =
        Reply.error(400, "Invalid query: n must be 1 to 100 and offset 0 or more");

    /** The page a query asks for (VRChat's default size is 60), or {@code null} if invalid. */
    static Page of(String query) {
      int pageSize = 60;
      int offset = 0;
      Matcher parameter = QUERY_PARAMETER.matcher(query == null ? "" : query);
      try {
        while (parameter.find()) {
          int value = Integer.parseInt(parameter.group(2));
          if (parameter.group(1).equals("n")) {
            pageSize = value;
          } else {
            offset = value;
          }
        }
      } catch (NumberFormatException e) {
        return null;
      }
      return pageSize < 1 || pageSize > 100 || offset < 0 ? null : new Page(pageSize, offset);
    }
  }

  private Reply answerJoinRequest(String groupId, String caller, String userId, byte[] raw) {
    JsonNode body = SandboxExchange.jsonObject(raw);
    JsonNode action = body == null ? null : body.get("action");
    JsonNode block = body == null ? null : body.get("block");
    if (action == null
        || !Set.of("accept", "reject").contains(action.asText())
        || (block != null && !block.isBoolean())) {
      return Reply.error(
          400, "Invalid request body: action must be accept or reject, block a boolean");
    }
    return moderation.answerJoinRequest(
        groupId, caller, userId, action.textValue(), block != null && block.booleanValue());
  }

  private Reply decline(String groupId, String caller, byte[] raw) {
    JsonNode body = raw.length == 0 ? null : SandboxExchange.jsonObject(raw);
    JsonNode block = body == null ? null : body.get("block");
    if ((raw.length > 0 && body == null) || (block != null && !block.isBoolean())) {
      return Reply.error(400, "Invalid request body: block must be a boolean");
    }
    return state.decline(groupId, caller, block != null && block.booleanValue());
  }

  private boolean firewallRefuses(String userAgent) {
    if (!SandboxMessages.identifies(userAgent)) {
      return true;
    }
    return state.blockedApplications.contains(userAgent.substring(0, userAgent.indexOf('/')));
  }

  /**
   * The caller's user ID ({@link SandboxState#NO_USER} if none), or {@code null} when not
   * authenticated.
   */
  private String caller(HttpExchange exchange) {
    String token = SandboxExchange.cookie(exchange, "auth");
    return token == null ? null : state.tokens.get(token);
  }
}
