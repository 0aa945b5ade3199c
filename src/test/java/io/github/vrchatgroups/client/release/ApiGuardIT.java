package io.github.vrchatgroups.client.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API guard on the jar this build made, against the signature file committed in api/. */
class ApiGuardIT {
  private static final Path COMMITTED = Path.of("api/vrchat-groups-client.api").toAbsolutePath();
  private static final Path SDK_JAR = Path.of(System.getProperty("sdk.jar"));

  @TempDir Path dir;

  private ApiGuardRun guardWith(Path apiFile) {
    return new ApiGuardRun(dir, apiFile, System.getProperty("java.class.path"));
  }

  @Test
  void theCommittedSignatureFileIsTheApiOfTheJar() {
    BuildProgram.Result result =
        guardWith(COMMITTED).run(SDK_JAR, System.getProperty("sdk.version"));

    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @Test
  void theSignatureFileHoldsOnlyExportedPackages() throws IOException {
    String api = Files.readString(COMMITTED);

    assertThat(api)
        .contains("io.github.vrchatgroups.client.VrchatGroupsClient")
        .contains("io.github.vrchatgroups.client.batch.GroupBatch")
        .doesNotContain(".internal.")
        .doesNotContain(".generated.")
        .doesNotContain(".cli.");
  }

  @Test
  void aPublicMethodGoneFromTheJarFailsTheGuardNamingIt() throws IOException {
    String missing =
        "  method public void io.github.vrchatgroups.client.VrchatGroupsClient.inviteEveryone()";
    Path apiFile = dir.resolve("released.api");
    Files.writeString(apiFile, Files.readString(COMMITTED) + missing + "\n");

    BuildProgram.Result result = guardWith(apiFile).run(SDK_JAR, "0.1.1-SNAPSHOT");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.output())
        .contains("removed or changed (incompatible)")
        .contains(missing.strip())
        .contains("may not break the API of 0.1.0");
  }
}
