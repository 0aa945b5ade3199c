package io.github.vrchatgroups.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.vrchatgroups.client.testing.FaultInjectingServer;
import io.github.vrchatgroups.client.testing.FaultInjectingServer.RecordedRequest;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What goes on the wire for an invite, as a real server reads it. */
class InviteRequestTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";

  private FaultInjectingServer server;

  @BeforeEach
  void start() throws IOException {
    server = FaultInjectingServer.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  @Test
  void anInviteIsAJsonPostWithCookieUserAgentAndBothFields() {
    VrchatGroupsClient client =
        VrchatGroupsClient.builder()
            .baseUrl(server.url() + "/api/1/")
            .userAgent("MyGroupBot/1.2 admin@example.com")
            .authCookie("authcookie_abc-123")
            .build();

    client.inviteUserLiftingBan(GROUP, USER);

    RecordedRequest request = server.requests().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/api/1/groups/" + GROUP + "/invites");
    assertThat(request.header("Cookie")).isEqualTo("auth=authcookie_abc-123");
    assertThat(request.header("Content-Type")).isEqualTo("application/json");
    assertThat(request.header("User-Agent"))
        .matches("MyGroupBot/1\\.2 admin@example\\.com vrchat-groups-client/\\S+");
    assertThat(request.body())
        .isEqualTo("{\"userId\":\"" + USER + "\",\"confirmOverrideBlock\":true}");
  }

  @Test
  void braceExpressionsInTheCookieAndUserAgentAreSentAsTheyAre() {
    VrchatGroupsClient client = client("Bot{x}/1.{y} ops@example.com", "authcookie_{token}");

    client.inviteUserLiftingBan(GROUP, USER);

    RecordedRequest request = server.requests().get(0);
    assertThat(request.header("Cookie")).isEqualTo("auth=authcookie_{token}");
    assertThat(request.header("User-Agent")).startsWith("Bot{x}/1.{y} ops@example.com ");
  }

  @Test
  void theBanSafeInviteReadsTheMembershipThenSendsNoOverride() {
    VrchatGroupsClient client = client("A/1 x@example.org", "t");

    assertThat(client.inviteUser(GROUP, USER)).isEqualTo(InviteResult.INVITED);

    assertThat(server.requests()).hasSize(2);
    assertThat(server.requests().get(0).method()).isEqualTo("GET");
    assertThat(server.requests().get(0).path()).isEqualTo("/groups/" + GROUP + "/members/" + USER);
    assertThat(server.requests().get(1).body())
        .isEqualTo("{\"userId\":\"" + USER + "\",\"confirmOverrideBlock\":false}");
  }

  @Test
  void withoutAnAuthCookieNoCookieHeaderIsSent() {
    VrchatGroupsClient client =
        VrchatGroupsClient.builder().baseUrl(server.url()).userAgent("A/1 x@example.org").build();

    client.inviteUserLiftingBan(GROUP, USER);

    assertThat(server.requests().get(0).header("Cookie")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"8JoV9XEdpo", "ABCDEFGHIJ", "0123456789"})
  void legacyUserIdsOfTenLettersAndDigitsAreSentAsGiven(String legacyId) {
    VrchatGroupsClient client = client("A/1 x@example.org", "t");

    client.inviteUserLiftingBan(GROUP, legacyId);

    assertThat(server.requests())
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.body())
                    .isEqualTo("{\"userId\":\"" + legacyId + "\",\"confirmOverrideBlock\":true}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tupper", "a", "8JoV9XEdp", "8JoV9XEdpoX", "TupperTheCat2024"})
  void aDisplayNameOrAnIdOfAnotherLengthIsRefusedWithAHintAndNothingIsSent(String notAnId) {
    VrchatGroupsClient client = client("A/1 x@example.org", "t");

    Throwable refused = catchThrowable(() -> client.inviteUser(GROUP, notAnId));

    assertThat(refused)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("userId must be usr_<uuid> or a legacy ID of ten")
        .hasMessageContaining("a display name is not an ID");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void theCookieAndUserAgentAreSentLiterallyEvenWithTemplateLikeBraces() {
    VrchatGroupsClient client =
        client("Bot{x}/1.0 {contact} t@example.org", "authcookie_{groupId}");

    client.inviteUserLiftingBan(GROUP, USER);

    RecordedRequest request = server.requests().get(0);
    assertThat(request.header("Cookie")).isEqualTo("auth=authcookie_{groupId}");
    assertThat(request.header("User-Agent"))
        .startsWith("Bot{x}/1.0 {contact} t@example.org vrchat-groups-client/");
  }

  private VrchatGroupsClient client(String userAgent, String authCookie) {
    return VrchatGroupsClient.builder()
        .baseUrl(server.url())
        .userAgent(userAgent)
        .authCookie(authCookie)
        .build();
  }
}
