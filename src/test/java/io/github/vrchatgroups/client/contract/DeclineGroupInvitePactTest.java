package io.github.vrchatgroups.client.contract;

import static io.github.vrchatgroups.client.contract.PactInteractions.GROUP;
import static io.github.vrchatgroups.client.contract.PactInteractions.GROUP_NOT_FOUND;
import static io.github.vrchatgroups.client.contract.PactInteractions.MISSING_CREDENTIALS;
import static io.github.vrchatgroups.client.contract.PactInteractions.assertFailure;
import static io.github.vrchatgroups.client.contract.PactInteractions.client;
import static io.github.vrchatgroups.client.contract.PactInteractions.identified;
import static io.github.vrchatgroups.client.contract.PactInteractions.loggedInAsCaller;
import static io.github.vrchatgroups.client.contract.PactInteractions.rejected;
import static io.github.vrchatgroups.client.contract.PactInteractions.withAuthCookie;
import static org.assertj.core.api.Assertions.assertThatCode;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.vrchatgroups.client.errors.GroupNotFoundException;
import io.github.vrchatgroups.client.errors.NotInvitedException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The consumer side of "Decline Invite from Group": one interaction per documented response. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFixtures.PROVIDER, pactVersion = PactSpecVersion.V4)
class DeclineGroupInvitePactTest {
  private static final Map<String, Object> CALLER_AND_GROUP =
      Map.of("callerId", ContractFixtures.CALLER_ID, "groupId", GROUP);
  private static final String NOT_INVITED =
      "You can't decline an invite that wasn't sent to you\u2024";

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact declineOfAPendingInvite(PactDslWithProvider builder) {
    return decline(
            loggedInAsCaller(builder)
                .given(
                    "user {callerId} has a pending invite from group {groupId}", CALLER_AND_GROUP)
                .uponReceiving("a decline of a pending invite"))
        .willRespondWith()
        .status(200)
        .headers(Map.of("Content-Type", "application/json"))
        .body(
            new PactDslJsonBody()
                .object("success")
                .stringValue("message", "Invite declined.")
                .numberValue("status_code", 200)
                .closeObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "declineOfAPendingInvite")
  void decliningAPendingInviteSucceeds(MockServer server) {
    assertThatCode(() -> client(server, true).declineInvite(GROUP)).doesNotThrowAnyException();
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact declineWithoutAnInvite(PactDslWithProvider builder) {
    return rejected(
        decline(
                loggedInAsCaller(builder)
                    .given(
                        "group {groupId} exists and has not invited user {callerId}",
                        CALLER_AND_GROUP)
                    .uponReceiving("a decline of an invite that was never sent"))
            .willRespondWith(),
        400,
        null,
        NOT_INVITED);
  }

  @Test
  @PactTestFor(pactMethod = "declineWithoutAnInvite")
  void decliningAnInviteThatWasNeverSentFailsWithBadRequest(MockServer server) {
    assertFailure(
        () -> client(server, true).declineInvite(GROUP),
        NotInvitedException.class,
        400,
        NOT_INVITED);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact declineWithoutAuthCookie(PactDslWithProvider builder) {
    return rejected(
        identified(
                builder
                    .given("group {groupId} exists", Map.of("groupId", GROUP))
                    .uponReceiving("a decline without an auth cookie")
                    .method("PUT")
                    .path(invitesPath()))
            .headers("Content-Type", "application/json")
            .body(declineBody())
            .willRespondWith(),
        401,
        null,
        MISSING_CREDENTIALS);
  }

  @Test
  @PactTestFor(pactMethod = "declineWithoutAuthCookie")
  void decliningWithoutAuthCookieFailsWithUnauthorized(MockServer server) {
    assertFailure(
        () -> client(server, false).declineInvite(GROUP),
        UnauthorizedException.class,
        401,
        MISSING_CREDENTIALS);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact declineFromAMissingGroup(PactDslWithProvider builder) {
    return rejected(
        decline(
                loggedInAsCaller(builder)
                    .given("group {groupId} does not exist", Map.of("groupId", GROUP))
                    .uponReceiving("a decline of an invite from a group that does not exist"))
            .willRespondWith(),
        404,
        null,
        GROUP_NOT_FOUND);
  }

  @Test
  @PactTestFor(pactMethod = "declineFromAMissingGroup")
  void decliningFromAMissingGroupFailsWithNotFound(MockServer server) {
    assertFailure(
        () -> client(server, true).declineInvite(GROUP),
        GroupNotFoundException.class,
        404,
        GROUP_NOT_FOUND);
  }

  private static PactDslRequestWithPath decline(PactDslRequestWithoutPath request) {
    return withAuthCookie(request.method("PUT").path(invitesPath()))
        .headers("Content-Type", "application/json")
        .body(declineBody());
  }

  private static PactDslJsonBody declineBody() {
    return new PactDslJsonBody().booleanType("block", false);
  }

  private static String invitesPath() {
    return "/groups/" + GROUP + "/invites";
  }
}
