package io.github.vrchatgroups.client.contract;

import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.matchers.ResponseMatching;
import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.RequestResponseInteraction;
import au.com.dius.pact.core.model.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The committed contract checked against a real server: every interaction that cannot change
 * anything is replayed against {@code VRCHAT_BASE_URL} and its answer is compared with the contract
 * by Pact's own response matching, the contract being the oracle. What could create, cancel,
 * decline or end anything is skipped, with the reason; the table of {@link LiveReplays} decides.
 *
 * <p>Configuration, by environment: {@code VRCHAT_AUTH} (an auth cookie value; without it the check
 * is skipped and passes), {@code VRCHAT_USER_AGENT} (required with it), {@code VRCHAT_GROUP} (a
 * group the account can manage invites of), {@code VRCHAT_BASE_URL} (default the real API root),
 * optionally {@code VRCHAT_NOT_MEMBER_GROUP} (a group the account is not in) and {@code
 * VRCHAT_LIVE_PACING_MILLIS} (pause between requests, default 1000).
 */
public final class LiveContractCheck {
  static final String DEFAULT_BASE_URL = "https://api.vrchat.cloud/api/1";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One line of the report. */
  record Outcome(String description, String outcome, String reason, Integer status, String body) {
    static Outcome skipped(String description, String reason) {
      return new Outcome(description, "skipped", reason, null, null);
    }
  }

  private final LiveConfig config;
  private final HttpClient http;
  private final PrintStream out;

  LiveContractCheck(LiveConfig config, PrintStream out) {
    this.config = config;
    this.out = out;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /**
   * Runs the check of the contract {@code pact}, writes {@code report} and prints one line per
   * interaction.
   *
   * @return the exit code: 0 when nothing replayed failed (or the check is skipped), 1 when an
   *     interaction failed, 2 for a configuration that cannot be used
   */
  static int run(Map<String, String> env, Path pact, Path report, PrintStream out)
      throws IOException, InterruptedException {
    List<RequestResponseInteraction> interactions = ContractChecks.interactions(pact);
    LiveConfig config;
    try {
      config = LiveConfig.from(env);
    } catch (IllegalArgumentException e) {
      out.println("live contract check: " + e.getMessage());
      return 2;
    }
    List<Outcome> outcomes = new ArrayList<>();
    if (config == null) {
      out.println(
          "live contract check skipped: VRCHAT_AUTH is not set. It needs an auth cookie of a VRChat"
              + " account (and VRCHAT_USER_AGENT, VRCHAT_GROUP); see docs/live-contract-check.md.");
      interactions.forEach(
          i -> outcomes.add(Outcome.skipped(i.getDescription(), "VRCHAT_AUTH is not set")));
    } else {
      out.println("live contract check against " + config.baseUrl());
      outcomes.addAll(new LiveContractCheck(config, out).replayAll(interactions));
    }
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.writeString(report, JSON.writeValueAsString(outcomes), StandardCharsets.UTF_8);
    long failed = outcomes.stream().filter(o -> o.outcome().equals("failed")).count();
    long passed = outcomes.stream().filter(o -> o.outcome().equals("passed")).count();
    out.println(
        passed
            + " passed, "
            + failed
            + " failed, "
            + (outcomes.size() - passed - failed)
            + " skipped; report: "
            + report);
    return failed > 0 ? 1 : 0;
  }

  private List<Outcome> replayAll(List<RequestResponseInteraction> interactions)
      throws IOException, InterruptedException {
    LiveReplays replays = new LiveReplays(config);
    List<Outcome> outcomes = new ArrayList<>();
    // The listing first: its 200 shows the account manages VRCHAT_GROUP, which the invite that
    // can only be refused (the caller into their own group) depends on.
    List<RequestResponseInteraction> ordered = new ArrayList<>(interactions);
    ordered.sort((a, b) -> Integer.compare(replays.order(a), replays.order(b)));
    Map<String, Outcome> byDescription = new LinkedHashMap<>();
    for (RequestResponseInteraction interaction : ordered) {
      LiveReplays.Plan plan = replays.plan(interaction, byDescription);
      Outcome outcome =
          plan.skipReason() != null
              ? Outcome.skipped(interaction.getDescription(), plan.skipReason())
              : replay(interaction, plan.request(), replays);
      byDescription.put(interaction.getDescription(), outcome);
      out.println(line(outcome));
    }
    for (RequestResponseInteraction interaction : interactions) {
      outcomes.add(byDescription.get(interaction.getDescription()));
    }
    return outcomes;
  }

  private Outcome replay(
      RequestResponseInteraction interaction, HttpRequest request, LiveReplays replays)
      throws IOException, InterruptedException {
    if (config.pacing().toMillis() > 0) {
      Thread.sleep(config.pacing().toMillis());
    }
    HttpResponse<String> answer;
    try {
      answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Outcome(
          interaction.getDescription(),
          "failed",
          "no answer from " + config.baseUrl() + ": " + e,
          null,
          null);
    }
    // Kept for the replays that depend on this answer, never written to the report.
    replays.answered(interaction.getDescription(), answer.body());
    String body = config.redact(answer.body());
    Map<String, List<String>> headers = new LinkedHashMap<>();
    answer
        .headers()
        .firstValue("Content-Type")
        .ifPresent(t -> headers.put("Content-Type", List.of(t)));
    String type = answer.headers().firstValue("Content-Type").orElse("application/json");
    Response actual =
        new Response(
            answer.statusCode(), headers, OptionalBody.body(answer.body(), new ContentType(type)));
    if (answer.statusCode() == 200
        && isEmptyAuditLogPage(answer.body())
        && interaction.getResponse().getStatus() == 200) {
      return new Outcome(
          interaction.getDescription(),
          "passed",
          "status 200 and an empty page of the audit log: no entry was matched",
          200,
          null);
    }
    if (answer.statusCode() == 200
        && isEmptyArray(answer.body())
        && interaction.getResponse().getStatus() == 200) {
      return new Outcome(
          interaction.getDescription(),
          "passed",
          "status 200 and an empty page: the group has no pending invites, so no item was matched",
          200,
          null);
    }
    List<Mismatch> mismatches =
        ResponseMatching.responseMismatches(interaction.getResponse(), actual);
    if (mismatches.isEmpty()) {
      return new Outcome(interaction.getDescription(), "passed", null, answer.statusCode(), null);
    }
    String reason =
        mismatches.stream()
            .map(m -> config.redact(m.description()).replaceAll("\\s+", " "))
            .collect(Collectors.joining("; "));
    return new Outcome(interaction.getDescription(), "failed", reason, answer.statusCode(), body);
  }

  private static boolean isEmptyAuditLogPage(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      return node != null && node.path("results").isArray() && node.path("results").isEmpty();
    } catch (IOException notJson) {
      return false;
    }
  }

  private static boolean isEmptyArray(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      return node != null && node.isArray() && node.isEmpty();
    } catch (IOException notJson) {
      return false;
    }
  }

  private static String line(Outcome outcome) {
    return String.format(
        "%-7s %s%s",
        outcome.outcome(),
        outcome.description(),
        outcome.reason() == null ? "" : " (" + outcome.reason() + ")");
  }

  /** {@code mvn -B -Plive-contract verify}: the contract and the report path as arguments. */
  public static void main(String[] args) throws IOException, InterruptedException {
    System.exit(run(System.getenv(), Path.of(args[0]), Path.of(args[1]), System.out));
  }

  static String urlEncode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static URI uri(String base, String path, String query) {
    return URI.create(base + path + (query == null || query.isEmpty() ? "" : "?" + query));
  }
}
