package io.github.vrchatgroups.client.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a batch tells at its end: the summary line, and the report file. */
final class BatchReport {
  private BatchReport() {}

  /** One line: what this run did, apart from what earlier runs did. */
  static String summary(
      UserList users,
      Map<Outcome, Integer> thisRun,
      int doneEarlier,
      long unfinished,
      Duration elapsed) {
    StringBuilder summary =
        new StringBuilder("Summary: ").append(users.users()).append(" users; this run sent ");
    // A user skipped as banned got no request.
    summary.append(
        thisRun.entrySet().stream()
            .filter(e -> e.getKey() != Outcome.SKIPPED_BANNED)
            .mapToInt(Map.Entry::getValue)
            .sum());
    thisRun.forEach(
        (outcome, count) -> {
          if (count > 0) {
            summary.append(", ").append(count).append(' ').append(outcome.words);
          }
        });
    summary.append("; done in earlier runs ").append(doneEarlier);
    summary.append("; not done ").append(unfinished);
    if (!users.badLines().isEmpty()) {
      summary.append("; ").append(users.badLines().size()).append(" bad lines skipped");
    }
    summary.append(String.format(Locale.ROOT, "; %.1f s.", elapsed.toMillis() / 1000.0));
    return summary.toString();
  }

  /**
   * Checks, before anything is sent, that the report can be written where {@code --report} says: a
   * batch must not run to its end and then fail to say what it did.
   *
   * @throws CliException a usage error naming the path and what is wrong with it
   */
  static void checkWritable(Path report) {
    Path absolute = report.toAbsolutePath();
    Path directory = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw CliException.usage("--report " + report + " is a directory, not a file");
    }
    if (directory == null || !Files.isDirectory(directory)) {
      throw CliException.usage("--report " + report + ": no such directory " + directory);
    }
    boolean writable =
        Files.exists(absolute) ? Files.isWritable(absolute) : Files.isWritable(directory);
    if (!writable) {
      throw CliException.usage("--report " + report + ": permission denied");
    }
  }

  /** Every user's outcome, as JSON ({@code .json}) or CSV (any other name). */
  static void write(Path report, Map<String, BatchResult> results) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    results.forEach(
        (userId, r) -> {
          Map<String, String> row = new LinkedHashMap<>();
          row.put("user_id", userId);
          row.put("outcome", r.outcome().code());
          row.put("detail", r.detail());
          row.put("run", r.earlierRun() ? "earlier" : "this");
          rows.add(row);
        });
    if (report.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(report.toFile(), rows);
      return;
    }
    StringBuilder csv =
        new StringBuilder(
                String.join(
                    ",",
                    rows.isEmpty()
                        ? List.of("user_id", "outcome", "detail", "run")
                        : rows.get(0).keySet()))
            .append('\n');
    for (Map<String, String> row : rows) {
      List<String> cells = new ArrayList<>();
      row.values().forEach(value -> cells.add(csvCell(value)));
      csv.append(String.join(",", cells)).append('\n');
    }
    Files.writeString(report, csv, StandardCharsets.UTF_8);
  }

  private static String csvCell(String value) {
    return value.matches("[A-Za-z0-9_.-]*") ? value : '"' + value.replace("\"", "\"\"") + '"';
  }
}
