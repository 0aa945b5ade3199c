package io.github.vrchatgroups.client.contract;

import au.com.dius.pact.core.model.Request;
import au.com.dius.pact.core.model.RequestResponseInteraction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vrchatgroups.client.contract.LiveContractCheck.Outcome;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one table of what the live check may send: each interaction of the contract that cannot
 * change anything, with how its request is adapted to the real account (which cookie, which group,
 * which user), and for every other interaction the reason it is never replayed. An interaction the
 * table does not know is skipped: nothing is sent that was not judged safe here.
 */
final class LiveReplays {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String LISTING = "a request for the pending invites of a group";
  static final String CALLER_INTO_OWN_GROUP = "an invite for a user who is already a member";
  static final String LISTING_OF_NO_GROUP =
      "a request for the pending invites of a group that does not exist";
  static final String BANS = "a request for the bans of a group that bans one user";

  /** A group ID no real group has (not a version-4 UUID), yet well formed. */
  static final String NO_GROUP = "grp_ffffffff-ffff-ffff-ffff-ffffffffffff";

  /** The nil user ID, which no real user has: the target of an invite that must not happen. */
  static final String NO_USER = "usr_00000000-0000-0000-0000-000000000000";

  /** Which auth cookie a replay sends. */
  enum Cookie {
    /** None: the interaction documents the 401 of a request without one. */
    NONE,
    /** The contract's own made-up token, which is nobody's session. */
    CONTRACTS_MADE_UP_TOKEN,
    /** The account's session, {@code VRCHAT_AUTH}. */
    SESSION
  }

  /** Which group a replay addresses. */
  enum Group {
    /**
     * {@link #NO_GROUP}, which no real group has; not the contract's nil group, which the README
     * and the sandbox's default fixture use as their example.
     */
    ONE_THAT_CANNOT_EXIST,
    /** {@code VRCHAT_GROUP}. */
    MANAGED,
    /** {@code VRCHAT_NOT_MEMBER_GROUP}. */
    NOT_A_MEMBER_OF
  }

  /**
   * How one interaction is adapted.
   *
   * @param cookie which cookie it sends
   * @param group which group it addresses
   * @param user who an invite is for: {@code null} as in the contract, else the account itself
   *     ({@link #CALLER}) or nobody ({@link #NO_USER})
   * @param requires an interaction that must have passed first, or {@code null}
   */
  private record Recipe(Cookie cookie, Group group, String user, String requires) {}

  private static final String CALLER = "the account itself";

  /** The first user the bans listing of {@code VRCHAT_GROUP} returned. */
  private static final String FIRST_BANNED = "the first banned user of the bans listing";

  /** What to do with one interaction: send this request, or skip it for this reason. */
  record Plan(HttpRequest request, String skipReason) {}

  private static final Map<String, Recipe> REPLAYED =
      Map.ofEntries(
          Map.entry(
              "an invite without an auth cookie",
              new Recipe(Cookie.NONE, Group.ONE_THAT_CANNOT_EXIST, NO_USER, null)),
          Map.entry(
              "a request for the pending invites of a group without an auth cookie",
              new Recipe(Cookie.NONE, Group.ONE_THAT_CANNOT_EXIST, NO_USER, null)),
          Map.entry(
              "a cancellation of a pending invite without an auth cookie",
              new Recipe(Cookie.NONE, Group.ONE_THAT_CANNOT_EXIST, NO_USER, null)),
          Map.entry(
              "a decline without an auth cookie",
              new Recipe(Cookie.NONE, Group.ONE_THAT_CANNOT_EXIST, NO_USER, null)),
          Map.entry(
              "an invite to a group that does not exist",
              new Recipe(
                  Cookie.SESSION, Group.ONE_THAT_CANNOT_EXIST, NO_USER, LISTING_OF_NO_GROUP)),
          Map.entry(
              LISTING_OF_NO_GROUP,
              new Recipe(Cookie.SESSION, Group.ONE_THAT_CANNOT_EXIST, null, null)),
          Map.entry(
              "a decline of an invite from a group that does not exist",
              new Recipe(Cookie.SESSION, Group.ONE_THAT_CANNOT_EXIST, null, LISTING_OF_NO_GROUP)),
          Map.entry(
              "a check of a valid session",
              new Recipe(Cookie.SESSION, Group.ONE_THAT_CANNOT_EXIST, null, null)),
          Map.entry(
              "a check of a session that is over",
              new Recipe(Cookie.CONTRACTS_MADE_UP_TOKEN, Group.ONE_THAT_CANNOT_EXIST, null, null)),
          Map.entry(LISTING, new Recipe(Cookie.SESSION, Group.MANAGED, null, null)),
          Map.entry(
              CALLER_INTO_OWN_GROUP, new Recipe(Cookie.SESSION, Group.MANAGED, CALLER, LISTING)),
          Map.entry(
              "a request for the pending invites of a group the caller is not a member of",
              new Recipe(Cookie.SESSION, Group.NOT_A_MEMBER_OF, null, null)),
          Map.entry(
              "a membership read without an auth cookie",
              new Recipe(Cookie.NONE, Group.ONE_THAT_CANNOT_EXIST, NO_USER, null)),
          Map.entry(
              "a membership read in a group that does not exist",
              new Recipe(Cookie.SESSION, Group.ONE_THAT_CANNOT_EXIST, NO_USER, null)),
          Map.entry(
              "a membership read by a caller outside the group",
              new Recipe(Cookie.SESSION, Group.NOT_A_MEMBER_OF, NO_USER, null)),
          // VRChat answers 200 with null for a user the group has no record of (issue 536).
          Map.entry(
              "a membership read of a user the group has no record of",
              new Recipe(Cookie.SESSION, Group.MANAGED, NO_USER, null)),
          Map.entry(
              "a request for the bans of a group without an auth cookie",
              new Recipe(Cookie.NONE, Group.ONE_THAT_CANNOT_EXIST, NO_USER, null)),
          Map.entry(
              "a request for the bans of a group that does not exist",
              new Recipe(Cookie.SESSION, Group.ONE_THAT_CANNOT_EXIST, null, null)),
          // The shape of a real ban (status, date, joinedAt null): VRCHAT_GROUP must ban someone.
          Map.entry(BANS, new Recipe(Cookie.SESSION, Group.MANAGED, null, null)),
          Map.entry(
              "a request for the join requests of a group without an auth cookie",
              new Recipe(Cookie.NONE, Group.ONE_THAT_CANNOT_EXIST, null, null)),
          Map.entry(
              "a request for the join requests of a group that does not exist",
              new Recipe(Cookie.SESSION, Group.ONE_THAT_CANNOT_EXIST, null, null)),
          Map.entry(
              "a request for the join requests by a caller outside the group",
              new Recipe(Cookie.SESSION, Group.NOT_A_MEMBER_OF, null, null)),
          // An empty page passes as such; a request in VRCHAT_GROUP is matched by shape.
          Map.entry(
              "a request for the join requests of a group with one",
              new Recipe(Cookie.SESSION, Group.MANAGED, null, null)),
          Map.entry(
              "a reject of a join request without an auth cookie",
              new Recipe(Cookie.NONE, Group.ONE_THAT_CANNOT_EXIST, NO_USER, null)),
          // Answering a request in the group that cannot exist changes nothing: 404.
          Map.entry(
              "a reject of a join request in a group that does not exist",
              new Recipe(
                  Cookie.SESSION, Group.ONE_THAT_CANNOT_EXIST, NO_USER, LISTING_OF_NO_GROUP)),
          Map.entry(
              "a request for the audit log of a group without an auth cookie",
              new Recipe(Cookie.NONE, Group.ONE_THAT_CANNOT_EXIST, null, null)),
          Map.entry(
              "a request for the audit log of a group that does not exist",
              new Recipe(Cookie.SESSION, Group.ONE_THAT_CANNOT_EXIST, null, null)),
          Map.entry(
              "a request for the audit log by a caller outside the group",
              new Recipe(Cookie.SESSION, Group.NOT_A_MEMBER_OF, null, null)),
          // The shape of a real entry: VRCHAT_GROUP's log must hold an invite.
          Map.entry(
              "a request for the invites in the audit log of a group",
              new Recipe(Cookie.SESSION, Group.MANAGED, null, null)),
          // What the ban-safe invite relies on: reading a banned user says banned.
          Map.entry(
              "a membership read of a user the group bans",
              new Recipe(Cookie.SESSION, Group.MANAGED, FIRST_BANNED, BANS)));

  private static final String A_LOGIN =
      "a login or its second factor: never replayed (each login opens a session the account has few"
          + " of, and is rate-limited hard)";

  private static final Map<String, String> SKIPPED =
      Map.ofEntries(
          Map.entry("an invite for a user who can be invited", "would send a real invite"),
          Map.entry(
              "an invite for a user who is already invited",
              "needs a pending invite, which only a real invite creates"),
          Map.entry(
              "an invite for a user the caller cannot invite",
              "needs a user known to refuse the account's invites; any other user would get a real"
                  + " invite"),
          Map.entry(
              "an invite while the caller is rate limited",
              "would have to exhaust the account's rate limit"),
          Map.entry(
              "an invite from an application the firewall blocks",
              "needs an application the firewall is known to block; if it were not blocked, the"
                  + " invite would be real"),
          Map.entry("a cancellation of a pending invite", "would withdraw a real invite"),
          Map.entry(
              "a cancellation of an invite that was never sent",
              "would withdraw a real invite if the user had one"),
          Map.entry("a decline of a pending invite", "would decline a real invite"),
          Map.entry(
              "a decline of an invite that was never sent",
              "would decline a real invite if the account had one"),
          Map.entry("a logout", "would end the session"),
          Map.entry(
              "a ban-safe invite, without the ban override, for a user who can be invited",
              "would send a real invite"),
          Map.entry(
              "a request for the blocked join requests of a group with none",
              "VRCHAT_GROUP's blocked requests are what they are"),
          Map.entry("an accept of a join request", "would let a real user in"),
          Map.entry(
              "an accept of a join request that does not exist",
              "would let the user in if they had asked"),
          Map.entry(
              "an accept of the join request of a user in too many groups",
              "needs a user in too many groups who asked to join"),
          Map.entry("a reject with a block of a join request", "would answer a real request"),
          Map.entry(
              "a reject of a join request that does not exist",
              "would answer a real request if the user had one"),
          Map.entry(
              "a membership read of a user who asked to join",
              "needs a user who asked to join VRCHAT_GROUP, which the table does not know"),
          Map.entry(
              "a membership read of a user in too many groups who asked to join",
              "needs a user in too many groups who asked to join"),
          Map.entry(
              "a request for the bans of a group that bans nobody",
              "VRCHAT_GROUP's bans are what they are: the one-ban listing is replayed instead"),
          Map.entry(
              "a membership read by a member whose role may not moderate",
              "needs an account whose role lacks the permission"),
          Map.entry(
              "a request for the bans by a member whose role may not moderate",
              "needs an account whose role lacks the permission"));

  /** The status of a listing that shows the requests depending on it can only be refused. */
  private static final Map<String, Integer> REQUIRED_STATUS =
      Map.of(LISTING, 200, LISTING_OF_NO_GROUP, 404, BANS, 200);

  private final LiveConfig config;
  private final HttpClient http = HttpClient.newHttpClient();
  private String callerId;
  private final Map<String, String> answers = new java.util.HashMap<>();

  LiveReplays(LiveConfig config) {
    this.config = config;
  }

  /** The body VRChat answered to a replay, for the replays that depend on it. */
  void answered(String description, String body) {
    answers.put(description, body);
  }

  /** The descriptions this table replays. */
  static Set<String> replayed() {
    return REPLAYED.keySet();
  }

  /**
   * Listings go first: an invite is only sent after a listing showed it can only be refused (the
   * nil group does not exist; the account is a member of {@code VRCHAT_GROUP}).
   */
  int order(RequestResponseInteraction interaction) {
    String description = interaction.getDescription();
    return description.equals(LISTING)
            || description.equals(LISTING_OF_NO_GROUP)
            || description.equals(BANS)
        ? 0
        : 1;
  }

  Plan plan(RequestResponseInteraction interaction, Map<String, Outcome> done)
      throws IOException, InterruptedException {
    String description = interaction.getDescription();
    Recipe recipe = REPLAYED.get(description);
    if (recipe == null) {
      String reason = SKIPPED.get(description);
      if (reason == null) {
        reason =
            interaction.getRequest().getPath().startsWith("/auth")
                ? A_LOGIN
                : "not judged safe to replay: add it to LiveReplays if it cannot change anything";
      }
      return new Plan(null, reason);
    }
    String group =
        switch (recipe.group()) {
          case ONE_THAT_CANNOT_EXIST -> NO_GROUP;
          case MANAGED -> config.group();
          case NOT_A_MEMBER_OF -> config.notMemberGroup();
        };
    if (group == null) {
      return new Plan(
          null,
          recipe.group() == Group.MANAGED
              ? "VRCHAT_GROUP is not set"
              : "VRCHAT_NOT_MEMBER_GROUP is not set");
    }
    if (recipe.requires() != null) {
      // The status is what shows it (404: no such group; 200: the account is a member), even
      // where the message differs from the contract's.
      Outcome first = done.get(recipe.requires());
      Integer shown = REQUIRED_STATUS.get(recipe.requires());
      if (first == null || first.status() == null || !first.status().equals(shown)) {
        return new Plan(
            null,
            "'"
                + recipe.requires()
                + "' did not answer "
                + shown
                + ", so nothing shows this request can only be refused");
      }
    }
    String body = interaction.getRequest().getBody().valueAsString();
    String user = null;
    if (FIRST_BANNED.equals(recipe.user())) {
      user = firstUserOf(answers.get(BANS));
      if (user == null) {
        return new Plan(null, "'" + BANS + "' returned no banned user of VRCHAT_GROUP");
      }
    } else if (recipe.user() != null) {
      user = recipe.user().equals(CALLER) ? callerId() : recipe.user();
      if (user == null) {
        return new Plan(null, "the account's user ID is unknown (set VRCHAT_USER_ID)");
      }
    }
    if (user != null && body != null && !body.isEmpty()) {
      ObjectNode request = (ObjectNode) JSON.readTree(body);
      if (request.has("userId")) {
        request.put("userId", user);
        body = JSON.writeValueAsString(request);
      }
    }
    return new Plan(request(interaction.getRequest(), recipe.cookie(), group, user, body), null);
  }

  /** The contract's request for {@code group} and, in its path, {@code user} (if not null). */
  private HttpRequest request(
      Request contract, Cookie cookie, String group, String user, String body) {
    String path = contract.getPath().replace(ContractFixtures.GROUP_ID, group);
    if (user != null) {
      path = path.replace(ContractFixtures.USER_ID, user);
    }
    String query =
        contract.getQuery().entrySet().stream()
            .flatMap(
                e ->
                    e.getValue().stream()
                        .map(
                            v ->
                                LiveContractCheck.urlEncode(e.getKey())
                                    + "="
                                    + LiveContractCheck.urlEncode(v)))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(LiveContractCheck.uri(config.baseUrl(), path, query))
            .timeout(Duration.ofSeconds(30))
            .method(
                contract.getMethod(),
                body == null || body.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    contract
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!Set.of("cookie", "user-agent", "content-length", "host")
                  .contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
              }
            });
    request.header("User-Agent", config.userAgent());
    switch (cookie) {
      case SESSION -> request.header("Cookie", "auth=" + config.auth());
      case CONTRACTS_MADE_UP_TOKEN ->
          contract
              .getHeaders()
              .getOrDefault("Cookie", List.of())
              .forEach(v -> request.header("Cookie", v));
      case NONE -> {}
    }
    return request.build();
  }

  /** The {@code userId} of the first item of a listing's answer, or {@code null}. */
  private static String firstUserOf(String listing) {
    try {
      JsonNode id = listing == null ? null : JSON.readTree(listing).path(0).path("userId");
      return id != null && id.isTextual() ? id.textValue() : null;
    } catch (IOException notJson) {
      return null;
    }
  }

  /** The account's user ID: {@code VRCHAT_USER_ID}, else what {@code GET /auth/user} says. */
  private String callerId() throws IOException, InterruptedException {
    if (callerId == null) {
      callerId = config.userId();
    }
    if (callerId == null) {
      // With the session cookie and no Authorization header this reads the current user; it
      // cannot log in.
      HttpResponse<String> me =
          http.send(
              HttpRequest.newBuilder(LiveContractCheck.uri(config.baseUrl(), "/auth/user", null))
                  .timeout(Duration.ofSeconds(30))
                  .header("User-Agent", config.userAgent())
                  .header("Cookie", "auth=" + config.auth())
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode id = me.statusCode() == 200 ? JSON.readTree(me.body()).get("id") : null;
      callerId = id != null && id.isTextual() ? id.textValue() : null;
    }
    return callerId;
  }
}
