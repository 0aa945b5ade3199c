package io.github.vrchatgroups.client.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vrchatgroups.client.testing.SpecExamples;
import io.github.vrchatgroups.client.testing.SpecExamples.ResponseExample;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sandbox's own copy of VRChat's words, held against the spec's examples: every message it
 * sends is one of the spec's for that operation and status, and where a capture contradicts a typed
 * example, the sandbox says the capture.
 */
class SandboxMessagesTest {
  private static final String INVITES = "/groups/{groupId}/invites";
  private static List<ResponseExample> spec;

  @BeforeAll
  static void readSpec() {
    spec = SpecExamples.of(SpecExamples.ourSpec());
  }

  private static List<String> expected(String method, String path, int status) {
    return SpecExamples.errorMessages(spec, method, path, status);
  }

  private static List<String> captured(String method, String path, int status) {
    return spec.stream()
        .filter(e -> e.method().equals(method) && e.pathTemplate().equals(path))
        .filter(e -> e.status() == status && "captured".equals(e.provenance()))
        .map(ResponseExample::errorMessage)
        .toList();
  }

  @ParameterizedTest(name = "{0} {1} {2}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "POST|/groups/{groupId}/invites|401|MISSING_CREDENTIALS",
        "POST|/groups/{groupId}/invites|403|CANNOT_INVITE",
        "POST|/groups/{groupId}/invites|404|GROUP_NOT_FOUND",
        "GET|/groups/{groupId}/invites|403|NOT_A_MEMBER",
        "GET|/groups/{groupId}/invites|404|GROUP_NOT_FOUND",
        "PUT|/groups/{groupId}/invites|400|NOT_INVITED_TO_DECLINE",
        "PUT|/groups/{groupId}/invites|404|GROUP_NOT_FOUND",
        "DELETE|/groups/{groupId}/invites/{userId}|400|NOT_INVITED_TO_CANCEL",
        "GET|/auth|401|MISSING_CREDENTIALS",
        "GET|/groups/{groupId}/invites|401|SECOND_FACTOR_PENDING",
        "GET|/auth/user|401|INVALID_CREDENTIALS",
        "POST|/groups/{groupId}/invites|429|RATE_LIMITED",
        "GET|/groups/{groupId}/members/{userId}|403|NOT_ALLOWED_TO_VIEW_MEMBERSHIP",
        "GET|/groups/{groupId}/members/{userId}|403|NOT_A_MEMBER",
        "GET|/groups/{groupId}/bans|403|NO_PERMISSION",
        "GET|/groups/{groupId}/requests|403|NOT_A_MEMBER",
        "GET|/groups/{groupId}/requests|403|NO_PERMISSION",
        "GET|/groups/{groupId}/auditLogs|403|NOT_A_MEMBER",
        "GET|/groups/{groupId}/auditLogs|403|NO_PERMISSION",
      })
  void everyErrorTheSandboxSendsIsTheSpecsExample(
      String method, String path, int status, String constant) throws Exception {
    String message = (String) SandboxMessages.class.getDeclaredField(constant).get(null);

    assertThat(expected(method, path, status)).contains(message);
  }

  @Test
  void theNotAMemberAnswerIsTheCaptureNotTheTypedExample() {
    assertThat(captured("GET", INVITES, 403)).contains(SandboxMessages.NOT_A_MEMBER);
    assertThat(SandboxMessages.NOT_A_MEMBER).endsWith("\u2024");
  }

  @Test
  void theJoinRequestAnswersAreTheSpecs() {
    String answer = "/groups/{groupId}/requests/{userId}";

    assertThat(expected("PUT", answer, 400))
        .containsExactlyInAnyOrder(
            SandboxMessages.noJoinRequest("accept"), SandboxMessages.noJoinRequest("reject"));
    assertThat(captured("PUT", answer, 403))
        .contains(SandboxMessages.tooManyGroups("<displayName>"));
  }

  @Test
  void theAlreadyMemberAndAlreadyInvitedTemplatesAreTheSpecs() {
    assertThat(expected("POST", INVITES, 400))
        .containsExactlyInAnyOrder(
            SandboxMessages.alreadyMember("<displayName>"),
            SandboxMessages.alreadyInvited("<displayName>"));
  }

  @Test
  void theFirewallsAnswerIsTheSpecsExampleWithItsWafCode() {
    ResponseExample firewall =
        spec.stream().filter(e -> e.body().path("error").has("waf_code")).findFirst().orElseThrow();

    assertThat(firewall.errorMessage()).isEqualTo(SandboxMessages.FIREWALL_BLOCKED);
    assertThat(firewall.body().path("error").path("waf_code").asInt())
        .isEqualTo(SandboxMessages.FIREWALL_WAF_CODE);
  }

  @Test
  void theSuccessMessagesAreTheSpecs() {
    assertThat(spec)
        .anySatisfy(
            e ->
                assertThat(e.body().path("success").path("message").asText())
                    .isEqualTo(SandboxMessages.INVITE_DECLINED))
        .anySatisfy(
            e ->
                assertThat(e.body().path("success").path("message").asText())
                    .isEqualTo(SandboxMessages.LOGGED_OUT));
  }

  @Test
  void aMessageThatLostItsLookAlikeCharacterIsNotInTheSpec() {
    assertThat(expected("POST", INVITES, 403))
        .doesNotContain(SandboxMessages.CANNOT_INVITE.replace('\u2024', '.'));
    assertThat(expected("POST", INVITES, 404))
        .doesNotContain(SandboxMessages.GROUP_NOT_FOUND.replace('\u01C3', '!'));
  }
}
