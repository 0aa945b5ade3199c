package io.github.vrchatgroups.client.sandbox;

import io.github.vrchatgroups.client.TimeSource;
import io.github.vrchatgroups.client.auth.Totp;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An in-process stand-in for the VRChat API's group invites, on a free loopback port, for tests
 * that must not touch the network or real credentials. It answers {@code POST}, {@code GET} and
 * {@code PUT /groups/{groupId}/invites} and {@code DELETE /groups/{groupId}/invites/{userId}} with
 * the API's documented statuses and byte-exact messages, from state you set through this class; a
 * method the route does not take gets a 405 in the API's error envelope, and an unknown route the
 * bare-string 404 {@code {"error":"The endpoint you're looking for is not implemented by our
 * system.","status_code":404}} VRChat answers. Invites sent through it are pending until cancelled
 * or declined. Thread-safe; serves concurrent requests.
 *
 * <p>For Pact verifiers and tests in other languages it also serves, on the same port, {@link
 * #PROVIDER_STATES_PATH Pact's state-change protocol}, {@link #RESET_PATH reset} and {@link
 * #FIXTURE_PATH fixture loading}.
 *
 * <p>Faults on demand ({@link #injectFault}) and a journal of what arrived ({@link #requests()})
 * make the situations that break bots reproducible; in a JUnit 5 test, {@link
 * io.github.vrchatgroups.client.sandbox.junit.VrchatSandboxTest} sets all of it up.
 */
public final class VrchatSandbox implements AutoCloseable, SandboxSetup {
  /**
   * The path of Pact's state-change endpoint: {@code POST {"state": "…", "params": {…}, "action":
   * "setup" | "teardown"}} (or the older {@code {"states": […]}}). Each interaction's states apply
   * to an empty sandbox: the first set-up after an API request, and every tear-down, reset it.
   */
  public static final String PROVIDER_STATES_PATH = AdminRoutes.PROVIDER_STATES;

  /** The path that returns the sandbox to the state it started with ({@link #reset()}). */
  public static final String RESET_PATH = AdminRoutes.RESET;

  /** The path that empties the sandbox ({@link #empty()}). */
  public static final String EMPTY_PATH = AdminRoutes.EMPTY;

  /** The path that loads a fixture sent as the request body. */
  public static final String FIXTURE_PATH = AdminRoutes.FIXTURE;

  private final SandboxState state;
  private final SandboxAccounts accounts;
  private volatile TokenBucket rateLimit;
  private volatile byte[] startFixture;
  private final SandboxFaults faults = new SandboxFaults();
  private final SandboxJournal journal = new SandboxJournal();
  private final SandboxServer server;
  private final TimeSource time;

  private VrchatSandbox(int port, TimeSource time) throws IOException {
    this.time = time;
    this.state = new SandboxState(time::now);
    this.accounts = new SandboxAccounts(state);
    ApiRoutes api = new ApiRoutes(state, accounts, () -> rateLimit);
    AdminRoutes admin =
        new AdminRoutes(
            this::reset, this::empty, this::loadFixture, this::applyProviderState, faults, journal);
    server = new SandboxServer(port, new Dispatcher(api, admin, faults, journal));
  }

  /** Starts a sandbox on a free loopback port. Close it when done. */
  public static VrchatSandbox start() throws IOException {
    return start(0);
  }

  /**
   * Starts a sandbox on this loopback port ({@code 0} for a free one).
   *
   * @throws IOException if the port cannot be bound, or if the JDK's HTTP server module ({@code
   *     jdk.httpserver}) is not available to the SDK's module, saying how to add it
   */
  public static VrchatSandbox start(int port) throws IOException {
    return start(port, TimeSource.SYSTEM);
  }

  /** Starts a sandbox whose rate limit refills on {@code time}, as a test's client waits on it. */
  public static VrchatSandbox start(int port, TimeSource time) throws IOException {
    HttpServerModule.require();
    return new VrchatSandbox(port, time == null ? TimeSource.SYSTEM : time);
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
    return server.port();
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

  /**
   * Ends a session, as VRChat does when one expires or is revoked: requests with {@code token} get
   * a 401 {@code "Missing Credentials"} from now on.
   *
   * @return whether the token was a session
   */
  public boolean endSession(String token) {
    return token != null && state.tokens.remove(token) != null;
  }

  /**
   * Ends every session once {@code requests} more requests have been answered (logins not counted):
   * request {@code requests + 1} and those after it get a 401 until the client logs in again.
   * Called again, it adds another countdown, from now. {@link #reset()} disarms them.
   *
   * @throws IllegalArgumentException if {@code requests} is negative
   */
  public VrchatSandbox endSessionsAfter(int requests) {
    if (requests < 0) {
      throw new IllegalArgumentException("endSessionsAfter needs requests >= 0, got " + requests);
    }
    state.endSessionsAfter(requests);
    return this;
  }

  /** Makes a group exist. */
  public VrchatSandbox addGroup(String groupId) {
    state.group(SandboxIds.group(groupId, "groupId"));
    return this;
  }

  /** Makes a user exist, with the display name the API's messages show. */
  public VrchatSandbox addUser(String userId, String displayName) {
    state.displayNames.put(SandboxIds.user(userId, "userId"), displayName);
    return this;
  }

  /** Makes a user a member of a group (both are created if needed). */
  public VrchatSandbox addMember(String groupId, String userId) {
    state.group(SandboxIds.group(groupId, "groupId")).members.add(knownUser(userId));
    return this;
  }

  /** Records a pending invite, as if it had been sent earlier. */
  public VrchatSandbox addPendingInvite(String groupId, String userId) {
    state.recordPendingInvite(SandboxIds.group(groupId, "groupId"), knownUser(userId));
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
   * Bans a user from a group, from now on the sandbox's clock. As VRChat's help centre says, an
   * invite with {@code confirmOverrideBlock: true} (the API's default) lifts the ban; the sandbox
   * refuses one without the override with its documented 403 (VRChat's answer to that is not
   * documented). A banned user shows in {@code GET /groups/{groupId}/bans} and reads as {@code
   * banned} in {@code GET /groups/{groupId}/members/{userId}}.
   */
  public VrchatSandbox addBannedUser(String groupId, String userId) {
    state.ban(SandboxIds.group(groupId, "groupId"), knownUser(userId));
    return this;
  }

  /**
   * Records a user's request to join a group, asked now on the sandbox's clock: listed by {@code
   * GET /groups/{groupId}/requests}, {@code requested} in the user's membership, answered by {@code
   * PUT /groups/{groupId}/requests/{userId}} (an accept makes the user a member).
   */
  public VrchatSandbox addJoinRequest(String groupId, String userId) {
    state.addJoinRequest(SandboxIds.group(groupId, "groupId"), knownUser(userId));
    return this;
  }

  /**
   * A user in as many groups as VRChat allows: accepting their join request answers 403 {@code
   * <displayName> can't join right now because they're in too many groups\u2024} (captured).
   */
  public VrchatSandbox putInTooManyGroups(String userId) {
    state.inTooManyGroups.add(knownUser(userId));
    return this;
  }

  /**
   * Makes a user a member of a group whose role may not moderate it: reading a membership answers
   * 403 {@code You're not allowed to view membership details․}, listing the bans 403 {@code You
   * don't have permission․}. A session of no particular user ({@link #acceptAuthToken(String)})
   * moderates every group; another user who is not a member gets 403 {@code You're not a member․}.
   */
  public VrchatSandbox addMemberWithoutModeration(String groupId, String userId) {
    SandboxState.Group group = state.group(SandboxIds.group(groupId, "groupId"));
    String user = knownUser(userId);
    group.members.add(user);
    group.withoutModeration.add(user);
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
    rateLimit = new TokenBucket(burst, refill, sendRetryAfter, time::nanoTime);
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
    accounts.account(username).totp = Totp.fromBase32Secret(base32Secret);
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
   * Spends the {@link #rateLimit rate limit}'s tokens: the next request is answered 429.
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
   * Makes the firewall refuse an application by name (its User-Agent before the first {@code /}),
   * as VRChat's refuses well-known example agents; an agent without a contact is always refused.
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
   * languages, in the format the package documentation shows (every key optional).
   *
   * @param fixture the JSON text
   * @return this sandbox
   * @throws IllegalArgumentException if the fixture is not valid JSON of that shape
   */
  public VrchatSandbox loadFixture(InputStream fixture) {
    SandboxFixture.apply(fixture, this);
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
    ProviderStates.apply(this, providerState, params == null ? Map.of() : params);
    return this;
  }

  /** The {@code auth} cookie values the sandbox accepts now, in no particular order. */
  public Set<String> acceptedAuthTokens() {
    return Set.copyOf(state.tokens.keySet());
  }

  /**
   * The usernames of the accounts that can log in ({@link #addAccount}, a fixture's {@code
   * accounts}), sorted.
   */
  public java.util.SortedSet<String> accountUsernames() {
    return accounts.usernames();
  }

  /** Every provider state {@link #applyProviderState} knows, in the contract's words. */
  public Set<String> providerStates() {
    return ProviderStates.all().keySet();
  }

  /**
   * Loads a JSON fixture as {@link #loadFixture} does, and makes it the state {@link #reset()}
   * returns to: what {@code vrchat-groups sandbox --fixture} starts with, so the tokens its banner
   * printed keep working after a reset.
   *
   * @throws IllegalArgumentException if the fixture is not valid JSON of that shape
   * @throws java.io.UncheckedIOException if the fixture cannot be read
   */
  public VrchatSandbox startWith(InputStream fixture) {
    byte[] json;
    try {
      json = fixture.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    loadFixture(new java.io.ByteArrayInputStream(json));
    startFixture = json;
    return this;
  }

  /**
   * Back to the state the sandbox started with: empty, then the fixture of {@link #startWith} if
   * there was one. Over HTTP: {@code POST /_sandbox/reset}.
   */
  public VrchatSandbox reset() {
    empty();
    byte[] start = startFixture;
    if (start != null) {
      loadFixture(new java.io.ByteArrayInputStream(start));
    }
    return this;
  }

  /**
   * Forgets all state (the start fixture's included), turns the rate limit off and disarms the
   * faults; what each provider state of a Pact verification starts from. Over HTTP: {@code POST
   * /_sandbox/empty}.
   */
  public VrchatSandbox empty() {
    state.clear();
    accounts.clear();
    rateLimit = null;
    faults.clear();
    journal.clear();
    return this;
  }

  /**
   * Makes the next {@code times} requests of {@code operation} get {@code fault} instead of their
   * answer; then the sandbox answers normally again. Faults apply in the order armed, before
   * anything else (the firewall included); {@link #reset()} disarms them. Over HTTP: {@code POST
   * /_sandbox/faults}, listed by {@code GET /_sandbox/faults}.
   *
   * @throws IllegalArgumentException if {@code times} is below 1 or an argument is null
   */
  public VrchatSandbox injectFault(SandboxOperation operation, int times, SandboxFault fault) {
    if (operation == null || fault == null || times < 1) {
      throw new IllegalArgumentException(
          "injectFault needs an operation, a fault and times >= 1, got " + times);
    }
    faults.arm(operation, times, fault);
    return this;
  }

  /**
   * Every API request since the sandbox started or was reset, in order (admin requests aside); over
   * HTTP {@code GET /_sandbox/requests}. Never holds the auth cookie's value.
   */
  public List<SandboxRequest> requests() {
    return journal.requests();
  }

  /** The users with a pending invite to this group. */
  public Set<String> pendingInvites(String groupId) {
    return state.pendingInvites(groupId);
  }

  /** The users who asked to join a group and have no answer yet, sorted. */
  public Set<String> joinRequests(String groupId) {
    return state.joinRequests(groupId);
  }

  /** The members of a group, sorted; empty for a group the sandbox does not know. */
  public Set<String> members(String groupId) {
    return state.members(groupId);
  }

  /**
   * Every join request answered through the API, in order, as {@code "accept grp_…/usr_…"} or
   * {@code "reject grp_…/usr_…"}.
   */
  public List<String> answeredJoinRequests() {
    return state.answeredJoinRequests();
  }

  /**
   * The invited user accepts the group's invite, as VRChat's client would: a member now, and {@code
   * group.member.join} in the audit log.
   *
   * @return whether the user had a pending invite
   */
  public boolean acceptInvite(String groupId, String userId) {
    return state.acceptInvite(SandboxIds.group(groupId, "groupId"), knownUser(userId));
  }

  /** The group's audit log, oldest first, each entry as {@code "eventType targetId"}. */
  public List<String> auditLog(String groupId) {
    return state.auditLog(groupId);
  }

  /** The users a group bans now, sorted; empty for a group the sandbox does not know. */
  public Set<String> bannedUsers(String groupId) {
    return state.bannedUsers(groupId);
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
    server.stop();
  }

  private String knownUser(String userId) {
    SandboxIds.user(userId, "userId");
    state.displayNames.putIfAbsent(userId, userId);
    return userId;
  }
}
