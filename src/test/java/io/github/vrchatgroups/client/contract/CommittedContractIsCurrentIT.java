package io.github.vrchatgroups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed contract in {@code pact/} must be exactly what the consumer tests of this build
 * produced: a contract that drifted from the tests is reviewed nowhere. With {@code
 * -Dpact.refresh=true} the produced contract replaces the committed one first.
 */
class CommittedContractIsCurrentIT {

  @Test
  void theCommittedContractIsWhatTheConsumerTestsProduce() throws IOException {
    Path produced = ContractFixtures.producedPact();
    Path committed = ContractFixtures.committedPact();
    assertThat(produced).as("the consumer tests wrote no contract; did they run?").exists();
    if (Boolean.getBoolean("pact.refresh")) {
      Files.createDirectories(committed.getParent());
      Files.copy(produced, committed, StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(firstDifference(committed, produced))
        .as(
            "%s is not what the consumer tests produce (%s). If the change is intended, run"
                + " 'mvn -B verify -Dpact.refresh=true', review 'git diff pact/' and commit it.",
            committed, produced)
        .isEmpty();
  }

  @Test
  void aContractThatDiffersFromTheProducedOneIsReportedWithItsFirstDifferentLine(@TempDir Path dir)
      throws IOException {
    Path produced = ContractFixtures.producedPact();
    Path stale = dir.resolve("stale.json");
    Files.writeString(
        stale, Files.readString(produced).replace("\"status\": 404", "\"status\": 410"));

    Optional<String> difference = firstDifference(stale, produced);

    assertThat(difference).hasValueSatisfying(d -> assertThat(d).contains("410").contains("404"));
  }

  /** The first line at which the two files differ, or empty when they are byte-for-byte equal. */
  static Optional<String> firstDifference(Path committed, Path produced) throws IOException {
    if (!Files.exists(committed)) {
      return Optional.of(committed + " does not exist");
    }
    if (java.util.Arrays.equals(Files.readAllBytes(committed), Files.readAllBytes(produced))) {
      return Optional.empty();
    }
    List<String> left = Files.readAllLines(committed, StandardCharsets.UTF_8);
    List<String> right = Files.readAllLines(produced, StandardCharsets.UTF_8);
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      String l = i < left.size() ? left.get(i) : "<end of file>";
      String r = i < right.size() ? right.get(i) : "<end of file>";
      if (!l.equals(r)) {
        return Optional.of(
            "line " + (i + 1) + ": committed " + l.strip() + " but produced " + r.strip());
      }
    }
    return Optional.of("the files differ in line endings or encoding");
  }
}
