package io.github.vrchatgroups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vrchatgroups.client.contract.RewritingProxy.Reply;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import io.github.vrchatgroups.client.testing.SandboxProcess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live contract check, proven where CI can reach: it passes against a sandbox process standing
 * in for VRChat, fails naming the interactions against a server whose messages differ from the
 * contract's, and is skipped (passing) without an account.
 */
class LiveContractCheckIT {
  private static final String TOKEN = "authcookie_1f0c0000-0000-4000-8000-00000000beef";
  private static final String CALLER = "usr_1f0c0000-0000-4000-8000-0000000000b0";
  private static final String MANAGED = "grp_1f0c0000-0000-4000-8000-000000000001";
  private static final String FOREIGN = "grp_1f0c0000-0000-4000-8000-000000000002";
  private static final String EMPTY = "grp_1f0c0000-0000-4000-8000-000000000003";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static SandboxProcess sandbox;

  @TempDir static Path dir;

  /** A user the managed group bans: the live check's bans listing needs one. */
  private static final String BANNED = "usr_00000000-0000-4000-8000-0000000000bb";

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  @BeforeAll
  static void startSandboxProcess() throws IOException {
    Path fixture =
        Files.writeString(
            dir.resolve("fixture.json"),
            "{\"authTokens\":[{\"token\":\""
                + TOKEN
                + "\",\"callerId\":\""
                + CALLER
                + "\"}],\"users\":[{\"id\":\""
                + CALLER
                + "\",\"displayName\":\"Live Bot\"},{\"id\":\""
                + ContractFixtures.USER_ID
                + "\",\"displayName\":\"Tupper\"},{\"id\":\""
                + BANNED
                + "\",\"displayName\":\"Banned\"}],\"groups\":[{\"id\":\""
                + MANAGED
                + "\",\"members\":[\""
                + CALLER
                + "\"],\"pendingInvites\":[\""
                + ContractFixtures.USER_ID
                + "\"],\"banned\":[\""
                + BANNED
                + "\"]},{\"id\":\""
                + FOREIGN
                + "\"},{\"id\":\""
                + EMPTY
                + "\",\"members\":[\""
                + CALLER
                + "\"]}]}");
    sandbox = SandboxProcess.start("--fixture", fixture.toString());
  }

  @AfterAll
  static void stopSandboxProcess() {
    sandbox.close();
  }

  private static Map<String, String> account(String baseUrl, String group) {
    Map<String, String> env = new HashMap<>();
    env.put("VRCHAT_BASE_URL", baseUrl);
    env.put("VRCHAT_AUTH", TOKEN);
    env.put("VRCHAT_USER_AGENT", "LiveCheckTest/1.0 live@example.invalid");
    env.put("VRCHAT_GROUP", group);
    env.put("VRCHAT_NOT_MEMBER_GROUP", FOREIGN);
    env.put("VRCHAT_LIVE_PACING_MILLIS", "0");
    return env;
  }

  private int check(Map<String, String> env, Path report) throws Exception {
    return LiveContractCheck.run(
        env,
        ContractFixtures.committedPact(),
        report,
        new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  private static JsonNode entry(JsonNode report, String description) {
    return StreamSupport.stream(report.spliterator(), false)
        .filter(e -> e.path("description").asText().equals(description))
        .findFirst()
        .orElseThrow();
  }

  private static long count(JsonNode report, String outcome) {
    return StreamSupport.stream(report.spliterator(), false)
        .filter(e -> e.path("outcome").asText().equals(outcome))
        .count();
  }

  @Test
  void everySafeInteractionPassesAgainstASandboxProcessAndNothingIsChanged(@TempDir Path out)
      throws Exception {
    Path reportFile = out.resolve("report.json");

    int exit = check(account(sandbox.url(), MANAGED), reportFile);

    JsonNode report = JSON.readTree(reportFile.toFile());
    assertThat(exit).as(printed()).isZero();
    assertThat(report)
        .hasSize(ContractChecks.interactions(ContractFixtures.committedPact()).size());
    assertThat(count(report, "passed")).as(printed()).isEqualTo(LiveReplays.replayed().size());
    assertThat(count(report, "failed")).isZero();
    assertThat(entry(report, "an invite for a user who can be invited").path("reason").asText())
        .isEqualTo("would send a real invite");
    assertThat(entry(report, "a logout").path("outcome").asText()).isEqualTo("skipped");
    assertThat(printed())
        .contains("passed  an invite for a user who is already a member")
        .contains("skipped a login of an account without a second factor (a login or its second");
    assertThat(Files.readString(reportFile) + printed()).doesNotContain(TOKEN);
  }

  @Test
  void aServerWhoseMessagesDifferFailsNamingTheInteractions(@TempDir Path out) throws Exception {
    Path reportFile = out.resolve("report.json");
    try (RewritingProxy typedByHand =
        new RewritingProxy(sandbox.url())
            .rewriting(
                reply ->
                    new Reply(
                        reply.status(),
                        reply.body().replace('\u2024', '.').replace('\u01C3', '!')))) {

      int exit = check(account(typedByHand.url(), MANAGED), reportFile);

      JsonNode report = JSON.readTree(reportFile.toFile());
      assertThat(exit).isEqualTo(1);
      JsonNode missingGroup = entry(report, "an invite to a group that does not exist");
      assertThat(missingGroup.path("outcome").asText()).isEqualTo("failed");
      assertThat(missingGroup.path("status").asInt()).isEqualTo(404);
      assertThat(missingGroup.path("body").asText()).contains("Can't find group!");
      assertThat(missingGroup.path("reason").asText()).contains("Can't find group!");
      assertThat(printed())
          .contains("failed  a request for the pending invites of a group that does not exist")
          .contains("failed  a decline of an invite from a group that does not exist");
      // The contract accepts both forms of the not-a-member answer, as the SDK does.
      assertThat(
              entry(
                      report,
                      "a request for the pending invites of a group the caller is not a member of")
                  .path("outcome")
                  .asText())
          .isEqualTo("passed");
    }
  }

  @Test
  void noInviteOrDeclineIsSentWhenTheGroupThatCannotExistTurnsOutToExist(@TempDir Path out)
      throws Exception {
    Path reportFile = out.resolve("report.json");
    try (VrchatSandbox surprising =
        VrchatSandbox.start()
            .acceptAuthToken(TOKEN, CALLER)
            .addMember(LiveReplays.NO_GROUP, CALLER)
            .addPendingInvite(LiveReplays.NO_GROUP, CALLER)
            .acceptAnyUser(true)) {

      int exit = check(account(surprising.url(), MANAGED), reportFile);

      JsonNode report = JSON.readTree(reportFile.toFile());
      assertThat(exit).isEqualTo(1);
      assertThat(entry(report, LiveReplays.LISTING_OF_NO_GROUP).path("outcome").asText())
          .isEqualTo("failed");
      for (String dependent :
          new String[] {
            "an invite to a group that does not exist",
            "a decline of an invite from a group that does not exist",
            "a reject of a join request in a group that does not exist"
          }) {
        assertThat(entry(report, dependent).path("outcome").asText()).isEqualTo("skipped");
        assertThat(entry(report, dependent).path("reason").asText())
            .contains("nothing shows this request can only be refused");
      }
      assertThat(surprising.sentInvites()).isEmpty();
      assertThat(surprising.pendingInvites(LiveReplays.NO_GROUP)).containsExactly(CALLER);
      assertThat(surprising.answeredJoinRequests()).isEmpty();
    }
  }

  @Test
  void aGroupWithoutPendingInvitesIsReportedAsSuchNotAsAFailure(@TempDir Path out)
      throws Exception {
    Path reportFile = out.resolve("report.json");

    int exit = check(account(sandbox.url(), EMPTY), reportFile);

    JsonNode listing = entry(JSON.readTree(reportFile.toFile()), LiveReplays.LISTING);
    assertThat(exit).isZero();
    assertThat(listing.path("outcome").asText()).isEqualTo("passed");
    assertThat(listing.path("reason").asText()).contains("the group has no pending invites");
  }

  @Test
  void aJobThatRequiresTheCheckFailsWhenItsSecretIsMissing(@TempDir Path out) throws Exception {
    int exit = check(Map.of("VRCHAT_LIVE_REQUIRED", "true"), out.resolve("report.json"));

    assertThat(exit).isEqualTo(2);
    assertThat(printed())
        .contains("VRCHAT_LIVE_REQUIRED is true but VRCHAT_AUTH is not set")
        .doesNotContain("skipped");
  }

  @Test
  void theCheckPassesAgainstTheCommandLinesDefaultSandboxWithItsBannerToken(@TempDir Path out)
      throws Exception {
    try (SandboxProcess defaults = SandboxProcess.start()) {
      Map<String, String> env = account(defaults.url(), ContractFixtures.GROUP_ID);
      env.put("VRCHAT_AUTH", "authcookie_sandbox");
      env.remove("VRCHAT_NOT_MEMBER_GROUP");

      int exit = check(env, out.resolve("report.json"));

      assertThat(exit).as(printed()).isZero();
      assertThat(printed()).doesNotContain("failed ");
    }
  }

  @Test
  void withoutVrchatAuthTheCheckSaysItIsSkippedAndPasses(@TempDir Path out) throws Exception {
    Path reportFile = out.resolve("report.json");

    int exit = check(Map.of(), reportFile);

    assertThat(exit).isZero();
    assertThat(printed()).contains("live contract check skipped: VRCHAT_AUTH is not set");
    assertThat(count(JSON.readTree(reportFile.toFile()), "skipped"))
        .isEqualTo(ContractChecks.interactions(ContractFixtures.committedPact()).size());
  }

  @Test
  void anAccountWithoutAnIdentifyingUserAgentIsRefusedBeforeAnythingIsSent(@TempDir Path out)
      throws Exception {
    Map<String, String> env = account(sandbox.url(), MANAGED);
    env.put("VRCHAT_USER_AGENT", "MyBot/1.0");

    int exit = check(env, out.resolve("report.json"));

    assertThat(exit).isEqualTo(2);
    assertThat(printed()).contains("VRCHAT_USER_AGENT must be 'AppName/version contact'");
    assertThat(out.resolve("report.json")).doesNotExist();
  }
}
