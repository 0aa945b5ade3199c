package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import io.github.vrchatgroups.client.testing.FaultInjectingServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code list}, {@code cancel}, {@code decline} and {@code check} against a sandbox on loopback.
 */
class LifecycleCommandsTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String ADMIN = "usr_00000000-0000-4000-8000-00000000ad01";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";

  @TempDir Path dir;
  private VrchatSandbox sandbox;
  private Path adminAuth;
  private Path userAuth;

  @BeforeEach
  void start() throws IOException {
    sandbox =
        VrchatSandbox.start()
            .acceptAuthToken("authcookie_admin", ADMIN)
            .acceptAuthToken("authcookie_user", USER)
            .addMember(GROUP, ADMIN)
            .addUser(USER, "Tupper")
            .addPendingInvite(GROUP, USER);
    adminAuth = Files.writeString(dir.resolve("admin"), "authcookie_admin");
    userAuth = Files.writeString(dir.resolve("user"), "authcookie_user");
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private CliRun run(String command, Path auth, String... more) {
    List<String> args = new ArrayList<>(List.of("--group", GROUP));
    args.addAll(List.of(more));
    return CliRun.of(CliRun.against(command, sandbox.url(), auth, args.toArray(String[]::new)));
  }

  @Test
  void listPrintsATableOfPendingInvites() {
    CliRun run = run("list", adminAuth);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("USER")
        .contains(USER)
        .contains("Tupper")
        .contains("1 pending invite.");
  }

  @Test
  void listPrintsJsonWithTheReportsFieldNames() throws IOException {
    CliRun run = run("list", adminAuth, "--json");

    JsonNode rows = new ObjectMapper().readTree(run.out());
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).path("user_id").asText()).isEqualTo(USER);
    assertThat(rows.get(0).path("display_name").asText()).isEqualTo("Tupper");
  }

  @Test
  void anInviteTheApiSentWithoutNameOrDateIsListedWithBlanksNotNull() throws IOException {
    String listing =
        "[{\"id\":\"gmem_1\",\"groupId\":\""
            + GROUP
            + "\",\"userId\":\""
            + USER
            + "\",\"user\":null,\"createdAt\":null}]";
    try (FaultInjectingServer api = FaultInjectingServer.start()) {
      api.enqueue(
          FaultInjectingServer.Fault.response(
              200, Map.of("Content-Type", "application/json"), listing),
          FaultInjectingServer.Fault.response(
              200, Map.of("Content-Type", "application/json"), listing));
      CliRun table = CliRun.of(CliRun.against("list", api.url(), adminAuth, "--group", GROUP));
      CliRun json =
          CliRun.of(CliRun.against("list", api.url(), adminAuth, "--group", GROUP, "--json"));

      assertThat(table.out()).contains(USER).doesNotContain("null").contains("1 pending invite.");
      JsonNode row = new ObjectMapper().readTree(json.out()).get(0);
      assertThat(row.path("user_id").asText()).isEqualTo(USER);
      assertThat(row.get("display_name").isNull()).isTrue();
      assertThat(row.get("invited_at").isNull()).isTrue();
    }
  }

  @Test
  void cancelWithdrawsThePendingInviteAndASecondCancelSaysThereIsNone() {
    CliRun first = run("cancel", adminAuth, "--user", USER);
    CliRun second = run("cancel", adminAuth, "--user", USER);

    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).contains(USER + ": invite cancelled");
    assertThat(sandbox.pendingInvites(GROUP)).isEmpty();
    assertThat(second.exitCode()).isEqualTo(13);
    assertThat(second.err()).contains("no pending invite");
  }

  @Test
  void declineWithBlockStopsFurtherInvites() {
    CliRun run = run("decline", userAuth, "--block");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("invite declined; the group can no longer invite you");
    assertThat(sandbox.pendingInvites(GROUP)).isEmpty();
  }

  @ParameterizedTest(name = "{0} answered ''{1}''")
  @CsvSource({
    "list, You're not a member\u2024",
    "check, You're not a member\u2024",
    "list, You're not a member.",
    "check, You're not a member."
  })
  void aNotAMemberAnswerInEitherFormExitsTwelveSayingSo(String command, String message)
      throws IOException {
    try (FaultInjectingServer api = FaultInjectingServer.start()) {
      api.enqueue(FaultInjectingServer.Fault.jsonError(403, message));

      CliRun run = CliRun.of(CliRun.against(command, api.url(), adminAuth, "--group", GROUP));

      assertThat(run.exitCode()).as(run.err()).isEqualTo(12);
      assertThat(run.err())
          .contains("not a member of the group")
          .contains("cannot manage the invites of --group")
          .doesNotContain("run the same command again");
      assertThat(api.requests()).hasSize(1);
    }
  }

  @Test
  void checkConfirmsTheSetUpWithoutSendingAnInvite() {
    CliRun ok = run("check", adminAuth);
    CliRun notMember = run("check", userAuth);

    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).startsWith("OK: " + sandbox.url());
    assertThat(notMember.exitCode()).isEqualTo(12);
    assertThat(notMember.err()).contains("cannot manage the invites of --group");
    assertThat(sandbox.sentInvites()).isEmpty();
  }
}
