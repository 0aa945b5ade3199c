package io.github.vrchatgroups.client.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.errors.ApiConnectionException;
import io.github.vrchatgroups.client.errors.FirewallBlockedException;
import io.github.vrchatgroups.client.errors.ServerErrorException;
import io.github.vrchatgroups.client.sandbox.SandboxFault.ConnectionFault;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults on demand, in-process, and the SDK's own retry rules against each of them: what a bot's
 * test can now reproduce without a fault server of its own.
 */
class SandboxFaultsTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
  private static final String TOKEN = "authcookie_f4ults";
  private static final String CALLER = "usr_00000000-0000-4000-8000-0000000000c0";

  private VrchatSandbox sandbox;
  private VrchatGroupsClient client;
  private final List<Integer> retried = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    sandbox =
        VrchatSandbox.start()
            .acceptAuthToken(TOKEN, CALLER)
            .addMember(GROUP, CALLER)
            .addUser(USER, "Tupper");
    client =
        VrchatGroupsClient.builder()
            .baseUrl(sandbox.url())
            .authCookie(TOKEN)
            .userAgent("FaultTest/1.0 faults@example.invalid")
            .readTimeout(Duration.ofMillis(500))
            .retryPolicy(
                RetryPolicy.builder()
                    .maxRetries(3)
                    .minBackoff(Duration.ofMillis(1))
                    .maxBackoff(Duration.ofMillis(2))
                    .build())
            .retryListener((failure, attempt, wait) -> retried.add(failure.getStatusCode()))
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    sandbox.close();
  }

  private long requestsOf(String method) {
    return sandbox.requests().stream().filter(r -> r.method().equals(method)).count();
  }

  @Test
  void twoRateLimitsThenTheInviteGoesThroughOnTheThirdAttempt() {
    sandbox.injectFault(SandboxOperation.INVITE, 2, SandboxFault.answer(429));

    client.inviteUserLiftingBan(GROUP, USER);

    assertThat(retried).containsExactly(429, 429);
    assertThat(sandbox.pendingInvites(GROUP)).containsExactly(USER);
    assertThat(sandbox.requests())
        .extracting(SandboxRequest::status)
        .containsExactly(429, 429, 200);
  }

  @Test
  void anInviteIsNeverSentAgainAfterAResetThatFollowedTheRequest() {
    sandbox.injectFault(SandboxOperation.INVITE, 1, SandboxFault.connection(ConnectionFault.RESET));

    ApiConnectionException failure =
        catchThrowableOfType(
            ApiConnectionException.class, () -> client.inviteUserLiftingBan(GROUP, USER));

    assertThat(failure.requestMayHaveBeenSent()).isTrue();
    assertThat(requestsOf("POST")).isOne();
    assertThat(sandbox.requests().get(0).status()).isZero();
  }

  @Test
  void aListingIsRetriedAfterA503AndAfterACutBody() {
    sandbox
        .addPendingInvite(GROUP, USER)
        .injectFault(SandboxOperation.LIST, 1, SandboxFault.answer(503))
        .injectFault(SandboxOperation.LIST, 1, SandboxFault.connection(ConnectionFault.TRUNCATE));

    assertThat(client.listInvites(GROUP)).hasSize(1);

    assertThat(requestsOf("GET")).isEqualTo(3);
  }

  @Test
  void aStalledInviteEndsAtTheReadTimeoutAndIsNotSentAgain() {
    sandbox.injectFault(SandboxOperation.INVITE, 1, SandboxFault.connection(ConnectionFault.STALL));

    ApiConnectionException failure =
        catchThrowableOfType(
            ApiConnectionException.class, () -> client.inviteUserLiftingBan(GROUP, USER));

    assertThat(failure.requestMayHaveBeenSent()).isTrue();
    assertThat(failure).hasRootCauseInstanceOf(SocketTimeoutException.class);
    sandbox.reset();
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void aResetReleasesAStalledRequestWhoseConnectionThenDrops() throws Exception {
    sandbox.injectFault(SandboxOperation.INVITE, 1, SandboxFault.connection(ConnectionFault.STALL));
    try (VrchatGroupsClient patient = patientClientOf(sandbox)) {
      CompletableFuture<Throwable> invite = stalledInvite(patient, sandbox);
      assertThat(sandbox.requests()).extracting(SandboxRequest::status).containsExactly(0);
      assertThat(invite).isNotDone();
      assertThat(client.listInvites(GROUP)).as("served while the invite stalls").isEmpty();

      sandbox.reset();

      assertThat(invite.get(30, TimeUnit.SECONDS)).isInstanceOf(ApiConnectionException.class);
      assertThat(sandbox.requests()).isEmpty();
    }
  }

  /** A client that would wait five minutes for an answer, and never retries. */
  private static VrchatGroupsClient patientClientOf(VrchatSandbox target) {
    return VrchatGroupsClient.builder()
        .baseUrl(target.url())
        .authCookie(TOKEN)
        .userAgent("FaultTest/1.0 faults@example.invalid")
        .readTimeout(Duration.ofMinutes(5))
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  /** An invite sent on another thread, once the sandbox has it (journaled as it stalls). */
  private static CompletableFuture<Throwable> stalledInvite(
      VrchatGroupsClient patient, VrchatSandbox target) {
    CompletableFuture<Throwable> invite =
        CompletableFuture.supplyAsync(
            () -> catchThrowable(() -> patient.inviteUserLiftingBan(GROUP, USER)));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (target.requests().isEmpty()) {
      assertThat(System.nanoTime()).as("the stall never took the invite").isLessThan(deadline);
      Thread.onSpinWait();
    }
    return invite;
  }

  @Test
  void closingTheSandboxEndsAStalledRequest() throws Exception {
    VrchatSandbox closing = VrchatSandbox.start().acceptAuthToken(TOKEN, CALLER);
    closing.injectFault(SandboxOperation.INVITE, 1, SandboxFault.connection(ConnectionFault.STALL));
    try (VrchatGroupsClient patient = patientClientOf(closing)) {
      CompletableFuture<Throwable> invite = stalledInvite(patient, closing);

      closing.close();

      assertThat(invite.get(30, TimeUnit.SECONDS)).isInstanceOf(ApiConnectionException.class);
    }
  }

  @Test
  void a403WithoutABodyIsTheFirewallAndA502IsAProxysHtmlPage() {
    sandbox
        .injectFault(SandboxOperation.ANY, 1, SandboxFault.answer(403))
        .injectFault(SandboxOperation.INVITE, 1, SandboxFault.answer(502));

    assertThatThrownBy(() -> client.cancelInvite(GROUP, USER))
        .isInstanceOf(FirewallBlockedException.class);
    ServerErrorException proxy =
        catchThrowableOfType(
            ServerErrorException.class, () -> client.inviteUserLiftingBan(GROUP, USER));
    assertThat(proxy.getStatusCode()).isEqualTo(502);
    assertThat(proxy.getBodyExcerpt()).contains("<h1>502</h1>");
  }

  @Test
  void aFaultForOneOperationLeavesTheOthersAlone() {
    sandbox.injectFault(SandboxOperation.DECLINE, 1, SandboxFault.answer(500));

    client.inviteUserLiftingBan(GROUP, USER);

    assertThat(sandbox.requests()).extracting(SandboxRequest::status).containsExactly(200);
  }

  @Test
  void theJournalKeepsWhatWasSentButNeverTheCookiesValueAndAResetClearsFaultsAndJournal() {
    sandbox.injectFault(SandboxOperation.LIST, 5, SandboxFault.answer(500));
    client.inviteUser(GROUP, USER);

    SandboxRequest invite = sandbox.requests().get(1);
    assertThat(invite.method()).isEqualTo("POST");
    assertThat(invite.path()).isEqualTo("/groups/" + GROUP + "/invites");
    assertThat(invite.userAgent()).startsWith("FaultTest/1.0 faults@example.invalid");
    assertThat(invite.body()).contains("\"confirmOverrideBlock\":false").contains(USER);
    assertThat(invite.authCookieSent()).isTrue();
    assertThat(invite.toString()).doesNotContain(TOKEN);

    sandbox.reset().acceptAuthToken(TOKEN, CALLER).addMember(GROUP, CALLER);
    assertThat(sandbox.requests()).isEmpty();
    assertThat(client.listInvites(GROUP)).isEmpty();
  }

  @Test
  void aFaultIsRefusedWithoutAPositiveCountOrWithAnOutOfRangeStatus() {
    assertThatThrownBy(() -> sandbox.injectFault(SandboxOperation.ANY, 0, SandboxFault.answer(500)))
        .isExactlyInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SandboxFault.answer(99))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("100 to 599");
    assertThatThrownBy(() -> SandboxFault.answer(600))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("answer must be an HTTP status, 100 to 599; got 600");
    assertThat(SandboxFault.answer(100).toString()).isEqualTo("answer 100");
    assertThat(SandboxFault.answer(599).toString()).isEqualTo("answer 599");
    assertThatThrownBy(() -> SandboxFault.connection(ConnectionFault.RESET).withBody("x"))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }
}
