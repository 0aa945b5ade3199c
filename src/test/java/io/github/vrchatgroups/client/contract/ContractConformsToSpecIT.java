package io.github.vrchatgroups.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed contract against the OpenAPI spec, and proof that these checks catch a wrong
 * contract.
 */
class ContractConformsToSpecIT {
  private static ContractChecks checks;

  @BeforeAll
  static void readSpec() {
    checks = new ContractChecks(ContractFixtures.spec());
  }

  @Test
  void everyInteractionOfTheCommittedContractConformsToTheSpec() {
    // Invite: 6 documented responses, the 429 and the firewall's 403. List: 4. Cancel: 3.
    // Decline: 4. Login: 11, that is without a second factor; needing a TOTP code, then the code
    // accepted or not, or a recovery code accepted; needing an e-mailed code, then the code
    // accepted; a wrong password; the token check of a valid and an ended session; the logout.
    // Membership: no record (null), banned, 401, two 403s, 404, and the ban-safe invite without the
    // override. Bans: one, none, 401, 403, 404. Join requests: the listing (one, the blocked
    // none, 401, 403, 404); an accept (with its membership read: accepted, none, too many groups);
    // a reject (with a block, none, 401, 404). Audit log: one page, 401, 403, 404.
    assertThat(ContractChecks.interactions(ContractFixtures.committedPact())).hasSize(60);
    assertThat(checks.nonConformingInteractions(ContractFixtures.committedPact())).isEmpty();
  }

  @Test
  void everyErrorBodyOfTheCommittedContractIsADocumentedExample() {
    assertThat(checks.undocumentedErrorBodies(ContractFixtures.committedPact())).isEmpty();
  }

  @Test
  void everyExampleInTheSpecConformsToItsSchema() {
    assertThat(checks.invalidSpecExamples()).isEmpty();
  }

  @Test
  void theSpecDocumentsTheLookAlikeCharactersOfTheRealMessages() {
    String path = "/groups/" + ContractFixtures.GROUP_ID + "/invites";
    assertThat(checks.examples("POST", path, 403).toString())
        .contains("You can't invite that user\u2024\"");
    assertThat(checks.examples("POST", path, 404).toString()).contains("Can't find group\u01C3\"");
    assertThat(checks.examples("POST", path, 401).toString())
        .contains("\"\\\"Missing Credentials\\\"\"");
  }

  @Test
  void aSpecExampleThatBreaksItsSchemaIsFound(@TempDir Path dir) throws IOException {
    String spec = Files.readString(ContractFixtures.spec(), StandardCharsets.UTF_8);
    String edited =
        spec.replace(
            "message: \"Can't find group\\u01C3\"\n                  status_code: 404",
            "message: \"Can't find group\\u01C3\"\n                  status_code: \"404\"");
    assertThat(edited).isNotEqualTo(spec);
    Path editedSpec = Files.writeString(dir.resolve("edited.yaml"), edited, StandardCharsets.UTF_8);

    assertThat(new ContractChecks(editedSpec).invalidSpecExamples())
        .anySatisfy(finding -> assertThat(finding).contains("example 'groupNotFound'"));
  }

  @Test
  void aContractWithAnUndocumentedStatusIsRejected(@TempDir Path dir) throws IOException {
    Path pact = editedCommittedPact(dir, "\"status\": 403", "\"status\": 418");
    assertThat(checks.nonConformingInteractions(pact))
        .anySatisfy(finding -> assertThat(finding).contains("validation.response.status.unknown"));
  }

  @Test
  void aContractWithAWrongBodyTypeIsRejected(@TempDir Path dir) throws IOException {
    Path pact = editedCommittedPact(dir, "\"status_code\": 404", "\"status_code\": \"404\"");
    assertThat(checks.nonConformingInteractions(pact))
        .anySatisfy(
            finding -> assertThat(finding).contains("validation.response.body.schema.type"));
  }

  @Test
  void aContractWhoseMessageLostItsLookAlikeCharacterIsRejected(@TempDir Path dir)
      throws IOException {
    Path pact = editedCommittedPact(dir, "Can't find group\\u01C3", "Can't find group!");
    assertThat(checks.undocumentedErrorBodies(pact))
        .isNotEmpty()
        .allSatisfy(finding -> assertThat(finding).contains("Can't find group!"));
  }

  @Test
  void aSpecWhoseExampleMessageChangedNoLongerMatchesTheContract(@TempDir Path dir)
      throws IOException {
    String spec = Files.readString(ContractFixtures.spec(), StandardCharsets.UTF_8);
    String edited =
        spec.replace("You can't invite that user\\u2024", "You can't invite that user.");
    assertThat(edited).isNotEqualTo(spec);
    Path editedSpec = Files.writeString(dir.resolve("edited.yaml"), edited, StandardCharsets.UTF_8);
    assertThat(
            new ContractChecks(editedSpec)
                .undocumentedErrorBodies(ContractFixtures.committedPact()))
        .singleElement()
        .asString()
        .contains("You can't invite that user");
  }

  private static Path editedCommittedPact(Path dir, String from, String to) throws IOException {
    String pact = Files.readString(ContractFixtures.committedPact(), StandardCharsets.UTF_8);
    String edited = pact.replace(from, to);
    assertThat(edited).as("the edit applies to the committed contract").isNotEqualTo(pact);
    return Files.writeString(
        dir.resolve(ContractFixtures.PACT_FILE_NAME), edited, StandardCharsets.UTF_8);
  }
}
