package io.github.vrchatgroups.client.contract;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.vrchatgroups.client.contract.ContractChecks.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one list of ways our contract knowingly disagrees with the community spec, each with its
 * reason and evidence, and the comparison of that list with what the checks find: a finding that no
 * entry declares, and an entry that no finding needs, are both reported.
 */
final class UpstreamDisagreements {
  /**
   * One declared disagreement.
   *
   * @param interaction the contract's interaction, by description
   * @param finding the finding's key (the validator's, or {@code undocumented.error.body})
   * @param reason why our contract says otherwise
   * @param evidence where the truth was seen
   */
  record Declared(String interaction, String finding, String reason, String evidence) {
    boolean covers(Finding found) {
      return interaction.equals(found.interaction()) && finding.equals(found.key());
    }
  }

  /** What the comparison found wrong; both lists empty means the declaration is exact. */
  record Verdict(List<Finding> undeclared, List<Declared> stale) {}

  private UpstreamDisagreements() {}

  static List<Declared> read(Path file) {
    try {
      List<Declared> declared =
          new YAMLMapper().readValue(file.toFile(), new TypeReference<List<Declared>>() {});
      for (Declared entry : declared) {
        if (isBlank(entry.reason()) || isBlank(entry.evidence())) {
          throw new IllegalArgumentException(
              file
                  + ": the disagreement '"
                  + entry.interaction()
                  + "' needs a reason and evidence");
        }
      }
      return declared;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Verdict compare(List<Finding> findings, List<Declared> declared) {
    List<Finding> undeclared = new ArrayList<>();
    for (Finding finding : findings) {
      if (declared.stream().noneMatch(entry -> entry.covers(finding))) {
        undeclared.add(finding);
      }
    }
    List<Declared> stale = new ArrayList<>();
    for (Declared entry : declared) {
      if (findings.stream().noneMatch(entry::covers)) {
        stale.add(entry);
      }
    }
    return new Verdict(undeclared, stale);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
