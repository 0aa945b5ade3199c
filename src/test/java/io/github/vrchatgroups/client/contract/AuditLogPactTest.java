package io.github.vrchatgroups.client.contract;

import static io.github.vrchatgroups.client.contract.PactInteractions.GROUP;
import static io.github.vrchatgroups.client.contract.PactInteractions.GROUP_NOT_FOUND;
import static io.github.vrchatgroups.client.contract.PactInteractions.MISSING_CREDENTIALS;
import static io.github.vrchatgroups.client.contract.PactInteractions.USER;
import static io.github.vrchatgroups.client.contract.PactInteractions.USER_ID_REGEX;
import static io.github.vrchatgroups.client.contract.PactInteractions.assertFailure;
import static io.github.vrchatgroups.client.contract.PactInteractions.client;
import static io.github.vrchatgroups.client.contract.PactInteractions.identified;
import static io.github.vrchatgroups.client.contract.PactInteractions.loggedIn;
import static io.github.vrchatgroups.client.contract.PactInteractions.loggedInAsCaller;
import static io.github.vrchatgroups.client.contract.PactInteractions.rejected;
import static org.assertj.core.api.Assertions.assertThat;

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
import io.github.vrchatgroups.client.AuditLogEntry;
import io.github.vrchatgroups.client.AuditLogQuery;
import io.github.vrchatgroups.client.errors.GroupNotFoundException;
import io.github.vrchatgroups.client.errors.NotGroupMemberException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import java.time.Instant;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The consumer side of "Get Group Audit Logs": one interaction per documented response. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractFixtures.PROVIDER, pactVersion = PactSpecVersion.V4)
class AuditLogPactTest {
  private static final Instant AT = Instant.parse("2026-11-20T18:30:00.123Z");
  private static final String NOT_A_MEMBER = "You're not a member\u2024";
  private static final AuditLogQuery INVITES =
      AuditLogQuery.all().eventTypes(AuditLogEntry.INVITE_CREATED);

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact invitesInTheAuditLog(PactDslWithProvider builder) {
    PactDslJsonBody page =
        new PactDslJsonBody().integerType("totalCount", 1).booleanType("hasNext", false);
    page.minArrayLike("results", 1)
        .stringMatcher(
            "id",
            "gaud_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            "gaud_5c7f8a2e-0000-4000-8000-000000000001")
        .datetime("created_at", "yyyy-MM-dd'T'HH:mm:ss.SSSX", AT, TimeZone.getTimeZone("UTC"))
        .stringMatcher("targetId", USER_ID_REGEX, USER)
        .stringValue("eventType", AuditLogEntry.INVITE_CREATED)
        .closeObject()
        .closeArray();
    return read(loggedIn(builder)
            .given(
                "group {groupId} invited user {userId}, in its audit log",
                Map.of("groupId", GROUP, "userId", USER))
            .uponReceiving("a request for the invites in the audit log of a group"))
        .willRespondWith()
        .status(200)
        .headers(Map.of("Content-Type", "application/json"))
        .body(page)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "invitesInTheAuditLog")
  void theAuditLogStreamsEachEntryWithItsTypeTargetAndDate(MockServer server) {
    assertThat(client(server, true).streamAuditLog(GROUP, INVITES).toList())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.eventType()).isEqualTo(AuditLogEntry.INVITE_CREATED);
              assertThat(entry.targetId()).isEqualTo(USER);
              assertThat(entry.createdAt()).isEqualTo(AT);
              assertThat(entry.groupId()).isEqualTo(GROUP);
            });
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact auditLogWithoutAuthCookie(PactDslWithProvider builder) {
    return rejected(
        query(
                identified(
                    builder
                        .given("group {groupId} exists", Map.of("groupId", GROUP))
                        .uponReceiving(
                            "a request for the audit log of a group without an auth cookie")
                        .method("GET")
                        .path(auditLogPath())))
            .willRespondWith(),
        401,
        null,
        MISSING_CREDENTIALS);
  }

  @Test
  @PactTestFor(pactMethod = "auditLogWithoutAuthCookie")
  void readingTheAuditLogWithoutAuthCookieFailsWithUnauthorized(MockServer server) {
    assertFailure(
        () -> client(server, false).streamAuditLog(GROUP, INVITES).toList(),
        UnauthorizedException.class,
        401,
        MISSING_CREDENTIALS);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact auditLogByANonMember(PactDslWithProvider builder) {
    return rejected(
        read(loggedInAsCaller(builder)
                .given(
                    "user {callerId} is not a member of group {groupId}",
                    Map.of("callerId", ContractFixtures.CALLER_ID, "groupId", GROUP))
                .uponReceiving("a request for the audit log by a caller outside the group"))
            .willRespondWith(),
        403,
        null,
        NOT_A_MEMBER);
  }

  @Test
  @PactTestFor(pactMethod = "auditLogByANonMember")
  void readingTheAuditLogAsANonMemberFailsWithNotGroupMember(MockServer server) {
    assertFailure(
        () -> client(server, true).streamAuditLog(GROUP, INVITES).toList(),
        NotGroupMemberException.class,
        403,
        NOT_A_MEMBER);
  }

  @Pact(consumer = ContractFixtures.CONSUMER)
  V4Pact auditLogOfAMissingGroup(PactDslWithProvider builder) {
    return rejected(
        read(loggedIn(builder)
                .given("group {groupId} does not exist", Map.of("groupId", GROUP))
                .uponReceiving("a request for the audit log of a group that does not exist"))
            .willRespondWith(),
        404,
        null,
        GROUP_NOT_FOUND);
  }

  @Test
  @PactTestFor(pactMethod = "auditLogOfAMissingGroup")
  void readingTheAuditLogOfAMissingGroupFailsWithGroupNotFound(MockServer server) {
    assertFailure(
        () -> client(server, true).streamAuditLog(GROUP, INVITES).toList(),
        GroupNotFoundException.class,
        404,
        GROUP_NOT_FOUND);
  }

  private static PactDslRequestWithPath read(PactDslRequestWithoutPath request) {
    return query(PactInteractions.withAuthCookie(request.method("GET").path(auditLogPath())));
  }

  private static PactDslRequestWithPath query(PactDslRequestWithPath request) {
    return request
        .matchQuery("n", "\\d+", "100")
        .matchQuery("offset", "\\d+", "0")
        .matchQuery("eventTypes", "[a-z.,]+", AuditLogEntry.INVITE_CREATED);
  }

  private static String auditLogPath() {
    return "/groups/" + GROUP + "/auditLogs";
  }
}
