package io.github.vrchatgroups.client.contract;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.FileSource;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.RequestResponseInteraction;
import au.com.dius.pact.core.model.V4Pact;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.pact.PactRequest;
import com.atlassian.oai.validator.pact.PactResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vrchatgroups.client.testing.SpecExamples;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a pact file against the OpenAPI spec: every interaction conforms to it, and every error
 * body in the pact is one of the spec's examples for that status, byte for byte. Each check returns
 * its findings as readable lines; an empty list means the check passed.
 */
final class ContractChecks {
  /** What the validator reports for a request without the {@code auth} cookie. */
  static final String MISSING_CREDENTIALS_KEY = "validation.request.security.missing";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path spec;
  private final OpenApiInteractionValidator validator;
  private final OpenAPI api;

  ContractChecks(Path spec) {
    this.spec = spec;
    this.validator =
        OpenApiInteractionValidator.createForSpecificationUrl(spec.toUri().toString()).build();
    this.api = SpecExamples.parse(spec);
  }

  static List<RequestResponseInteraction> interactions(Path pactFile) {
    Pact pact = DefaultPactReader.INSTANCE.loadPact(new FileSource(pactFile.toFile()));
    Pact requestResponse =
        pact instanceof V4Pact ? ((V4Pact) pact).asRequestResponsePact().get() : pact;
    List<RequestResponseInteraction> interactions = new ArrayList<>();
    requestResponse
        .getInteractions()
        .forEach(i -> interactions.add((RequestResponseInteraction) i));
    return interactions;
  }

  /**
   * Every finding of the validator for every interaction. The one exception it expects: an
   * interaction that documents a 401 sends no credentials, so it must be reported as missing them,
   * and for nothing else.
   */
  List<String> nonConformingInteractions(Path pactFile) {
    List<String> findings = new ArrayList<>();
    for (RequestResponseInteraction interaction : interactions(pactFile)) {
      ValidationReport report =
          validator.validate(
              PactRequest.of(interaction.getRequest()), PactResponse.of(interaction.getResponse()));
      Set<String> keys = new TreeSet<>();
      report.getMessages().forEach(m -> keys.add(m.getKey()));
      // A 401 without any credential is reported as missing one; a 401 for a wrong password or an
      // ended session carries its credential, and must conform like any other interaction.
      boolean documentsMissingCredentials =
          interaction.getResponse().getStatus() == 401
              && !interaction.getRequest().getHeaders().containsKey("Cookie")
              && !interaction.getRequest().getHeaders().containsKey("Authorization");
      Set<String> expected =
          documentsMissingCredentials ? Set.of(MISSING_CREDENTIALS_KEY) : Set.of();
      if (!keys.equals(expected)) {
        findings.add(
            "'"
                + interaction.getDescription()
                + "': expected "
                + expected
                + " but the validator reported "
                + keys
                + ": "
                + report.getMessages());
      }
    }
    return findings;
  }

  /**
   * One way an interaction disagrees with the spec.
   *
   * @param interaction the interaction's description
   * @param key the validator's message key, or {@link #UNDOCUMENTED_ERROR_BODY}
   * @param detail what the check said
   */
  record Finding(String interaction, String key, String detail) {}

  /** The key of a finding that an error body is none of the spec's examples for its status. */
  static final String UNDOCUMENTED_ERROR_BODY = "undocumented.error.body";

  /**
   * Every disagreement of the pact with the spec, one per validator message and per undocumented
   * error body; a 401 without credentials reported as missing them is no disagreement.
   */
  List<Finding> findings(Path pactFile) {
    List<Finding> findings = new ArrayList<>();
    for (RequestResponseInteraction interaction : interactions(pactFile)) {
      ValidationReport report =
          validator.validate(
              PactRequest.of(interaction.getRequest()), PactResponse.of(interaction.getResponse()));
      boolean documentsMissingCredentials =
          interaction.getResponse().getStatus() == 401
              && !interaction.getRequest().getHeaders().containsKey("Cookie")
              && !interaction.getRequest().getHeaders().containsKey("Authorization");
      for (ValidationReport.Message message : report.getMessages()) {
        if (!(documentsMissingCredentials && message.getKey().equals(MISSING_CREDENTIALS_KEY))) {
          findings.add(
              new Finding(interaction.getDescription(), message.getKey(), message.getMessage()));
        }
      }
    }
    for (String body : undocumentedErrorBodies(pactFile)) {
      String description = body.substring(1, body.indexOf("': "));
      findings.add(new Finding(description, UNDOCUMENTED_ERROR_BODY, body));
    }
    return findings;
  }

  /**
   * Error bodies in the pact that are not, byte for byte, one of the spec's examples for their
   * status.
   */
  List<String> undocumentedErrorBodies(Path pactFile) {
    List<String> findings = new ArrayList<>();
    for (RequestResponseInteraction interaction : interactions(pactFile)) {
      int status = interaction.getResponse().getStatus();
      if (status < 400) {
        continue;
      }
      Request request = PactRequest.of(interaction.getRequest());
      List<JsonNode> documented = examples(request.getMethod().name(), request.getPath(), status);
      JsonNode actual = parse(interaction.getResponse().getBody().valueAsString());
      if (!documented.contains(actual)) {
        findings.add(
            "'"
                + interaction.getDescription()
                + "': error body "
                + actual
                + " is none of the spec's examples for "
                + status
                + ": "
                + documented);
      }
    }
    return findings;
  }

  /** Response examples of the spec that do not validate against their own schema. */
  List<String> invalidSpecExamples() {
    List<String> findings = new ArrayList<>();
    for (SpecExamples.ResponseExample example : SpecExamples.of(spec)) {
      SimpleResponse candidate =
          SimpleResponse.Builder.status(example.status())
              .withContentType("application/json")
              .withBody(example.body().toString())
              .build();
      ValidationReport report =
          validator.validateResponse(
              example.pathTemplate(),
              com.atlassian.oai.validator.model.Request.Method.valueOf(example.method()),
              candidate);
      if (report.hasErrors()) {
        findings.add(
            example.method()
                + " "
                + example.pathTemplate()
                + " "
                + example.status()
                + " example '"
                + example.name()
                + "': "
                + report.getMessages());
      }
    }
    return findings;
  }

  /** The examples the spec documents for this method, concrete path and status, as JSON trees. */
  List<JsonNode> examples(String method, String path, int status) {
    for (Map.Entry<String, PathItem> entry : api.getPaths().entrySet()) {
      if (templateMatches(entry.getKey(), path)) {
        Operation operation =
            entry.getValue().readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
        ApiResponse response =
            operation == null ? null : operation.getResponses().get(String.valueOf(status));
        return response == null ? List.of() : new ArrayList<>(examplesOf(response).values());
      }
    }
    return List.of();
  }

  Path spec() {
    return spec;
  }

  private static Map<String, JsonNode> examplesOf(ApiResponse response) {
    Map<String, JsonNode> examples = new LinkedHashMap<>();
    if (response.getContent() == null) {
      return examples;
    }
    for (MediaType media : response.getContent().values()) {
      if (media.getExample() != null) {
        examples.put("example", JSON.valueToTree(media.getExample()));
      }
      if (media.getExamples() != null) {
        media
            .getExamples()
            .forEach((name, example) -> examples.put(name, JSON.valueToTree(example.getValue())));
      }
    }
    return examples;
  }

  private static boolean templateMatches(String template, String path) {
    String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
    return path.matches(regex);
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json == null ? "null" : json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
