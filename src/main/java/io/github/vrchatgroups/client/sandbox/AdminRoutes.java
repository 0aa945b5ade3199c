package io.github.vrchatgroups.client.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The sandbox's own endpoints under {@code /_sandbox/}, for verifiers and tests in other languages:
 * Pact's state-change protocol, reset, and fixture loading. Each interaction's states apply to an
 * empty sandbox: the first set-up after an API request, and every tear-down, reset it first.
 */
final class AdminRoutes {
  static final String PREFIX = "/_sandbox/";
  static final String PROVIDER_STATES = PREFIX + "provider-states";
  static final String RESET = PREFIX + "reset";
  static final String EMPTY = PREFIX + "empty";
  static final String FIXTURE = PREFIX + "fixture";
  static final String FAULTS = PREFIX + "faults";
  static final String REQUESTS = PREFIX + "requests";
  private static final java.util.Set<String> FAULT_KEYS =
      java.util.Set.of("operation", "times", "answer", "retryAfter", "body", "fault");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Runnable reset;
  private final Runnable empty;
  private final Consumer<InputStream> loadFixture;
  private final BiConsumer<String, Map<String, ?>> applyProviderState;
  private final SandboxFaults faults;
  private final SandboxJournal journal;
  // Set by every API request; the next provider-state set-up starts from an empty sandbox.
  private volatile boolean servedSinceStateChange;

  AdminRoutes(
      Runnable reset,
      Runnable empty,
      Consumer<InputStream> loadFixture,
      BiConsumer<String, Map<String, ?>> applyProviderState,
      SandboxFaults faults,
      SandboxJournal journal) {
    this.faults = faults;
    this.journal = journal;
    this.reset = reset;
    this.empty = empty;
    this.loadFixture = loadFixture;
    this.applyProviderState = applyProviderState;
  }

  /** Told of every API request. */
  void apiRequestServed() {
    servedSinceStateChange = true;
  }

  Reply answer(String path, HttpExchange exchange) throws IOException {
    boolean get = exchange.getRequestMethod().equals("GET");
    if (get && path.equals(FAULTS)) {
      return Reply.json(faults.list());
    }
    if (get && path.equals(REQUESTS)) {
      return Reply.json(journal.requests());
    }
    if (!exchange.getRequestMethod().equals("POST")) {
      return Reply.bareError(405, "the sandbox's endpoints take POST (GET for faults and requests)")
          .withHeader("Allow", path.equals(FAULTS) ? "GET, POST" : "POST");
    }
    byte[] body = exchange.getRequestBody().readNBytes(1 << 20);
    try {
      switch (path) {
        case PROVIDER_STATES:
          return changeProviderState(body);
        case RESET:
          reset.run();
          servedSinceStateChange = false;
          return Reply.json(Map.of("reset", true));
        case EMPTY:
          resetAll();
          return Reply.json(Map.of("empty", true));
        case FAULTS:
          return armFault(body);
        case FIXTURE:
          loadFixture.accept(new ByteArrayInputStream(body));
          return Reply.json(Map.of("loaded", true));
        default:
          return Reply.bareError(404, "no sandbox endpoint " + path);
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Reply.bareError(400, e.getMessage());
    }
  }

  /**
   * {@code {"operation": "invite", "times": 2, "answer": 429, "retryAfter": 1, "body": "…"}} or
   * {@code {"operation": "any", "times": 1, "fault": "reset" | "stall" | "truncate"}}.
   */
  private Reply armFault(byte[] raw) {
    JsonNode body = SandboxExchange.jsonObject(raw);
    if (body == null) {
      throw new IllegalArgumentException(
          "a fault is a JSON object: {\"operation\": \"invite\", \"times\": 1, \"answer\": 429}");
    }
    body.fieldNames()
        .forEachRemaining(
            name -> {
              if (!FAULT_KEYS.contains(name)) {
                throw new IllegalArgumentException(
                    "a fault has no key '"
                        + name
                        + "' (known: "
                        + new java.util.TreeSet<>(FAULT_KEYS)
                        + ")");
              }
            });
    SandboxOperation operation = SandboxOperation.fromName(body.path("operation").asText("any"));
    int times = body.path("times").asInt(1);
    if (times < 1) {
      throw new IllegalArgumentException("times must be 1 or more, got " + body.path("times"));
    }
    SandboxFault fault;
    if (body.has("fault")) {
      String kind = body.path("fault").asText();
      try {
        fault =
            SandboxFault.connection(
                SandboxFault.ConnectionFault.valueOf(kind.toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException unknown) {
        throw new IllegalArgumentException("fault must be reset, stall or truncate; got " + kind);
      }
    } else if (body.path("answer").isInt()) {
      fault = SandboxFault.answer(body.path("answer").asInt());
      if (body.has("retryAfter")) {
        fault =
            fault.withRetryAfter(java.time.Duration.ofSeconds(body.path("retryAfter").asLong()));
      }
      if (body.hasNonNull("body")) {
        fault = fault.withBody(body.path("body").asText());
      }
    } else {
      throw new IllegalArgumentException(
          "a fault needs \"answer\": STATUS or \"fault\": reset|stall|truncate");
    }
    faults.arm(operation, times, fault);
    return Reply.json(faults.list());
  }

  private void resetAll() {
    empty.run();
    servedSinceStateChange = false;
  }

  private synchronized Reply changeProviderState(byte[] raw) {
    JsonNode body;
    try {
      body = JSON.readTree(raw);
    } catch (IOException e) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      return Reply.bareError(
          400, "a state change is a JSON object: {\"state\": \"…\", \"params\": {…}}");
    }
    List<String> states = new ArrayList<>();
    if (body.path("state").isTextual()) {
      states.add(body.path("state").textValue());
    }
    body.path("states").forEach(state -> states.add(state.asText()));
    // An interaction without provider states gets a set-up with an empty name: nothing to set up.
    states.removeIf(String::isBlank);
    @SuppressWarnings("unchecked")
    Map<String, Object> params =
        body.path("params").isObject()
            ? JSON.convertValue(body.get("params"), Map.class)
            : Map.of();
    boolean teardown = body.path("action").asText("setup").equals("teardown");
    if (teardown || servedSinceStateChange) {
      resetAll();
    }
    if (!teardown) {
      for (String state : states) {
        applyProviderState.accept(state, params);
      }
    }
    return Reply.json(Reply.object("states", states, "action", teardown ? "teardown" : "setup"));
  }
}
