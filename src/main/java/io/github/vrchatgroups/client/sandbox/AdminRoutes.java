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
  static final String FIXTURE = PREFIX + "fixture";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Runnable reset;
  private final Consumer<InputStream> loadFixture;
  private final BiConsumer<String, Map<String, ?>> applyProviderState;
  // Set by every API request; the next provider-state set-up starts from an empty sandbox.
  private volatile boolean servedSinceStateChange;

  AdminRoutes(
      Runnable reset,
      Consumer<InputStream> loadFixture,
      BiConsumer<String, Map<String, ?>> applyProviderState) {
    this.reset = reset;
    this.loadFixture = loadFixture;
    this.applyProviderState = applyProviderState;
  }

  /** Told of every API request. */
  void apiRequestServed() {
    servedSinceStateChange = true;
  }

  Reply answer(String path, HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      return Reply.bareError(405, "the sandbox's endpoints take POST").withHeader("Allow", "POST");
    }
    byte[] body = exchange.getRequestBody().readNBytes(1 << 20);
    try {
      switch (path) {
        case PROVIDER_STATES:
          return changeProviderState(body);
        case RESET:
          resetAll();
          return Reply.json(Map.of("reset", true));
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

  private void resetAll() {
    reset.run();
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
