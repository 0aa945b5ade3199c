package io.github.vrchatgroups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.matchers.ResponseMatching;
import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.RequestResponseInteraction;
import au.com.dius.pact.core.model.Response;
import io.github.vrchatgroups.client.contract.RewritingProxy.Reply;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proof that provider verification rejects a provider that drifts: interactions of the committed
 * contract replayed with Pact's own response matching, against the sandbox and against the sandbox
 * behind a proxy that changes one character or the status.
 */
class ProviderVerificationCanFailIT {
  private final HttpClient http = HttpClient.newHttpClient();
  private VrchatSandbox sandbox;
  private RewritingProxy proxy;

  @BeforeEach
  void start() throws IOException {
    sandbox = VrchatSandbox.start();
    proxy = new RewritingProxy(sandbox.url());
  }

  @AfterEach
  void stop() {
    proxy.close();
    sandbox.close();
  }

  @Test
  void theUntamperedSandboxMatchesTheCannotInviteInteraction() throws Exception {
    assertThat(replayCannotInvite()).isEmpty();
  }

  @Test
  void aProviderThatSendsAnAsciiDotInsteadOfU2024IsRejected() throws Exception {
    proxy.rewriting(reply -> new Reply(reply.status(), reply.body().replace("\u2024", ".")));

    assertThat(replayCannotInvite())
        .anySatisfy(m -> assertThat(m.description()).contains("You can't invite that user."));
  }

  @Test
  void aProviderThatAnswersAnotherStatusIsRejected() throws Exception {
    proxy.rewriting(reply -> new Reply(400, reply.body()));

    assertThat(replayCannotInvite())
        .anySatisfy(m -> assertThat(m.description()).contains("403").contains("400"));
  }

  @Test
  void theUntamperedSandboxMatchesTheNullOfAUserWithNoRecord() throws Exception {
    assertThat(replayNoRecord()).isEmpty();
  }

  @Test
  void aProviderThatAnswersAnObjectInsteadOfNullForAUserWithNoRecordIsRejected() throws Exception {
    proxy.rewriting(reply -> new Reply(reply.status(), "{}"));

    assertThat(replayNoRecord()).isNotEmpty();
  }

  private List<Mismatch> replayNoRecord() throws Exception {
    RequestResponseInteraction interaction =
        interaction("a membership read of a user the group has no record of");
    Map<String, Object> params = interaction.getProviderStates().get(1).getParams();
    sandbox.acceptAuthToken(ContractFixtures.AUTH_TOKEN).addGroup((String) params.get("groupId"));
    return replay(interaction);
  }

  private static RequestResponseInteraction interaction(String description) {
    return ContractChecks.interactions(ContractFixtures.committedPact()).stream()
        .filter(i -> i.getDescription().equals(description))
        .findFirst()
        .orElseThrow();
  }

  private List<Mismatch> replayCannotInvite() throws Exception {
    RequestResponseInteraction interaction =
        interaction("an invite for a user the caller cannot invite");
    Map<String, Object> params = interaction.getProviderStates().get(1).getParams();
    sandbox
        .acceptAuthToken(ContractFixtures.AUTH_TOKEN)
        .addGroup((String) params.get("groupId"))
        .refuseInvitesTo((String) params.get("userId"));
    return replay(interaction);
  }

  private List<Mismatch> replay(RequestResponseInteraction interaction) throws Exception {

    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(proxy.url() + interaction.getRequest().getPath()))
            .method(
                interaction.getRequest().getMethod(),
                HttpRequest.BodyPublishers.ofString(
                    interaction.getRequest().getBody().valueAsString()));
    interaction
        .getRequest()
        .getHeaders()
        .forEach((name, values) -> values.forEach(value -> request.header(name, value)));
    HttpResponse<String> actual = http.send(request.build(), HttpResponse.BodyHandlers.ofString());

    Response response =
        new Response(
            actual.statusCode(),
            Map.of("Content-Type", List.of("application/json")),
            OptionalBody.body(actual.body(), ContentType.Companion.getJSON()));
    return ResponseMatching.responseMismatches(interaction.getResponse(), response);
  }
}
