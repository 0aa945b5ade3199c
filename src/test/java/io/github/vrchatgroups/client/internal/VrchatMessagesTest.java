package io.github.vrchatgroups.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vrchatgroups.client.errors.AlreadyInvitedException;
import io.github.vrchatgroups.client.errors.AlreadyMemberException;
import io.github.vrchatgroups.client.errors.CannotInviteException;
import io.github.vrchatgroups.client.errors.FirewallBlockedException;
import io.github.vrchatgroups.client.errors.GroupNotFoundException;
import io.github.vrchatgroups.client.errors.MissingPermissionException;
import io.github.vrchatgroups.client.errors.NoJoinRequestException;
import io.github.vrchatgroups.client.errors.NotGroupMemberException;
import io.github.vrchatgroups.client.errors.NotInvitedException;
import io.github.vrchatgroups.client.errors.RateLimitedException;
import io.github.vrchatgroups.client.errors.SecondFactorPendingException;
import io.github.vrchatgroups.client.errors.TooManyGroupsException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import io.github.vrchatgroups.client.testing.SpecExamples;
import io.github.vrchatgroups.client.testing.SpecExamples.ResponseExample;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client's copy of VRChat's words, held against the spec: every error example the spec gives
 * for the group operations, in every form (captured and typed), is recognised as its own exception
 * type, not as the generic type of its status.
 */
class VrchatMessagesTest {
  private static final Map<String, Class<? extends VrchatApiException>> MEANING =
      Map.ofEntries(
          Map.entry("alreadyMember", AlreadyMemberException.class),
          Map.entry("alreadyInvited", AlreadyInvitedException.class),
          Map.entry("cannotInvite", CannotInviteException.class),
          Map.entry("firewallBlocked", FirewallBlockedException.class),
          Map.entry("groupNotFound", GroupNotFoundException.class),
          Map.entry("notAMember", NotGroupMemberException.class),
          Map.entry("notAMemberAsTyped", NotGroupMemberException.class),
          Map.entry("notInvited", NotInvitedException.class),
          Map.entry("notAllowedToView", MissingPermissionException.class),
          Map.entry("noPermission", MissingPermissionException.class),
          Map.entry("noJoinRequest", NoJoinRequestException.class),
          Map.entry("noJoinRequestToReject", NoJoinRequestException.class),
          Map.entry("tooManyGroups", TooManyGroupsException.class),
          Map.entry("missingCredentials", UnauthorizedException.class),
          Map.entry("secondFactorPending", SecondFactorPendingException.class),
          Map.entry("rateLimited", RateLimitedException.class));

  static List<ResponseExample> groupErrorExamples() {
    return SpecExamples.of(SpecExamples.ourSpec()).stream()
        .filter(e -> e.pathTemplate().startsWith("/groups/") && e.status() >= 400)
        .toList();
  }

  private static VrchatApiException recognise(int status, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return ApiExceptions.from(
        new HttpFailure(status, ErrorBodies.read(bytes), ErrorBodies.excerpt(bytes), null, null),
        1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("groupErrorExamples")
  void everyErrorExampleOfTheGroupOperationsHasItsOwnMeaning(ResponseExample example) {
    String body = example.body().toString().replace("<displayName>", "Tupper");
    Class<? extends VrchatApiException> meaning = MEANING.get(example.name());

    assertThat(meaning).as("a meaning is declared for example '%s'", example.name()).isNotNull();
    assertThat(recognise(example.status(), body)).isExactlyInstanceOf(meaning);
  }

  @Test
  void theSpecGivesTheNotAMemberAnswerInBothForms() {
    assertThat(groupErrorExamples())
        .extracting(ResponseExample::errorMessage)
        .contains("You're not a member\u2024", "You're not a member.");
  }

  @Test
  void aPermissionMessageWithAnAsciiDotIsOnlyForbidden() {
    assertThat(
            recognise(
                403,
                "{\"error\":{\"message\":\"You don't have permission.\",\"status_code\":403}}"))
        .isExactlyInstanceOf(io.github.vrchatgroups.client.errors.ForbiddenException.class);
  }

  @Test
  void aNotAMemberMessageWithAnotherEndingIsOnlyForbidden() {
    assertThat(
            recognise(
                403, "{\"error\":{\"message\":\"You're not a member!\",\"status_code\":403}}"))
        .isExactlyInstanceOf(io.github.vrchatgroups.client.errors.ForbiddenException.class);
  }
}
