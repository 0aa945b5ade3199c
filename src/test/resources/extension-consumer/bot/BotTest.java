package bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import io.github.vrchatgroups.client.sandbox.junit.VrchatSandboxTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A bot developer's test, in a project of its own: only the SDK and JUnit on its class path. */
@VrchatSandboxTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BotTest {
  static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";

  @Test
  @Order(1)
  void theBotInvitesANewMember(VrchatSandbox sandbox, VrchatGroupsClient client) {
    sandbox.addGroup(GROUP).addUser(USER, "Tupper");

    client.inviteUser(GROUP, USER);

    assertEquals(1, sandbox.pendingInvites(GROUP).size());
  }

  @Test
  @Order(2)
  void theNextTestStartsFromAnEmptySandbox(VrchatSandbox sandbox) {
    assertTrue(sandbox.pendingInvites(GROUP).isEmpty());
    assertTrue(sandbox.requests().isEmpty());
  }
}
