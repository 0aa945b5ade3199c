package io.github.vrchatgroups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code mvn -Pupstream-refresh} runs ({@link UpstreamSnapshot#main}), against the checkout of
 * the community spec the project is handed at the snapshot's commit: it rebuilds the committed
 * snapshot byte for byte, and reports what an upstream change does to our operations.
 */
class UpstreamSnapshotTest {
  private Path entry;

  @BeforeEach
  void needsTheUpstreamCheckout() {
    entry = UpstreamFixtures.checkout().resolve("openapi").resolve("openapi.yaml");
    assumeTrue(
        Files.isRegularFile(entry),
        "no vrchatapi/specification checkout at " + UpstreamFixtures.checkout());
  }

  /** Runs the refresh as the profile does; returns what it printed. */
  private static String refresh(Path upstreamEntry, Path snapshot) throws IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      UpstreamSnapshot.main(
          new String[] {
            upstreamEntry.toString(), ContractFixtures.spec().toString(), snapshot.toString()
          });
    } finally {
      System.setOut(original);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theRefreshFromTheSameCommitRebuildsTheCommittedSnapshotByteForByte(@TempDir Path dir)
      throws IOException {
    Path snapshot = dir.resolve("vrchatapi-specification.yaml");
    Files.copy(UpstreamFixtures.snapshot(), snapshot);

    String printed = refresh(entry, snapshot);

    assertThat(snapshot).hasSameBinaryContentAs(UpstreamFixtures.snapshot());
    assertThat(printed).contains("no change for our operations");
    assertThat(dir.resolve("LICENSE"))
        .hasSameTextualContentAs(UpstreamFixtures.snapshot().resolveSibling("LICENSE"));
  }

  @Test
  void theSnapshotNamesTheCommitItWasCutFrom() throws IOException {
    String commit = UpstreamSnapshot.sourceCommit(entry);

    assertThat(commit).matches("[0-9a-f]{40}");
    assertThat(UpstreamFixtures.snapshot()).content().contains("x-source-commit: " + commit);
  }

  @Test
  void theSnapshotHoldsNoProse() throws IOException {
    assertThat(Files.readAllLines(UpstreamFixtures.snapshot()))
        .noneMatch(line -> line.matches("\\s*summary:.*"))
        .noneMatch(line -> line.matches("\\s*description: (?!\"\").*"));
  }

  @Test
  void aResponseAddedUpstreamIsReportedByTheRefresh(@TempDir Path dir) throws IOException {
    Path copy = dir.resolve("specification");
    copyTree(UpstreamFixtures.checkout(), copy);
    Path groups = copy.resolve("openapi/components/paths/groups.yaml");
    // Upstream's files end their lines in CRLF; the edit does not care.
    String original = Files.readString(groups).replace("\r\n", "\n");
    String invite = "      operationId: createGroupInvite";
    int responses = original.indexOf("      responses:\n", original.indexOf(invite));
    String edited =
        original.substring(0, responses)
            + "      responses:\n        \"429\":\n          $ref: ../responses/MissingCredentialsError.yaml\n"
            + original.substring(responses + "      responses:\n".length());
    Files.writeString(groups, edited);
    Path snapshot = dir.resolve("snapshot.yaml");
    Files.copy(UpstreamFixtures.snapshot(), snapshot);

    String printed = refresh(copy.resolve("openapi/openapi.yaml"), snapshot);

    assertThat(printed).contains("POST /groups/{groupId}/invites: response 429: added");
    assertThat(printed).doesNotContain("GET /groups/{groupId}/invites: response");
    assertThat(snapshot).content().isNotEqualTo(Files.readString(UpstreamFixtures.snapshot()));
  }

  @Test
  void aChangedExampleAndARemovedResponseAreReported() {
    String before =
        "paths:\n  /a:\n    get:\n      responses:\n        \"200\":\n          content:\n"
            + "            application/json:\n              examples:\n                e:\n"
            + "                  value: 1\n        \"404\":\n          description: \"\"\n";
    String after =
        before
            .replace("value: 1", "value: 2")
            .replace("        \"404\":\n          description: \"\"\n", "");

    assertThat(UpstreamChanges.between(before, after))
        .containsExactly(
            "GET /a: response 200 example 'e': changed", "GET /a: response 404: removed");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
