package io.github.vrchatgroups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.core.model.V4Pact;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.time.Instant;
import java.util.Map;
import java.util.TimeZone;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The pieces every consumer test of the contract shares: states, the auth cookie, the error
 * envelope.
 */
final class PactInteractions {
  static final String GROUP = ContractFixtures.GROUP_ID;
  static final String USER = ContractFixtures.USER_ID;
  static final String USER_ID_REGEX =
      "usr_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9]+";

  /**
   * The firewall's rule for a User-Agent, "application name, version and contact information":
   * {@code AppName/version}, then an e-mail address or an http(s) URL after a space. The SDK
   * appends its own product token.
   */
  static final String USER_AGENT_REGEX =
      "[!-~]+/[!-~]+ [ -~]*([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}|https?://[!-~]+)[ -~]*";

  /**
   * The SDK's own product token, at a fixed version so the contract does not change per release.
   */
  static final String SDK_TOKEN = " vrchat-groups-client/0.1.0";

  // VRChat's messages, byte for byte: U+2024 ONE DOT LEADER and U+01C3 LATIN LETTER RETROFLEX CLICK
  // included.
  static final String MISSING_CREDENTIALS = "\"Missing Credentials\"";
  static final String GROUP_NOT_FOUND = "Can't find group\u01C3";

  /** When the contract's banned user was banned. */
  static final Instant BANNED_AT = Instant.parse("2026-11-21T09:15:00.000Z");

  private PactInteractions() {}

  /**
   * The membership read of the contract's user in a group that has no record of them: VRChat
   * answers 200 with a JSON null, not 404 (vrchatapi/specification issue 536).
   */
  static PactDslResponse noRecordRead(PactDslWithProvider builder) {
    return withAuthCookie(
            loggedIn(builder)
                .given(
                    "group {groupId} exists and has no record of user {userId}",
                    Map.of("groupId", GROUP, "userId", USER))
                .uponReceiving("a membership read of a user the group has no record of")
                .method("GET")
                .path("/groups/" + GROUP + "/members/" + USER))
        .willRespondWith()
        .status(200)
        .headers(Map.of("Content-Type", "application/json"))
        .body("null", "application/json");
  }

  /** The membership record of a user who asked to join: status {@code requested}, no dates. */
  static PactDslJsonBody requestingMember(PactDslJsonBody member) {
    return memberRecord(member, "requested");
  }

  /**
   * The fields of a membership record of the contract's user, matched by shape (the live check
   * reads records of the account's own group): no roles, no dates of joining or reading yet.
   */
  private static PactDslJsonBody memberRecord(PactDslJsonBody member, String status) {
    return member
        .stringMatcher(
            "id",
            "gmem_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            "gmem_95cdb3b4-4643-4eb6-bdab-46a4e1e5ce37")
        .stringMatcher(
            "groupId", "grp_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", GROUP)
        .stringMatcher("userId", USER_ID_REGEX, USER)
        .booleanType("isRepresenting", false)
        .booleanType("isSubscribedToAnnouncements", false)
        .nullValue("joinedAt")
        .nullValue("lastPostReadAt")
        .minArrayLike("roleIds", 0, roleId(), 0)
        .minArrayLike("mRoleIds", 0, roleId(), 0)
        .stringValue("membershipStatus", status)
        .stringType("visibility", "visible");
  }

  private static PactDslJsonRootValue roleId() {
    return PactDslJsonRootValue.stringType("grol_00000000-0000-0000-0000-000000000000");
  }

  /** A GET of one page ({@code n}, {@code offset}) of a listing, with the auth cookie. */
  static PactDslRequestWithPath pagedGet(PactDslRequestWithoutPath request, String path) {
    return withAuthCookie(request.method("GET").path(path))
        .matchQuery("n", "\\d+", "100")
        .matchQuery("offset", "\\d+", "0");
  }

  /** The User-Agent a verifier sends: the contract tests' own, with the SDK's token. */
  static String userAgent() {
    return ContractFixtures.USER_AGENT + SDK_TOKEN;
  }

  /**
   * The fields of a banned user's membership record, as reading a member and the bans list answer
   * it: status {@code banned}, a ban date, {@code joinedAt} null (vrchatapi/specification pull
   * request 289).
   */
  static PactDslJsonBody bannedMember(PactDslJsonBody member) {
    return memberRecord(member, "banned")
        .datetime("bannedAt", "yyyy-MM-dd'T'HH:mm:ss.SSSX", BANNED_AT, TimeZone.getTimeZone("UTC"));
  }

  /** The caller's session, for calls that do not depend on who the caller is. */
  static PactDslWithState loggedIn(PactDslWithProvider builder) {
    return builder.given(
        ContractFixtures.LOGGED_IN, Map.of("authToken", ContractFixtures.AUTH_TOKEN));
  }

  /**
   * The session of user {@link ContractFixtures#CALLER_ID}, for calls that depend on who the caller
   * is.
   */
  static PactDslWithState loggedInAsCaller(PactDslWithProvider builder) {
    return builder.given(
        ContractFixtures.LOGGED_IN_AS,
        Map.of("authToken", ContractFixtures.AUTH_TOKEN, "callerId", ContractFixtures.CALLER_ID));
  }

  /**
   * The User-Agent VRChat's firewall requires, {@code AppName/version contact}, matched by shape:
   * every request of the SDK carries one, and a provider must see one to answer anything but 403.
   */
  static PactDslRequestWithPath identified(PactDslRequestWithPath request) {
    return identifiedAs(request, USER_AGENT_REGEX, ContractFixtures.USER_AGENT + SDK_TOKEN);
  }

  /** A User-Agent matching {@code regex}, with {@code example} as the value a verifier sends. */
  static PactDslRequestWithPath identifiedAs(
      PactDslRequestWithPath request, String regex, String example) {
    return request.matchHeader("User-Agent", regex, example);
  }

  /**
   * The auth cookie, matched by shape: a made-up token, never a real one; and the User-Agent (see
   * {@link #identified}).
   */
  static PactDslRequestWithPath withAuthCookie(PactDslRequestWithPath request) {
    return identified(request)
        .matchHeader("Cookie", "auth=authcookie_[0-9a-f-]+", "auth=" + ContractFixtures.AUTH_TOKEN);
  }

  /**
   * The API's answer in its error envelope; the message is exact unless a regex lets the provider
   * fill in a name.
   */
  static V4Pact rejected(
      PactDslResponse response, int status, String messageRegex, String message) {
    return response
        .status(status)
        .headers(Map.of("Content-Type", "application/json"))
        .body(errorBody(status, messageRegex, message))
        .toPact(V4Pact.class);
  }

  private static DslPart errorBody(int status, String messageRegex, String message) {
    PactDslJsonBody error = new PactDslJsonBody().object("error");
    error =
        messageRegex == null
            ? error.stringValue("message", message)
            : error.stringMatcher("message", messageRegex, message);
    return error.numberValue("status_code", status).closeObject();
  }

  /** The real facade pointed at the mock server's root, without retries. */
  static VrchatGroupsClient client(MockServer server, boolean withAuthCookie) {
    VrchatGroupsClient.Builder builder =
        VrchatGroupsClient.builder()
            .baseUrl(server.getUrl())
            .userAgent(ContractFixtures.USER_AGENT)
            .maxRetries(0);
    if (withAuthCookie) {
      builder.authCookie(ContractFixtures.AUTH_TOKEN);
    }
    return builder.build();
  }

  /**
   * The call fails with exactly this exception type, status and server message, on its first
   * attempt.
   */
  static <E extends VrchatApiException> void assertFailure(
      ThrowingCallable call, Class<E> type, int status, String message) {
    E failure = catchThrowableOfType(type, call);
    assertThat(failure).as("expected %s", type.getSimpleName()).isNotNull();
    assertThat(failure).isExactlyInstanceOf(type);
    assertThat(failure.getStatusCode()).isEqualTo(status);
    assertThat(failure.getServerMessage()).contains(message);
    assertThat(failure.getAttempts()).isEqualTo(1);
  }
}
