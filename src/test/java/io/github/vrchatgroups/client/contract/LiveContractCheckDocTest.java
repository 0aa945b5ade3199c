package io.github.vrchatgroups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live check's page lists exactly the interactions the check replays. */
class LiveContractCheckDocTest {
  @Test
  void theReplayedTableOfTheDocsIsTheCheckOwnTable() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("docs/live-contract-check.md"));
    int header = lines.indexOf("| interaction | what is sent |");
    List<String> documented =
        lines.subList(header + 2, lines.size()).stream()
            .takeWhile(line -> line.startsWith("| "))
            .map(line -> line.substring(2, line.indexOf(" |", 2)))
            .toList();

    assertThat(header).isPositive();
    assertThat(documented).containsExactlyInAnyOrderElementsOf(LiveReplays.replayed());
  }
}
