package io.github.vrchatgroups.client.contract;

import static io.github.vrchatgroups.client.contract.PactInteractions.GROUP;
import static io.github.vrchatgroups.client.contract.PactInteractions.MISSING_CREDENTIALS;
import static io.github.vrchatgroups.client.contract.PactInteractions.USER;
import static io.github.vrchatgroups.client.contract.PactInteractions.assertFailure;
import static io.github.vrchatgroups.client.contract.PactInteractions.client;
import static io.github.vrchatgroups.client.contract.PactInteractions.identified;
import static io.github.vrchatgroups.client.contract.PactInteractions.loggedIn;
import static io.github.vrchatgroups.client.contract.PactInteractions.rejected;
import static io.github.vrchatgroups.client.contract.PactInteractions.withAuthCookie;
import static org.assertj.core.api.Assertions.assertThatCode;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.vrchatgroups.client.errors.NotInvitedException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The consumer side of "Delete User Invite": one interaction per documented response. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFixtures.PROVIDER, pactVersion = PactSpecVersion.V4)
class CancelGroupInvitePactTest {
  private static final Map<String, Object> GROUP_AND_USER =
      Map.of("groupId", GROUP, "userId", USER);
  private static final String NOT_INVITED = "You can't uninvite a user who wasn't invited\u2024";

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact cancelOfAPendingInvite(PactDslWithProvider builder) {
    return cancel(
            loggedIn(builder)
                .given("an invite from group {groupId} to user {userId} is pending", GROUP_AND_USER)
                .uponReceiving("a cancellation of a pending invite"))
        .willRespondWith()
        .status(200)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "cancelOfAPendingInvite")
  void cancellingAPendingInviteSucceeds(MockServer server) {
    assertThatCode(() -> client(server, true).cancelInvite(GROUP, USER)).doesNotThrowAnyException();
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact cancelWithoutAPendingInvite(PactDslWithProvider builder) {
    return rejected(
        cancel(
                loggedIn(builder)
                    .given("group {groupId} has no pending invite to user {userId}", GROUP_AND_USER)
                    .uponReceiving("a cancellation of an invite that was never sent"))
            .willRespondWith(),
        400,
        null,
        NOT_INVITED);
  }

  @Test
  @PactTestFor(pactMethod = "cancelWithoutAPendingInvite")
  void cancellingAnInviteThatWasNeverSentFailsWithBadRequest(MockServer server) {
    assertFailure(
        () -> client(server, true).cancelInvite(GROUP, USER),
        NotInvitedException.class,
        400,
        NOT_INVITED);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact cancelWithoutAuthCookie(PactDslWithProvider builder) {
    return rejected(
        identified(
                builder
                    .given(
                        "an invite from group {groupId} to user {userId} is pending",
                        GROUP_AND_USER)
                    .uponReceiving("a cancellation of a pending invite without an auth cookie")
                    .method("DELETE")
                    .path(invitePath()))
            .willRespondWith(),
        401,
        null,
        MISSING_CREDENTIALS);
  }

  @Test
  @PactTestFor(pactMethod = "cancelWithoutAuthCookie")
  void cancellingWithoutAuthCookieFailsWithUnauthorized(MockServer server) {
    assertFailure(
        () -> client(server, false).cancelInvite(GROUP, USER),
        UnauthorizedException.class,
        401,
        MISSING_CREDENTIALS);
  }

  private static PactDslRequestWithPath cancel(PactDslRequestWithoutPath request) {
    return withAuthCookie(request.method("DELETE").path(invitePath()));
  }

  private static String invitePath() {
    return "/groups/" + GROUP + "/invites/" + USER;
  }
}
