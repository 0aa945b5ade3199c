package io.github.vrchatgroups.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vrchatgroups.client.testing.FaultInjectingServer;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad IDs are refused before anything is sent, with a message naming the parameter. */
class InviteArgumentValidationTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";

  private static FaultInjectingServer server;
  private static VrchatGroupsClient client;

  @BeforeAll
  static void start() throws IOException {
    server = FaultInjectingServer.start();
    client =
        VrchatGroupsClient.builder()
            .baseUrl(server.url())
            .userAgent("Test/1.0 t@example.invalid")
            .authCookie("t")
            .build();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @AfterEach
  void nothingWasSent() {
    assertThat(server.requests()).as("requests sent for invalid input").isEmpty();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "  ",
        "grp_123",
        "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469",
        "grp_00000000-0000-0000-0000-000000000000/x",
        "grp_00000000-0000-0000-0000-000000000000?x=1",
        "grp_00000000-0000-0000-0000-000000000000#",
        "grp_00000000-0000-0000-0000-00000000000 ",
        "grp_00000000-0000-0000-0000-000000000000\n",
        "../grp_00000000-0000-0000-0000-000000000000"
      })
  void aMalformedGroupIdIsRefusedNamingGroupId(String groupId) {
    assertThatThrownBy(() -> client.inviteUser(groupId, USER))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("groupId must ");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "\t",
        "usr_123",
        "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469/",
        "8JoV9X/Edpo",
        "8JoV9XEdpo?",
        "8JoV#",
        "8JoV 9XEdpo",
        "8JoV9XEdpo\r\n",
        "8JoV9XEdpo\u0000",
        "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d46\u0430",
        "grp_00000000-0000-0000-0000-000000000000"
      })
  void aMalformedUserIdIsRefusedNamingUserId(String userId) {
    assertThatThrownBy(() -> client.inviteUser(GROUP, userId))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("userId must ");
  }

  @Test
  void theMessageShowsControlCharactersEscapedOnOneLine() {
    assertThatThrownBy(() -> client.inviteUser(GROUP, "8JoV\r\nX-Injected: 1"))
        .hasMessage(
            "userId must be usr_<uuid> or a legacy ID of ten ASCII letters and digits such as 8JoV9XEdpo"
                + " (a display name is not an ID), got \"8JoV\\u000D\\u000AX-Injected: 1\"");
  }

  @Test
  void theMessageKeepsPrintableAsciiAndEscapesTheCharactersJustOutsideIt() {
    assertThatThrownBy(() -> client.inviteUser(GROUP, "a\u001F ~\u007F\"\\"))
        .hasMessageEndingWith("got \"a\\u001F ~\\u007F\\u0022\\u005C\"");
  }

  @Test
  void theMessageShowsSixtyFourCharactersOfALongValueAndMarksTheRest() {
    String sixtyFour = "x".repeat(63) + "-";

    assertThatThrownBy(() -> client.inviteUser(GROUP, sixtyFour))
        .hasMessageEndingWith("got \"" + sixtyFour + "\"");
    assertThatThrownBy(() -> client.inviteUser(GROUP, sixtyFour + "y"))
        .hasMessageEndingWith("got \"" + sixtyFour + "…\"");
  }
}
