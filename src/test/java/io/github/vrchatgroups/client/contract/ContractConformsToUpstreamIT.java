package io.github.vrchatgroups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.vrchatgroups.client.contract.ContractChecks.Finding;
import io.github.vrchatgroups.client.contract.UpstreamDisagreements.Declared;
import io.github.vrchatgroups.client.contract.UpstreamDisagreements.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed contract against the community's description of our operations (the snapshot in
 * {@code openapi/upstream/}): every disagreement is declared with its reason and evidence, and
 * every declared one still occurs.
 */
class ContractConformsToUpstreamIT {
  private static List<Declared> declared;

  @BeforeAll
  static void readDeclarations() {
    declared = UpstreamDisagreements.read(UpstreamFixtures.disagreements());
  }

  private static Verdict verdict(Path snapshot, Path pact) {
    List<Finding> findings = new ContractChecks(snapshot).findings(pact);
    return UpstreamDisagreements.compare(findings, declared);
  }

  @Test
  void everyDisagreementWithTheCommunitySpecIsDeclaredAndStillOccurs() {
    Verdict verdict = verdict(UpstreamFixtures.snapshot(), ContractFixtures.committedPact());

    assertThat(verdict.undeclared())
        .as("disagreements not declared in %s", UpstreamFixtures.disagreements())
        .isEmpty();
    assertThat(verdict.stale()).as("declared disagreements that no longer occur").isEmpty();
  }

  @Test
  void theNotAMemberCaptureIsADeclaredDisagreement() {
    assertThat(declared)
        .anySatisfy(
            entry -> {
              assertThat(entry.interaction())
                  .isEqualTo(
                      "a request for the pending invites of a group the caller is not a member of");
              assertThat(entry.evidence()).contains("issue 350");
            });
  }

  @Test
  void removingADocumentedResponseFromTheSnapshotIsAnUndeclaredDisagreement(@TempDir Path dir)
      throws IOException {
    YAMLMapper yaml = new YAMLMapper();
    JsonNode snapshot = yaml.readTree(UpstreamFixtures.snapshot().toFile());
    JsonNode listingResponses =
        snapshot.path("paths").path("/groups/{groupId}/invites").path("get").path("responses");
    assertThat(((ObjectNode) listingResponses).remove("404")).isNotNull();
    Path editedSnapshot = dir.resolve("snapshot.yaml");
    yaml.writeValue(editedSnapshot.toFile(), snapshot);

    Verdict verdict = verdict(editedSnapshot, ContractFixtures.committedPact());

    assertThat(verdict.undeclared())
        .extracting(Finding::interaction)
        .contains("a request for the pending invites of a group that does not exist");
  }

  @Test
  void aDeclaredDisagreementThatNoLongerOccursIsStale() {
    Declared imagined =
        new Declared(
            "an invite for a user who can be invited",
            ContractChecks.UNDOCUMENTED_ERROR_BODY,
            "r",
            "e");

    Verdict verdict =
        UpstreamDisagreements.compare(
            new ContractChecks(UpstreamFixtures.snapshot())
                .findings(ContractFixtures.committedPact()),
            List.of(imagined));

    assertThat(verdict.stale()).containsExactly(imagined);
  }
}
