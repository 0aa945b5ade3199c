package io.github.vrchatgroups.client.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The response examples of an OpenAPI spec, each with its operation, status and {@code
 * x-provenance}: what tests hold the client's and the sandbox's copies of VRChat's words against.
 */
public final class SpecExamples {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One response example of the spec. */
  public record ResponseExample(
      String method,
      String pathTemplate,
      int status,
      String name,
      String provenance,
      String evidence,
      JsonNode body) {
    /** {@code error.message}, or {@code null} when the body has none. */
    public String errorMessage() {
      JsonNode message = body.path("error").path("message");
      return message.isTextual() ? message.textValue() : null;
    }
  }

  private SpecExamples() {}

  /** The spec of this build, {@code openapi/vrchat-groups.yaml}. */
  public static Path ourSpec() {
    return Path.of(System.getProperty("openapi.spec", "openapi/vrchat-groups.yaml"));
  }

  /** The spec, every reference resolved. */
  public static OpenAPI parse(Path spec) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    OpenAPI api = new OpenAPIV3Parser().read(spec.toUri().toString(), null, options);
    if (api == null) {
      throw new IllegalArgumentException("cannot read the OpenAPI spec " + spec);
    }
    return api;
  }

  /** Every named response example of the spec, references resolved. */
  public static List<ResponseExample> of(Path spec) {
    OpenAPI api = parse(spec);
    List<ResponseExample> examples = new ArrayList<>();
    api.getPaths()
        .forEach(
            (template, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) ->
                            operation
                                .getResponses()
                                .forEach(
                                    (status, response) -> {
                                      if (response.getContent() == null) {
                                        return;
                                      }
                                      response
                                          .getContent()
                                          .forEach(
                                              (type, media) -> {
                                                if (media.getExample() != null) {
                                                  examples.add(
                                                      new ResponseExample(
                                                          method.name(),
                                                          template,
                                                          Integer.parseInt(status),
                                                          "example",
                                                          null,
                                                          null,
                                                          JSON.valueToTree(media.getExample())));
                                                }
                                                if (media.getExamples() == null) {
                                                  return;
                                                }
                                                media
                                                    .getExamples()
                                                    .forEach(
                                                        (name, example) ->
                                                            examples.add(
                                                                example(
                                                                    method.name(),
                                                                    template,
                                                                    Integer.parseInt(status),
                                                                    name,
                                                                    example)));
                                              });
                                    })));
    return examples;
  }

  private static ResponseExample example(
      String method, String template, int status, String name, Example example) {
    Map<String, Object> extensions =
        example.getExtensions() == null ? Map.of() : example.getExtensions();
    return new ResponseExample(
        method,
        template,
        status,
        name,
        (String) extensions.get("x-provenance"),
        (String) extensions.get("x-evidence"),
        JSON.valueToTree(example.getValue()));
  }

  /** The error messages the spec documents for this operation and status. */
  public static List<String> errorMessages(
      List<ResponseExample> examples, String method, String pathTemplate, int status) {
    return examples.stream()
        .filter(e -> e.method().equals(method) && e.pathTemplate().equals(pathTemplate))
        .filter(e -> e.status() == status && e.errorMessage() != null)
        .map(ResponseExample::errorMessage)
        .toList();
  }
}
