package io.github.vrchatgroups.client.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.errors.RateLimitedException;
import io.github.vrchatgroups.client.sandbox.SandboxFault;
import io.github.vrchatgroups.client.sandbox.SandboxOperation;
import io.github.vrchatgroups.client.sandbox.SandboxRequest;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code @VrchatSandboxTest} as a bot's test uses it: the sandbox, a client and virtual time
 * injected, state set up afresh before each test, waits that take no time.
 */
@VrchatSandboxTest(
    fixture = "bot-fixture.json",
    callerId = "usr_00000000-0000-4000-8000-0000000000b0")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VrchatSandboxTestExtensionTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";

  private final VrchatSandbox sandboxFromTheConstructor;

  VrchatSandboxTestExtensionTest(VrchatSandbox sandbox) {
    this.sandboxFromTheConstructor = sandbox;
  }

  @Test
  @Order(1)
  void theInjectedClientInvitesThroughTheInjectedSandbox(
      VrchatSandbox sandbox, VrchatGroupsClient client) {
    client.inviteUser(GROUP, USER);

    assertThat(sandbox).isSameAs(sandboxFromTheConstructor);
    assertThat(sandbox.pendingInvites(GROUP)).containsExactly(USER);
    assertThat(sandbox.requests().get(0).userAgent())
        .startsWith("VrchatSandboxTest/1.0 (+https://");
  }

  @Test
  @Order(2)
  void stateDoesNotLeakFromTheTestBefore(VrchatSandbox sandbox, VrchatGroupsClient client) {
    assertThat(sandbox.pendingInvites(GROUP)).isEmpty();
    assertThat(sandbox.requests()).isEmpty();
    assertThat(client.listInvites(GROUP)).isEmpty();
  }

  @Test
  @Order(3)
  void aRetryAfterIsHonouredOnVirtualTimeWithoutWaiting(
      VrchatSandbox sandbox, VrchatGroupsClient client, VirtualTime time) {
    sandbox.injectFault(
        SandboxOperation.INVITE,
        1,
        SandboxFault.answer(429).withRetryAfter(Duration.ofSeconds(45)));
    long started = System.nanoTime();

    client.inviteUser(GROUP, USER);

    assertThat(time.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(45));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    assertThat(sandbox.requests())
        .extracting(SandboxRequest::status)
        .containsExactly(200, 429, 200); // the membership read, then the invite twice
  }

  @Test
  @Order(4)
  void theRateLimitRefillsOnTheSameVirtualClock(
      VrchatSandbox sandbox, VrchatGroupsClient client, VirtualTime time) {
    // A ban-safe invite is two requests: the membership read, then the invite.
    sandbox.rateLimit(2, Duration.ofMinutes(10), true);
    client.inviteUser(GROUP, USER);

    RateLimitedException tooSoon =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            RateLimitedException.class,
            () -> client.inviteUser(GROUP, "usr_00000000-0000-4000-8000-000000000077"));
    time.advance(Duration.ofMinutes(20));
    sandbox.addUser("usr_00000000-0000-4000-8000-000000000078", "Later");
    client.inviteUser(GROUP, "usr_00000000-0000-4000-8000-000000000078");

    // Retry-After was ten minutes, over the policy's 60 s cap: given up without waiting.
    assertThat(tooSoon.getRetryAfter()).hasValue(Duration.ofMinutes(10));
    assertThat(sandbox.pendingInvites(GROUP)).contains("usr_00000000-0000-4000-8000-000000000078");
  }

  @Test
  @Order(5)
  void eachTestStartsAtTheOriginOfVirtualTime(VirtualTime time) {
    assertThat(time.elapsed()).isZero();
  }
}
