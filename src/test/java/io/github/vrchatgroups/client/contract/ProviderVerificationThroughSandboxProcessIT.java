package io.github.vrchatgroups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.FileSource;
import au.com.dius.pact.provider.ConsumerInfo;
import au.com.dius.pact.provider.ProviderInfo;
import au.com.dius.pact.provider.ProviderVerifier;
import au.com.dius.pact.provider.VerificationResult;
import io.github.vrchatgroups.client.testing.SandboxProcess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path a verifier outside this build takes: the {@code sandbox} command of the -cli jar runs as
 * a process of its own, and Pact's core verifier (what {@code pact:verify} runs) replays the whole
 * committed contract against it, setting up each provider state through the sandbox's HTTP
 * state-change URL printed in its banner. One process serves every interaction.
 */
class ProviderVerificationThroughSandboxProcessIT {
  private static SandboxProcess sandbox;
  private static int port;
  private static String stateChangeUrl;

  @BeforeAll
  static void startSandboxProcess() throws IOException {
    sandbox = SandboxProcess.start();
    port = sandbox.port;
    stateChangeUrl = sandbox.stateChangeUrl;
    assertThat(stateChangeUrl).isEqualTo("http://127.0.0.1:" + port + "/_sandbox/provider-states");
  }

  @AfterAll
  static void stopSandboxProcess() {
    sandbox.close();
  }

  /** Runs Pact's core verifier over a pact file; returns its result and what it reported. */
  private record Verification(VerificationResult result, String report) {}

  private static Verification verify(Path pact) throws Exception {
    ProviderInfo provider = new ProviderInfo(ContractFixtures.PROVIDER);
    provider.setProtocol("http");
    provider.setHost("127.0.0.1");
    provider.setPort(port);
    provider.setStateChangeUrl(new URL(stateChangeUrl));
    provider.setStateChangeUsesBody(true);
    provider.setStateChangeTeardown(true);
    ConsumerInfo consumer = new ConsumerInfo(ContractFixtures.CONSUMER);
    consumer.setPactSource(new FileSource(pact.toFile()));
    ProviderVerifier verifier = new ProviderVerifier();
    verifier.setProjectHasProperty(name -> false);
    verifier.initialiseReporters(provider);
    // The console reporter writes one "returns a response which" per verified interaction.
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      VerificationResult result =
          verifier.runVerificationForConsumer(new HashMap<>(), provider, consumer, null);
      return new Verification(result, captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
      original.print(captured.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyInteractionOfTheCommittedContractVerifiesThroughTheStateChangeUrl() throws Exception {
    Verification verification = verify(ContractFixtures.committedPact());

    assertThat(verification.result())
        .as(verification.report())
        .isInstanceOf(VerificationResult.Ok.class);
    assertThat(verification.report().split("returns a response which", -1))
        .hasSize(ContractChecks.interactions(ContractFixtures.committedPact()).size() + 1);
  }

  @Test
  void aContractTheSandboxDoesNotHonourFailsThroughTheSamePath(@TempDir Path dir) throws Exception {
    String pact = Files.readString(ContractFixtures.committedPact());
    Path tampered =
        Files.writeString(
            dir.resolve("tampered.json"),
            // The pact stores the look-alike as the JSON escape \\u01C3; its ASCII twin is "!".
            pact.replace("Can't find group\\u01C3", "Can't find group!"));
    assertThat(tampered).content().isNotEqualTo(pact);

    Verification verification = verify(tampered);

    assertThat(verification.result()).isInstanceOf(VerificationResult.Failed.class);
  }

  private static HttpResponse<String> changeState(String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(stateChangeUrl))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anUnknownStateIsRefusedByName() throws Exception {
    HttpResponse<String> response =
        changeState(
            "{\"state\":\"the moon is made of cheese\",\"params\":{},\"action\":\"setup\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("unknown provider state 'the moon is made of cheese'");
  }

  @Test
  void anInteractionWithoutStatesGetsAnEmptySetUpThatIsAccepted() throws Exception {
    // What Pact's Rust verifier sends before an interaction that has no provider state.
    HttpResponse<String> response =
        changeState("{\"state\":\"\",\"params\":{},\"action\":\"setup\"}");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void theOlderStateChangeBodyWithAListOfStatesIsAccepted() throws Exception {
    HttpResponse<String> response =
        changeState(
            "{\"states\":[\"group {groupId} exists\"],\"params\":{\"groupId\":\""
                + ContractFixtures.GROUP_ID
                + "\"}}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("group {groupId} exists");
  }
}
