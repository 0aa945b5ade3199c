package io.github.vrchatgroups.client.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The errors table of the documentation says of each exception what its getRecovery() says. */
class ErrorsTableTest {
  private static final Path PAGE = Path.of("docs/errors-and-retries.md");
  private static final Pattern ROW =
      Pattern.compile("^\\| [^|]+ \\| `(\\w+Exception)`[^|]*\\|.*\\| `(\\w+)` \\|$");

  private record Row(String exception, String recovery) {}

  private static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(PAGE)) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        rows.add(new Row(row.group(1), row.group(2)));
      }
    }
    return rows;
  }

  /** An instance made with placeholder arguments: the recovery depends on the type alone. */
  private static VrchatApiException instance(String simpleName) throws Exception {
    Class<?> type = Class.forName("io.github.vrchatgroups.client.errors." + simpleName);
    Constructor<?> constructor = type.getConstructors()[0];
    Class<?>[] parameters = constructor.getParameterTypes();
    Object[] args = new Object[parameters.length];
    for (int i = 0; i < args.length; i++) {
      if (parameters[i] == int.class) {
        args[i] = 400;
      } else if (parameters[i] == boolean.class) {
        args[i] = false;
      } else if (parameters[i] == String.class) {
        args[i] = "m";
      } else if (parameters[i] == List.class) {
        args[i] = List.of();
      }
    }
    return (VrchatApiException) constructor.newInstance(args);
  }

  private static List<String> disagreements(List<Row> rows) throws Exception {
    List<String> disagreements = new ArrayList<>();
    for (Row row : rows) {
      String actual = instance(row.exception()).getRecovery().name();
      if (!actual.equals(row.recovery())) {
        disagreements.add(row.exception() + ": documented " + row.recovery() + ", is " + actual);
      }
    }
    return disagreements;
  }

  @Test
  void everyRowSaysWhatItsExceptionsRecoveryIs() throws Exception {
    List<Row> rows = rows();

    assertThat(rows).hasSizeGreaterThanOrEqualTo(19);
    assertThat(disagreements(rows)).isEmpty();
  }

  @Test
  void everyConcreteExceptionHasARow() throws Exception {
    List<String> documented = rows().stream().map(Row::exception).toList();
    try (var files = Files.list(Path.of("src/main/java/io/github/vrchatgroups/client/errors"))) {
      List<String> exceptions =
          files
              .map(f -> f.getFileName().toString().replace(".java", ""))
              .filter(name -> name.endsWith("Exception") && !name.equals("VrchatApiException"))
              .toList();

      assertThat(documented).containsAll(exceptions);
    }
  }

  @Test
  void aRowThatDisagreesWithTheCodeIsFound() throws Exception {
    assertThat(disagreements(List.of(new Row("AlreadyMemberException", "RETRY_LATER"))))
        .containsExactly("AlreadyMemberException: documented RETRY_LATER, is FINAL");
  }
}
