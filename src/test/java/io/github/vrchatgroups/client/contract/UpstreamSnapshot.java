package io.github.vrchatgroups.client.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the community spec ({@code vrchatapi/specification}, many files joined by {@code $ref}s)
 * down to one self-contained file holding what it says of our operations, the ones our own spec
 * defines: paths, methods, parameters, request bodies, security, responses with their examples, and
 * the schemas they use. Prose is dropped ({@code description} and {@code summary}; a response keeps
 * an empty description, which OpenAPI requires). Keys keep upstream's order and schemas are sorted
 * by name, so the same upstream commit always gives the same bytes.
 */
final class UpstreamSnapshot {
  private static final Set<String> PROSE = Set.of("description", "summary");
  private static final Set<String> DROPPED = Set.of("tags", "externalDocs");
  private static final Set<String> VERBATIM =
      Set.of("example", "examples", "default", "enum", "x-evidence");
  private static final Pattern COMMIT = Pattern.compile("\\b[0-9a-f]{40}\\b");

  private final YAMLMapper yaml;
  private final Map<Path, JsonNode> files = new HashMap<>();
  private final Map<String, JsonNode> schemas = new TreeMap<>();
  private final Deque<String> schemasInProgress = new ArrayDeque<>();

  private UpstreamSnapshot() {
    yaml =
        YAMLMapper.builder(
                YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .build())
            .build();
  }

  /**
   * The snapshot of {@code upstreamEntry} (its {@code openapi.yaml}) for the operations of {@code
   * ourSpec}, as YAML text.
   */
  static String of(Path upstreamEntry, Path ourSpec, String sourceCommit) {
    return new UpstreamSnapshot().build(upstreamEntry, ourSpec, sourceCommit);
  }

  /** The upstream commit: the git checkout's HEAD, else the one its {@code SOURCE.md} names. */
  static String sourceCommit(Path upstreamEntry) throws IOException {
    Path root = upstreamEntry.toAbsolutePath().getParent().getParent();
    Path head = root.resolve(".git").resolve("HEAD");
    if (Files.isRegularFile(head)) {
      String ref = Files.readString(head).strip();
      if (ref.startsWith("ref: ")) {
        Path refFile = root.resolve(".git").resolve(ref.substring(5));
        if (Files.isRegularFile(refFile)) {
          return Files.readString(refFile).strip();
        }
      } else if (COMMIT.matcher(ref).matches()) {
        return ref;
      }
    }
    Path source = root.resolve("SOURCE.md");
    if (Files.isRegularFile(source)) {
      Matcher commit = COMMIT.matcher(Files.readString(source));
      if (commit.find()) {
        return commit.group();
      }
    }
    throw new IllegalArgumentException(
        "cannot tell the upstream commit of "
            + root
            + ": neither a git checkout nor a SOURCE.md naming one");
  }

  private String build(Path upstreamEntry, Path ourSpec, String sourceCommit) {
    Path entry = upstreamEntry.toAbsolutePath().normalize();
    JsonNode root = resolveRef(entry, read(entry));
    Path pathsFile = fileOf(entry, root.path("paths"));
    JsonNode upstreamPaths = resolveRef(entry, root.path("paths"));
    ObjectNode paths = JsonNodeFactory.instance.objectNode();
    read(ourSpec.toAbsolutePath())
        .path("paths")
        .properties()
        .forEach(
            ours -> {
              String template = ours.getKey();
              JsonNode item = upstreamPaths.get(template);
              if (item == null) {
                return;
              }
              Path itemFile = fileOf(pathsFile, item);
              JsonNode resolvedItem = resolveRef(pathsFile, item);
              ObjectNode operations = JsonNodeFactory.instance.objectNode();
              ours.getValue()
                  .fieldNames()
                  .forEachRemaining(
                      method -> {
                        JsonNode operation = resolvedItem.get(method);
                        if (operation != null) {
                          operations.set(
                              method,
                              operation(itemFile, resolvedItem.path("parameters"), operation));
                        }
                      });
              if (!operations.isEmpty()) {
                paths.set(template, operations);
              }
            });
    ObjectNode snapshot = JsonNodeFactory.instance.objectNode();
    snapshot.put("openapi", root.path("openapi").asText("3.0.3"));
    ObjectNode info = snapshot.putObject("info");
    info.put("title", "vrchatapi/specification: the operations of vrchat-groups-client");
    info.put("version", root.path("info").path("version").asText());
    info.put("x-source-commit", sourceCommit);
    info.putObject("license").put("name", "MIT");
    snapshot.set("servers", root.path("servers"));
    snapshot.set("paths", paths);
    ObjectNode components = snapshot.putObject("components");
    ObjectNode schemaNodes = components.putObject("schemas");
    schemas.forEach(schemaNodes::set);
    components.set(
        "securitySchemes",
        copy(entry, resolveRef(entry, root.path("components").path("securitySchemes")), false));
    try {
      return "# Generated by 'mvn -B -Pupstream-refresh -Dupstream.spec=…/openapi.yaml'; do not edit.\n"
          + "# vrchatapi/specification at "
          + sourceCommit
          + " (MIT, see LICENSE beside this file), cut to our operations, prose removed.\n"
          + yaml.writeValueAsString(snapshot);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One operation, with the path item's parameters put in front of its own. */
  private JsonNode operation(Path file, JsonNode pathParameters, JsonNode operation) {
    ObjectNode copied = (ObjectNode) copy(file, operation, false);
    ArrayNode parameters = JsonNodeFactory.instance.arrayNode();
    for (JsonNode parameter : pathParameters) {
      parameters.add(copy(file, parameter, false));
    }
    copied.path("parameters").forEach(parameters::add);
    copied.remove("parameters");
    if (!parameters.isEmpty()) {
      // Keep OpenAPI's usual order: parameters right after the operation's identity.
      ObjectNode ordered = JsonNodeFactory.instance.objectNode();
      copied
          .properties()
          .forEach(
              field -> {
                ordered.set(field.getKey(), field.getValue());
                if (field.getKey().equals("operationId")) {
                  ordered.set("parameters", parameters);
                }
              });
      if (!ordered.has("parameters")) {
        ordered.set("parameters", parameters);
      }
      return ordered;
    }
    return copied;
  }

  /**
   * A deep copy with every {@code $ref} resolved: schemas become {@code #/components/schemas/Name}
   * references (collected once each), everything else is inlined; prose is dropped.
   */
  private JsonNode copy(Path file, JsonNode node, boolean verbatim) {
    if (node.isArray()) {
      ArrayNode copied = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copied.add(copy(file, element, verbatim)));
      return copied;
    }
    if (!node.isObject()) {
      return node.deepCopy();
    }
    if (!verbatim && node.has("$ref")) {
      String ref = node.get("$ref").asText();
      Path target = targetFile(file, ref);
      if (isSchema(target, ref)) {
        return JsonNodeFactory.instance
            .objectNode()
            .put("$ref", "#/components/schemas/" + collectSchema(target, ref));
      }
      return copy(target, resolveRef(file, node), false);
    }
    ObjectNode copied = JsonNodeFactory.instance.objectNode();
    node.properties()
        .forEach(
            field -> {
              String key = field.getKey();
              if (!verbatim && DROPPED.contains(key)) {
                return;
              }
              if (!verbatim && PROSE.contains(key) && field.getValue().isTextual()) {
                return;
              }
              boolean keepAsIs = verbatim || VERBATIM.contains(key);
              if (key.equals("properties") && !verbatim) {
                ObjectNode properties = copied.putObject(key);
                field
                    .getValue()
                    .properties()
                    .forEach(p -> properties.set(p.getKey(), copy(file, p.getValue(), false)));
              } else if (key.equals("responses") && !verbatim) {
                ObjectNode responses = copied.putObject(key);
                field
                    .getValue()
                    .properties()
                    .forEach(r -> responses.set(r.getKey(), response(file, r.getValue())));
              } else if (key.equals("examples") && !verbatim && field.getValue().isObject()) {
                ObjectNode examples = copied.putObject(key);
                field
                    .getValue()
                    .properties()
                    .forEach(e -> examples.set(e.getKey(), example(file, e.getValue())));
              } else {
                copied.set(key, copy(file, field.getValue(), keepAsIs));
              }
            });
    return copied;
  }

  /** A response: prose dropped, but the description OpenAPI requires kept, empty. */
  private JsonNode response(Path file, JsonNode response) {
    ObjectNode copied = JsonNodeFactory.instance.objectNode();
    copied.set("description", TextNode.valueOf(""));
    copied.setAll((ObjectNode) copy(file, response, false));
    return copied;
  }

  /** An example object: its value verbatim, its prose dropped. */
  private JsonNode example(Path file, JsonNode example) {
    JsonNode resolved = example.has("$ref") ? resolveRef(file, example) : example;
    ObjectNode copied = JsonNodeFactory.instance.objectNode();
    resolved
        .properties()
        .forEach(
            field -> {
              if (!PROSE.contains(field.getKey())) {
                copied.set(field.getKey(), field.getValue().deepCopy());
              }
            });
    return copied;
  }

  private boolean isSchema(Path target, String ref) {
    return target.toString().contains("/schemas/") && !ref.contains("#")
        || ref.contains("#/components/schemas/");
  }

  private String collectSchema(Path target, String ref) {
    String name =
        ref.contains("#")
            ? ref.substring(ref.lastIndexOf('/') + 1)
            : target.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    if (!schemas.containsKey(name) && !schemasInProgress.contains(name)) {
      schemasInProgress.push(name);
      JsonNode schema = copy(target, pointer(read(target), fragment(ref)), false);
      schemasInProgress.pop();
      schemas.put(name, schema);
    }
    return name;
  }

  /** Where a chain of {@code $ref}s ends: the node, and the file it is in. */
  private record Resolved(Path file, JsonNode node) {}

  private Resolved follow(Path file, JsonNode node) {
    Path currentFile = file;
    JsonNode current = node;
    while (current.isObject() && current.has("$ref")) {
      String ref = current.get("$ref").asText();
      currentFile = targetFile(currentFile, ref);
      current = pointer(read(currentFile), fragment(ref));
    }
    return new Resolved(currentFile, current);
  }

  private JsonNode resolveRef(Path file, JsonNode node) {
    return follow(file, node).node();
  }

  private Path fileOf(Path file, JsonNode node) {
    return follow(file, node).file();
  }

  private static Path targetFile(Path file, String ref) {
    String filePart = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
    return filePart.isEmpty() ? file : file.getParent().resolve(filePart).normalize();
  }

  private static String fragment(String ref) {
    return ref.contains("#") ? ref.substring(ref.indexOf('#') + 1) : "";
  }

  private static JsonNode pointer(JsonNode document, String pointer) {
    JsonNode at = document;
    for (String token : pointer.split("/")) {
      if (!token.isEmpty()) {
        at = at.path(token.replace("~1", "/").replace("~0", "~"));
      }
    }
    if (at.isMissingNode()) {
      throw new IllegalArgumentException("unresolvable $ref pointer " + pointer);
    }
    return at;
  }

  private JsonNode read(Path file) {
    return files.computeIfAbsent(
        file,
        f -> {
          try {
            return yaml.readTree(Files.readString(f, StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
          }
        });
  }

  /**
   * {@code mvn -Pupstream-refresh}: rebuilds the snapshot from an upstream {@code openapi.yaml},
   * copies the licence, and prints what changed for our operations.
   *
   * @param args the upstream {@code openapi.yaml}, our spec, the snapshot to write
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3 || args[0].isBlank()) {
      System.err.println(
          "usage: mvn -B -Pupstream-refresh -Dupstream.spec=<vrchatapi/specification checkout>/openapi/openapi.yaml");
      System.exit(2);
    }
    Path upstream = Path.of(args[0]);
    Path snapshotFile = Path.of(args[2]);
    String commit = sourceCommit(upstream);
    String fresh = of(upstream, Path.of(args[1]), commit);
    String old = Files.isRegularFile(snapshotFile) ? Files.readString(snapshotFile) : null;
    List<String> changes = UpstreamChanges.between(old, fresh);
    Files.createDirectories(snapshotFile.toAbsolutePath().getParent());
    Files.writeString(snapshotFile, fresh, StandardCharsets.UTF_8);
    Path license = upstream.toAbsolutePath().getParent().getParent().resolve("LICENSE");
    if (Files.isRegularFile(license)) {
      Files.copy(
          license,
          snapshotFile.resolveSibling("LICENSE"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    System.out.println("upstream snapshot of " + commit + " written to " + snapshotFile);
    if (changes.isEmpty()) {
      System.out.println("no change for our operations");
    } else {
      changes.forEach(change -> System.out.println("  " + change));
    }
  }
}
