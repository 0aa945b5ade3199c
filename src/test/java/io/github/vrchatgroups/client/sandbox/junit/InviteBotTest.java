package io.github.vrchatgroups.client.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.sandbox.SandboxFault;
import io.github.vrchatgroups.client.sandbox.SandboxOperation;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.time.Duration;
import org.junit.jupiter.api.Test;

// The documentation's JUnit example, run as it is shown (DocumentationExamplesTest checks the
// text).
// example: junit-extension
@VrchatSandboxTest
class InviteBotTest {
  static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";

  @Test
  void invitesANewMember(VrchatSandbox sandbox, VrchatGroupsClient client) {
    sandbox.addGroup(GROUP).addUser(USER, "Tupper");

    client.inviteUser(GROUP, USER);

    assertThat(sandbox.pendingInvites(GROUP)).containsExactly(USER);
  }

  @Test
  void waitsOutARateLimitWithoutTheTestWaiting(
      VrchatSandbox sandbox, VrchatGroupsClient client, VirtualTime time) {
    sandbox.addGroup(GROUP).addUser(USER, "Tupper");
    sandbox.injectFault(
        SandboxOperation.INVITE,
        2,
        SandboxFault.answer(429).withRetryAfter(Duration.ofSeconds(30)));

    client.inviteUser(GROUP, USER); // answered 429 twice, retried after 30 s of virtual time each

    assertThat(time.elapsed()).isEqualTo(Duration.ofMinutes(1));
    assertThat(sandbox.requests()).hasSize(4); // the ban check, then the invite three times
  }
}
// end of example
