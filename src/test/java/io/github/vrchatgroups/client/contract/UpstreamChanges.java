package io.github.vrchatgroups.client.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * What changed between two upstream snapshots, for our operations, in lines a reviewer reads:
 * operations, responses (status), response schemas and examples, parameters, request bodies and the
 * schemas they use, each added, removed or changed.
 */
final class UpstreamChanges {
  private static final YAMLMapper YAML = new YAMLMapper();

  private UpstreamChanges() {}

  /**
   * The changes from {@code before} to {@code after}; everything is new if {@code before} is null.
   */
  static List<String> between(String before, String after) {
    JsonNode old = before == null ? MissingNode.getInstance() : parse(before);
    JsonNode fresh = parse(after);
    List<String> changes = new ArrayList<>();
    for (String path : names(old.path("paths"), fresh.path("paths"))) {
      JsonNode oldItem = old.path("paths").path(path);
      JsonNode freshItem = fresh.path("paths").path(path);
      for (String method : names(oldItem, freshItem)) {
        String operation = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        JsonNode a = oldItem.path(method);
        JsonNode b = freshItem.path(method);
        if (presence(changes, operation, a, b)) {
          continue;
        }
        compare(changes, operation + ": parameters", a.path("parameters"), b.path("parameters"));
        compare(
            changes, operation + ": request body", a.path("requestBody"), b.path("requestBody"));
        compare(changes, operation + ": security", a.path("security"), b.path("security"));
        for (String status : names(a.path("responses"), b.path("responses"))) {
          String response = operation + ": response " + status;
          JsonNode ra = a.path("responses").path(status);
          JsonNode rb = b.path("responses").path(status);
          if (presence(changes, response, ra, rb)) {
            continue;
          }
          compare(changes, response + " headers", ra.path("headers"), rb.path("headers"));
          for (String type : names(ra.path("content"), rb.path("content"))) {
            JsonNode ca = ra.path("content").path(type);
            JsonNode cb = rb.path("content").path(type);
            if (presence(changes, response + " " + type, ca, cb)) {
              continue;
            }
            compare(changes, response + " schema", ca.path("schema"), cb.path("schema"));
            compare(changes, response + " example", ca.path("example"), cb.path("example"));
            for (String name : names(ca.path("examples"), cb.path("examples"))) {
              compare(
                  changes,
                  response + " example '" + name + "'",
                  ca.path("examples").path(name),
                  cb.path("examples").path(name));
            }
          }
        }
      }
    }
    JsonNode oldSchemas = old.path("components").path("schemas");
    JsonNode freshSchemas = fresh.path("components").path("schemas");
    for (String schema : names(oldSchemas, freshSchemas)) {
      compare(changes, "schema " + schema, oldSchemas.path(schema), freshSchemas.path(schema));
    }
    return changes;
  }

  /** Reports an addition or removal; true when there is nothing more to compare. */
  private static boolean presence(List<String> changes, String what, JsonNode a, JsonNode b) {
    if (a.isMissingNode() && b.isMissingNode()) {
      return true;
    }
    if (a.isMissingNode()) {
      changes.add(what + ": added");
      return true;
    }
    if (b.isMissingNode()) {
      changes.add(what + ": removed");
      return true;
    }
    return false;
  }

  private static void compare(List<String> changes, String what, JsonNode a, JsonNode b) {
    if (!presence(changes, what, a, b) && !a.equals(b)) {
      changes.add(what + ": changed");
    }
  }

  private static TreeSet<String> names(JsonNode a, JsonNode b) {
    TreeSet<String> names = new TreeSet<>();
    for (JsonNode node : List.of(a, b)) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
    }
    return names;
  }

  private static JsonNode parse(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
