package io.github.vrchatgroups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.errors.BadRequestException;
import io.github.vrchatgroups.client.errors.ForbiddenException;
import io.github.vrchatgroups.client.errors.NotFoundException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consumer side of the contract for "Invite User to Group": one interaction per documented response,
 * each driving the real facade against Pact's mock server. The contract is written to {@code target/pacts}
 * and compared with the committed {@code pact/} by {@code CommittedContractIsCurrentIT}.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFixtures.PROVIDER, pactVersion = PactSpecVersion.V4)
class InviteUserToGroupPactTest {
  private static final String GROUP = ContractFixtures.GROUP_ID;
  private static final String USER = ContractFixtures.USER_ID;
  private static final Map<String, Object> GROUP_AND_USER = Map.of("groupId", GROUP, "userId", USER);

  // U+2024 ONE DOT LEADER and U+01C3 LATIN LETTER RETROFLEX CLICK, as VRChat sends them.
  private static final String CANNOT_INVITE = "You can't invite that user\u2024";
  private static final String GROUP_NOT_FOUND = "Can't find group\u01C3";
  private static final String MISSING_CREDENTIALS = "\"Missing Credentials\"";
  private static final String ALREADY_MEMBER = "User <displayName> is already a member of this group.";
  private static final String ALREADY_INVITED = "User <displayName> is already invited.";

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact inviteForInvitableUser(PactDslWithProvider builder) {
    return invite(loggedIn(builder)
            .given("group {groupId} exists and user {userId} can be invited", GROUP_AND_USER)
            .uponReceiving("an invite for a user who can be invited"))
        .willRespondWith()
        .status(200)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "inviteForInvitableUser")
  void invitingAnInvitableUserSucceeds(MockServer server) {
    assertThatCode(() -> client(server, true).inviteUser(GROUP, USER)).doesNotThrowAnyException();
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact inviteForMember(PactDslWithProvider builder) {
    return rejected(invite(loggedIn(builder)
            .given("user {userId} is already a member of group {groupId}", GROUP_AND_USER)
            .uponReceiving("an invite for a user who is already a member"))
        .willRespondWith(), 400, "User .+ is already a member of this group\\.", ALREADY_MEMBER);
  }

  @Test
  @PactTestFor(pactMethod = "inviteForMember")
  void invitingAMemberFailsWithBadRequest(MockServer server) {
    assertFailure(server, true, BadRequestException.class, 400, ALREADY_MEMBER);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact inviteForAlreadyInvitedUser(PactDslWithProvider builder) {
    return rejected(invite(loggedIn(builder)
            .given("an invite from group {groupId} to user {userId} is pending", GROUP_AND_USER)
            .uponReceiving("an invite for a user who is already invited"))
        .willRespondWith(), 400, "User .+ is already invited\\.", ALREADY_INVITED);
  }

  @Test
  @PactTestFor(pactMethod = "inviteForAlreadyInvitedUser")
  void invitingAnAlreadyInvitedUserFailsWithBadRequest(MockServer server) {
    assertFailure(server, true, BadRequestException.class, 400, ALREADY_INVITED);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact inviteWithoutAuthCookie(PactDslWithProvider builder) {
    return rejected(builder
        .given("group {groupId} exists and user {userId} can be invited", GROUP_AND_USER)
        .uponReceiving("an invite without an auth cookie")
        .method("POST")
        .path(invitesPath())
        .headers("Content-Type", "application/json")
        .body(inviteBody())
        .willRespondWith(), 401, null, MISSING_CREDENTIALS);
  }

  @Test
  @PactTestFor(pactMethod = "inviteWithoutAuthCookie")
  void invitingWithoutAuthCookieFailsWithUnauthorized(MockServer server) {
    assertFailure(server, false, UnauthorizedException.class, 401, MISSING_CREDENTIALS);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact inviteForUninvitableUser(PactDslWithProvider builder) {
    return rejected(invite(loggedIn(builder)
            .given("user {userId} cannot be invited to group {groupId} by the caller", GROUP_AND_USER)
            .uponReceiving("an invite for a user the caller cannot invite"))
        .willRespondWith(), 403, null, CANNOT_INVITE);
  }

  @Test
  @PactTestFor(pactMethod = "inviteForUninvitableUser")
  void invitingAnUninvitableUserFailsWithForbidden(MockServer server) {
    assertFailure(server, true, ForbiddenException.class, 403, CANNOT_INVITE);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact inviteToMissingGroup(PactDslWithProvider builder) {
    return rejected(invite(loggedIn(builder)
            .given("group {groupId} does not exist", Map.of("groupId", GROUP))
            .uponReceiving("an invite to a group that does not exist"))
        .willRespondWith(), 404, null, GROUP_NOT_FOUND);
  }

  @Test
  @PactTestFor(pactMethod = "inviteToMissingGroup")
  void invitingToAMissingGroupFailsWithNotFound(MockServer server) {
    assertFailure(server, true, NotFoundException.class, 404, GROUP_NOT_FOUND);
  }

  private static PactDslWithState loggedIn(PactDslWithProvider builder) {
    return builder.given(ContractFixtures.LOGGED_IN, Map.of("authToken", ContractFixtures.AUTH_TOKEN));
  }

  /** The API's answer with its error envelope; the message is exact unless a regex lets the provider fill in a name. */
  private static V4Pact rejected(PactDslResponse response, int status, String messageRegex, String message) {
    return response.status(status).headers(Map.of("Content-Type", "application/json"))
        .body(errorBody(status, messageRegex, message)).toPact(V4Pact.class);
  }

  private static PactDslRequestWithPath invite(au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath request) {
    return request
        .method("POST")
        .path(invitesPath())
        .matchHeader("Cookie", "auth=authcookie_[0-9a-f-]+", "auth=" + ContractFixtures.AUTH_TOKEN)
        .headers("Content-Type", "application/json")
        .body(inviteBody());
  }

  private static String invitesPath() {
    return "/groups/" + GROUP + "/invites";
  }

  private static PactDslJsonBody inviteBody() {
    return new PactDslJsonBody()
        .stringMatcher("userId", "usr_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9]+", USER)
        .booleanType("confirmOverrideBlock", true);
  }

  private static DslPart errorBody(int status, String messageRegex, String message) {
    PactDslJsonBody error = new PactDslJsonBody().object("error");
    error = messageRegex == null ? error.stringValue("message", message) : error.stringMatcher("message", messageRegex, message);
    return error.numberValue("status_code", status).closeObject();
  }

  private static VrchatGroupsClient client(MockServer server, boolean withAuthCookie) {
    VrchatGroupsClient.Builder builder =
        VrchatGroupsClient.builder().baseUrl(server.getUrl()).userAgent(ContractFixtures.USER_AGENT).maxRetries(0);
    if (withAuthCookie) {
      builder.authCookie(ContractFixtures.AUTH_TOKEN);
    }
    return builder.build();
  }

  private static <E extends VrchatApiException> void assertFailure(
      MockServer server, boolean withAuthCookie, Class<E> type, int status, String message) {
    E failure = catchThrowableOfType(type, () -> client(server, withAuthCookie).inviteUser(GROUP, USER));
    assertThat(failure).isNotNull();
    assertThat(failure.getStatusCode()).isEqualTo(status);
    assertThat(failure.getServerMessage()).contains(message);
    assertThat(failure.getAttempts()).isEqualTo(1);
  }
}
