package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.internal.VrchatIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A file of user IDs, one per line; blank lines and {@code #} comments are allowed, duplicates
 * count once, and malformed lines are kept aside with their line numbers.
 */
record UserList(List<String> userIds, List<String> badLines) {

  static UserList read(Path file) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    List<String> bad = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replace("\uFEFF", "").strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        ids.add(VrchatIds.requireUserId(line, "userId"));
      } catch (IllegalArgumentException e) {
        bad.add("line " + (i + 1) + ": " + e.getMessage());
      }
    }
    return new UserList(List.copyOf(ids), List.copyOf(bad));
  }
}
