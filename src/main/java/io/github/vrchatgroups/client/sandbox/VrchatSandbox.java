package io.github.vrchatgroups.client.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.vrchatgroups.client.internal.VrchatIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process stand-in for the VRChat API's group invites, on a free loopback port, for tests
 * that must not touch the network or real credentials. It answers {@code POST}, {@code GET} and
 * {@code PUT /groups/{groupId}/invites} and {@code DELETE /groups/{groupId}/invites/{userId}} with
 * the API's documented statuses and byte-exact messages, from state you set through this class;
 * anything else gets a 4xx in the API's error envelope. Invites sent through it are pending until
 * cancelled or declined. Thread-safe; serves concurrent requests.
 *
 * <p>For Pact verifiers and tests in other languages it also serves, on the same loopback port:
 * {@code POST /_sandbox/provider-states} (Pact's state-change protocol: {@code {"state": "…",
 * "params": {…}, "action": "setup" | "teardown"}}, or the older {@code {"states": […]}}), {@code
 * POST /_sandbox/reset} and {@code POST /_sandbox/fixture} (a {@link #loadFixture fixture} as the
 * body). Each interaction's states apply to an empty sandbox: the first set-up after an API
 * request, and every tear-down, reset it first.
 *
 * <pre>{@code
 * try (VrchatSandbox sandbox = VrchatSandbox.start()) {
 *   sandbox.acceptAuthToken("authcookie_test").addGroup("grp_…").addUser("usr_…", "Tupper");
 *   VrchatGroupsClient client = VrchatGroupsClient.builder()
 *       .baseUrl(sandbox.url()).authCookie("authcookie_test").userAgent("MyBot/1.0 me@example.com").build();
 *   client.inviteUser("grp_…", "usr_…");
 *   assertTrue(sandbox.pendingInvites("grp_…").contains("usr_…"));
 * }
 * }</pre>
 */
public final class VrchatSandbox implements AutoCloseable {
  /** The path of the Pact state-change endpoint. */
  public static final String PROVIDER_STATES_PATH = "/_sandbox/provider-states";

  /** The path that empties the sandbox. */
  public static final String RESET_PATH = "/_sandbox/reset";

  /** The path that loads a fixture sent as the request body. */
  public static final String FIXTURE_PATH = "/_sandbox/fixture";

  private static final Pattern VERIFY_PATH =
      Pattern.compile("/auth/twofactorauth/(totp|otp|emailotp)/verify");
  private static final Pattern INVITES_PATH = Pattern.compile("/groups/([^/]+)/invites/?");
  private static final Pattern INVITE_PATH = Pattern.compile("/groups/([^/]+)/invites/([^/]+)/?");
  private static final Pattern QUERY_PARAMETER = Pattern.compile("(?:^|&)(n|offset)=([^&]*)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SandboxState state = new SandboxState();
  private final SandboxAccounts accounts = new SandboxAccounts(state);
  // Set by every API request; the next provider-state set-up starts from an empty sandbox.
  private volatile boolean servedSinceStateChange;
  private final HttpServer server;
  private final ExecutorService executor;
  private volatile TokenBucket rateLimit;

  private VrchatSandbox(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    executor =
        Executors.newFixedThreadPool(
            4,
            runnable -> {
              Thread thread = new Thread(runnable, "vrchat-sandbox");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a sandbox on a free loopback port. Close it when done. */
  public static VrchatSandbox start() throws IOException {
    return start(0);
  }

  /** Starts a sandbox on this loopback port ({@code 0} for a free one). */
  public static VrchatSandbox start(int port) throws IOException {
    return new VrchatSandbox(port);
  }

  /** The root URL to use as the client's base URL, e.g. {@code http://127.0.0.1:41234}. */
  public String url() {
    return "http://127.0.0.1:" + port();
  }

  /** The URL of the Pact state-change endpoint, for a verifier's {@code stateChangeUrl}. */
  public String providerStatesUrl() {
    return url() + PROVIDER_STATES_PATH;
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Accepts this value of the {@code auth} cookie, for a caller who is no user the sandbox knows
   * (enough to send invites); requests with any other cookie, or none, get a 401.
   */
  public VrchatSandbox acceptAuthToken(String token) {
    state.tokens.put(token, SandboxState.NO_USER);
    return this;
  }

  /**
   * Accepts this value of the {@code auth} cookie as the session of user {@code callerId}, who can
   * then list the invites of groups they are a member of and decline invites sent to them.
   */
  public VrchatSandbox acceptAuthToken(String token, String callerId) {
    state.tokens.put(token, knownUser(callerId));
    return this;
  }

  /** Makes a group exist. */
  public VrchatSandbox addGroup(String groupId) {
    state.group(VrchatIds.requireGroupId(groupId, "groupId"));
    return this;
  }

  /** Makes a user exist, with the display name the API's messages show. */
  public VrchatSandbox addUser(String userId, String displayName) {
    state.displayNames.put(VrchatIds.requireUserId(userId, "userId"), displayName);
    return this;
  }

  /** Makes a user a member of a group (both are created if needed). */
  public VrchatSandbox addMember(String groupId, String userId) {
    state.group(VrchatIds.requireGroupId(groupId, "groupId")).members.add(knownUser(userId));
    return this;
  }

  /** Records a pending invite, as if it had been sent earlier. */
  public VrchatSandbox addPendingInvite(String groupId, String userId) {
    state.addPending(VrchatIds.requireGroupId(groupId, "groupId"), knownUser(userId));
    return this;
  }

  /**
   * A user who refuses invites from the caller (they blocked the caller, or their privacy settings
   * say so): 403.
   */
  public VrchatSandbox refuseInvitesTo(String userId) {
    state.refusing.add(knownUser(userId));
    return this;
  }

  /**
   * A user the group blocked before: invited only when the request confirms the override of the
   * block.
   */
  public VrchatSandbox addBlockedUser(String groupId, String userId) {
    state.group(VrchatIds.requireGroupId(groupId, "groupId")).blocked.add(knownUser(userId));
    return this;
  }

  /**
   * Turns the rate limit on: a token bucket of {@code burst} requests that refills one every {@code
   * refill}. Over the limit the sandbox answers 429, with {@code Retry-After} (whole seconds until
   * the next token) only if {@code sendRetryAfter}, as VRChat usually does not send it.
   */
  public VrchatSandbox rateLimit(int burst, Duration refill, boolean sendRetryAfter) {
    if (burst < 1 || refill == null || refill.isNegative() || refill.isZero()) {
      throw new IllegalArgumentException(
          "rateLimit needs burst >= 1 and a positive refill, got " + burst + ", " + refill);
    }
    rateLimit = new TokenBucket(burst, refill, sendRetryAfter);
    return this;
  }

  /**
   * Adds an account that can log in ({@code GET /auth/user}) with this username and password, as
   * user {@code userId}; without a second factor unless one is required below.
   */
  public VrchatSandbox addAccount(
      String username, String password, String userId, String displayName) {
    addUser(userId, displayName);
    accounts.accounts.put(username, new SandboxAccounts.Account(password, userId, displayName));
    return this;
  }

  /** Makes the account's login need a code of this TOTP secret (base32), or a recovery code. */
  public VrchatSandbox requireTotp(String username, String base32Secret) {
    accounts.account(username).totp =
        io.github.vrchatgroups.client.auth.Totp.fromBase32Secret(base32Secret);
    return this;
  }

  /** Makes the account's login need this e-mailed code. */
  public VrchatSandbox requireEmailCode(String username, String code) {
    accounts.account(username).emailCode = code;
    return this;
  }

  /**
   * Gives the account a one-time recovery code (which also makes its login need a second factor).
   */
  public VrchatSandbox addRecoveryCode(String username, String code) {
    accounts.account(username).recoveryCodes.add(code);
    return this;
  }

  /**
   * Accepts this fixed code as the account's TOTP (or e-mail) code, whatever the time: for replayed
   * contracts, whose codes cannot follow the clock.
   */
  public VrchatSandbox acceptTwoFactorCode(String username, String code) {
    accounts.account(username).acceptedCodes.add(code);
    return this;
  }

  /**
   * Records a login of the account that is waiting for its second factor, under this auth token.
   */
  public VrchatSandbox awaitSecondFactor(String authToken, String username) {
    accounts.awaitSecondFactor(authToken, username);
    return this;
  }

  /**
   * Spends every token of the {@link #rateLimit rate limit}, so that the next request is answered
   * 429 until a token refills.
   *
   * @throws IllegalStateException if no rate limit is on
   */
  public VrchatSandbox exhaustRateLimit() {
    TokenBucket limit = rateLimit;
    if (limit == null) {
      throw new IllegalStateException("exhaustRateLimit needs a rateLimit first");
    }
    limit.drain();
    return this;
  }

  /**
   * Makes the firewall refuse an application by name, the part of its User-Agent before the first
   * {@code /}, as VRChat's firewall refuses well-known example agents (such as {@code
   * TimmyFriendTracker}). Requests without a User-Agent of the form {@code AppName/version
   * contact}, the contact an e-mail address or an http(s) URL, are always refused, as the firewall
   * asks for "application name, version and contact information".
   */
  public VrchatSandbox blockApplication(String applicationName) {
    state.blockedApplications.add(applicationName);
    return this;
  }

  /**
   * Lets any well-formed user ID be invited, under its own ID as display name, instead of only the
   * users added with {@link #addUser}. Off by default.
   */
  public VrchatSandbox acceptAnyUser(boolean acceptAnyUser) {
    state.acceptAnyUser = acceptAnyUser;
    return this;
  }

  /**
   * Adds the state a JSON fixture describes, for the command line and for tests written in other
   * languages. Every key is optional:
   *
   * <pre>{@code
   * {
   *   "authTokens": [{"token": "authcookie_sandbox", "callerId": "usr_…"}],
   *   "users": [{"id": "usr_…", "displayName": "Tupper"}],
   *   "acceptAnyUser": true,
   *   "refusingInvites": ["usr_…"],
   *   "groups": [{"id": "grp_…", "members": ["usr_…"], "pendingInvites": ["usr_…"], "blocked": ["usr_…"]}],
   *   "rateLimit": {"burst": 10, "refillMillis": 1000, "retryAfter": false},
   *   "blockedApplications": ["TimmyFriendTracker"],
   *   "accounts": [{"username": "tupper", "password": "…", "userId": "usr_…", "displayName": "Tupper",
   *                 "totpSecret": "JBSWY3DPEHPK3PXP", "emailCode": "123456", "recoveryCodes": ["…"]}]
   * }
   * }</pre>
   *
   * @param fixture the JSON text
   * @return this sandbox
   * @throws IllegalArgumentException if the fixture is not valid JSON of that shape
   */
  public VrchatSandbox loadFixture(InputStream fixture) {
    JsonNode root;
    try {
      root = JSON.readTree(fixture);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var at = e.getLocation();
      throw new IllegalArgumentException(
          "the sandbox fixture is not valid JSON"
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "the sandbox fixture cannot be read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the sandbox fixture must be a JSON object");
    }
    for (JsonNode token : root.path("authTokens")) {
      if (token.hasNonNull("callerId")) {
        acceptAuthToken(token.path("token").asText(), token.path("callerId").asText());
      } else {
        acceptAuthToken(token.path("token").asText());
      }
    }
    for (JsonNode user : root.path("users")) {
      addUser(user.path("id").asText(), user.path("displayName").asText(user.path("id").asText()));
    }
    acceptAnyUser(root.path("acceptAnyUser").asBoolean(false));
    root.path("refusingInvites").forEach(user -> refuseInvitesTo(user.asText()));
    for (JsonNode group : root.path("groups")) {
      String groupId = group.path("id").asText();
      addGroup(groupId);
      group.path("members").forEach(user -> addMember(groupId, user.asText()));
      group.path("pendingInvites").forEach(user -> addPendingInvite(groupId, user.asText()));
      group.path("blocked").forEach(user -> addBlockedUser(groupId, user.asText()));
    }
    root.path("blockedApplications").forEach(name -> blockApplication(name.asText()));
    for (JsonNode account : root.path("accounts")) {
      String username = account.path("username").asText();
      addAccount(
          username,
          account.path("password").asText(),
          account.path("userId").asText(),
          account.path("displayName").asText(username));
      if (account.hasNonNull("totpSecret")) {
        requireTotp(username, account.path("totpSecret").asText());
      }
      if (account.hasNonNull("emailCode")) {
        requireEmailCode(username, account.path("emailCode").asText());
      }
      account.path("recoveryCodes").forEach(code -> addRecoveryCode(username, code.asText()));
    }
    JsonNode limit = root.path("rateLimit");
    if (limit.isObject()) {
      rateLimit(
          limit.path("burst").asInt(10),
          Duration.ofMillis(limit.path("refillMillis").asLong(1000)),
          limit.path("retryAfter").asBoolean(false));
    }
    return this;
  }

  /**
   * Sets up one provider state of the committed Pact contract, word for word, with its parameters
   * (for example {@code "group {groupId} exists"} with {@code groupId}). What the HTTP state-change
   * endpoint does; for in-process {@code @State} methods.
   *
   * @throws IllegalArgumentException naming the state if the sandbox does not know it, or a
   *     parameter that is missing
   */
  public VrchatSandbox applyProviderState(String providerState, Map<String, ?> params) {
    var step = ProviderStates.all().get(providerState);
    if (step == null) {
      throw new IllegalArgumentException(
          "unknown provider state '"
              + providerState
              + "'; known: "
              + ProviderStates.all().keySet());
    }
    step.accept(this, params == null ? Map.of() : params);
    return this;
  }

  /** The {@code auth} cookie values the sandbox accepts now, in no particular order. */
  public Set<String> acceptedAuthTokens() {
    return Set.copyOf(state.tokens.keySet());
  }

  /** Every provider state {@link #applyProviderState} knows, in the contract's words. */
  public Set<String> providerStates() {
    return ProviderStates.all().keySet();
  }

  /** Forgets all state and turns the rate limit off. */
  public VrchatSandbox reset() {
    state.clear();
    accounts.clear();
    rateLimit = null;
    return this;
  }

  /** The users with a pending invite to this group. */
  public Set<String> pendingInvites(String groupId) {
    return state.pendingInvites(groupId);
  }

  /**
   * Every invite the sandbox has sent since it started or was reset, as {@code groupId/userId}, in
   * order.
   */
  public List<String> sentInvites() {
    return state.sentInvites();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private String knownUser(String userId) {
    VrchatIds.requireUserId(userId, "userId");
    state.displayNames.putIfAbsent(userId, userId);
    return userId;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Reply reply;
      try {
        reply = route(exchange);
      } catch (RuntimeException | IOException e) {
        reply = Reply.error(500, "Internal sandbox error");
      }
      send(exchange, reply);
    }
  }

  private Reply route(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    if (path.startsWith("/_sandbox/")) {
      return administer(path, exchange);
    }
    servedSinceStateChange = true;
    // VRChat's firewall stands in front of everything, the rate limit included.
    if (firewallRefuses(exchange.getRequestHeaders().getFirst("User-Agent"))) {
      return Reply.firewallBlocked();
    }
    TokenBucket limit = rateLimit;
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
    Reply login = login(path, method, exchange);
    if (login != null) {
      return login;
    }
    Matcher invites = INVITES_PATH.matcher(path);
    Matcher invite = INVITE_PATH.matcher(path);
    if (invites.matches()) {
      if (!Set.of("GET", "POST", "PUT").contains(method)) {
        return Reply.error(405, "Method not allowed").withHeader("Allow", "GET, POST, PUT");
      }
    } else if (invite.matches()) {
      if (!method.equals("DELETE")) {
        return Reply.error(405, "Method not allowed").withHeader("Allow", "DELETE");
      }
    } else {
      // Unknown routes answer a bare string, not the documented envelope.
      return Reply.bareError(404, "Not Found");
    }
    String caller = caller(exchange);
    if (caller == null) {
      return Reply.error(401, SandboxMessages.MISSING_CREDENTIALS);
    }
    if (invite.matches()) {
      return state.cancel(invite.group(1), invite.group(2));
    }
    String groupId = invites.group(1);
    switch (method) {
      case "GET":
        return listInvites(groupId, caller, exchange.getRequestURI().getRawQuery());
      case "PUT":
        return decline(groupId, caller, exchange.getRequestBody());
      default:
        return invite(groupId, exchange.getRequestBody());
    }
  }

  /** The login endpoints, or {@code null} for any other path. */
  private Reply login(String path, String method, HttpExchange exchange) throws IOException {
    String authCookie = cookie(exchange, "auth");
    switch (path) {
      case "/auth/user":
        return method.equals("GET")
            ? accounts.currentUser(
                authCookie,
                exchange.getRequestHeaders().getFirst("Authorization"),
                cookie(exchange, "twoFactorAuth"))
            : Reply.error(405, "Method not allowed").withHeader("Allow", "GET");
      case "/auth":
        return method.equals("GET")
            ? accounts.verifyAuthToken(authCookie)
            : Reply.error(405, "Method not allowed").withHeader("Allow", "GET");
      case "/logout":
        return method.equals("PUT")
            ? accounts.logout(authCookie)
            : Reply.error(405, "Method not allowed").withHeader("Allow", "PUT");
      default:
        Matcher verify = VERIFY_PATH.matcher(path);
        if (!verify.matches()) {
          return null;
        }
        if (!method.equals("POST")) {
          return Reply.error(405, "Method not allowed").withHeader("Allow", "POST");
        }
        JsonNode body = readJson(exchange.getRequestBody());
        JsonNode code = body == null ? null : body.get("code");
        return accounts.verify(
            verify.group(1),
            authCookie,
            code != null && code.isTextual() ? code.textValue() : null);
    }
  }

  /** The sandbox's own endpoints, for verifiers and tests in other languages. */
  private Reply administer(String path, HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      return Reply.bareError(405, "the sandbox's endpoints take POST").withHeader("Allow", "POST");
    }
    byte[] body = exchange.getRequestBody().readNBytes(1 << 20);
    try {
      switch (path) {
        case PROVIDER_STATES_PATH:
          return changeProviderState(body);
        case RESET_PATH:
          reset();
          servedSinceStateChange = false;
          return Reply.json(Map.of("reset", true));
        case FIXTURE_PATH:
          loadFixture(new java.io.ByteArrayInputStream(body));
          return Reply.json(Map.of("loaded", true));
        default:
          return Reply.bareError(404, "no sandbox endpoint " + path);
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Reply.bareError(400, e.getMessage());
    }
  }

  private synchronized Reply changeProviderState(byte[] raw) {
    JsonNode body;
    try {
      body = JSON.readTree(raw);
    } catch (IOException e) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      return Reply.bareError(
          400, "a state change is a JSON object: {\"state\": \"…\", \"params\": {…}}");
    }
    List<String> states = new java.util.ArrayList<>();
    if (body.path("state").isTextual()) {
      states.add(body.path("state").textValue());
    }
    body.path("states").forEach(state -> states.add(state.asText()));
    // An interaction without provider states gets a set-up with an empty name: nothing to set up.
    states.removeIf(String::isBlank);
    @SuppressWarnings("unchecked")
    Map<String, Object> params =
        body.path("params").isObject()
            ? JSON.convertValue(body.get("params"), Map.class)
            : Map.of();
    boolean teardown = body.path("action").asText("setup").equals("teardown");
    if (teardown || servedSinceStateChange) {
      reset();
      servedSinceStateChange = false;
    }
    if (!teardown) {
      for (String state : states) {
        applyProviderState(state, params);
      }
    }
    return Reply.json(Reply.object("states", states, "action", teardown ? "teardown" : "setup"));
  }

  private Reply invite(String groupId, InputStream requestBody) {
    JsonNode body = readJson(requestBody);
    JsonNode userId = body == null ? null : body.get("userId");
    JsonNode override = body == null ? null : body.get("confirmOverrideBlock");
    if (userId == null || !userId.isTextual() || (override != null && !override.isBoolean())) {
      return Reply.error(
          400,
          "Invalid request body: userId (string) is required, confirmOverrideBlock must be a boolean");
    }
    if (!VrchatIds.isUserId(userId.textValue())) {
      return Reply.error(400, "Invalid request body: userId must be a user ID");
    }
    return state.invite(groupId, userId.textValue(), override == null || override.booleanValue());
  }

  private Reply listInvites(String groupId, String caller, String query) {
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
      pageSize = -1;
    }
    if (pageSize < 1 || pageSize > 100 || offset < 0) {
      return Reply.error(400, "Invalid query: n must be 1 to 100 and offset 0 or more");
    }
    return state.listInvites(groupId, caller, pageSize, offset);
  }

  private Reply decline(String groupId, String caller, InputStream requestBody) throws IOException {
    byte[] raw = requestBody.readNBytes(64 * 1024);
    JsonNode body = raw.length == 0 ? null : readJson(new java.io.ByteArrayInputStream(raw));
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
    String token = cookie(exchange, "auth");
    return token == null ? null : state.tokens.get(token);
  }

  /** The value of the named request cookie, or {@code null}. */
  private static String cookie(HttpExchange exchange, String name) {
    for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
      for (String pair : header.split(";")) {
        List<HttpCookie> cookies;
        try {
          cookies = HttpCookie.parse(pair.trim());
        } catch (IllegalArgumentException malformed) {
          continue;
        }
        for (HttpCookie cookie : cookies) {
          if (cookie.getName().equals(name)) {
            return cookie.getValue();
          }
        }
      }
    }
    return null;
  }

  private static JsonNode readJson(InputStream in) {
    try {
      JsonNode node = JSON.readTree(in.readNBytes(64 * 1024));
      return node != null && node.isObject() ? node : null;
    } catch (IOException malformed) {
      return null;
    }
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    if (reply.body() == null) {
      exchange.sendResponseHeaders(reply.status(), -1);
      return;
    }
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** A response: status, extra headers, and a JSON body or none. */
  record Reply(int status, Map<String, String> headers, String body) {
    static Reply ok() {
      return new Reply(200, Map.of(), null);
    }

    static Reply json(Object body) {
      try {
        return new Reply(200, Map.of(), JSON.writeValueAsString(body));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    /**
     * A JSON object whose fields keep the order given: {@code Map.of} iterates in an order that
     * changes from one JVM to the next, and the sandbox's answers must be the same every run.
     */
    static Map<String, Object> object(Object... namesAndValues) {
      Map<String, Object> object = new java.util.LinkedHashMap<>();
      for (int i = 0; i < namesAndValues.length; i += 2) {
        object.put((String) namesAndValues[i], namesAndValues[i + 1]);
      }
      return object;
    }

    /** VRChat's success envelope, {@code {"success":{"message":…,"status_code":200}}}. */
    static Reply success(String message) {
      return json(object("success", object("message", message, "status_code", 200)));
    }

    static Reply error(int status, String message) {
      Map<String, Object> error = new java.util.LinkedHashMap<>();
      error.put("message", message);
      error.put("status_code", status);
      return json(status, Map.of("error", error));
    }

    static Reply bareError(int status, String message) {
      Map<String, Object> body = new java.util.LinkedHashMap<>();
      body.put("error", message);
      body.put("status_code", status);
      return json(status, body);
    }

    static Reply firewallBlocked() {
      Map<String, Object> error = new java.util.LinkedHashMap<>();
      error.put("message", SandboxMessages.FIREWALL_BLOCKED);
      error.put("status_code", 403);
      error.put("waf_code", SandboxMessages.FIREWALL_WAF_CODE);
      return json(403, Map.of("error", error));
    }

    private static Reply json(int status, Object body) {
      Reply reply = json(body);
      return new Reply(status, reply.headers(), reply.body());
    }

    Reply withHeader(String name, String value) {
      Map<String, String> more = new java.util.HashMap<>(headers);
      more.put(name, value);
      return new Reply(status, Map.copyOf(more), body);
    }
  }
}
