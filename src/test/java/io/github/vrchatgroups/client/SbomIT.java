package io.github.vrchatgroups.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The SBOM lists exactly what an SDK user gets at run time: the jars Maven resolves for a user (the
 * class path ModulePathConsumerIT runs the SDK on), no JUnit, no picocli, no annotation jar.
 */
class SbomIT {
  private static JsonNode sbom() throws IOException {
    return new ObjectMapper().readTree(Path.of(System.getProperty("sdk.sbom")).toFile());
  }

  /**
   * {@code artifactId-version.jar} of every component of a scope, as Maven names the files it
   * resolves.
   */
  private static Set<String> components(JsonNode sbom, String scope) {
    Set<String> jars = new TreeSet<>();
    sbom.path("components")
        .forEach(
            c -> {
              if (c.path("scope").asText("required").equals(scope)) {
                jars.add(c.path("name").asText() + "-" + c.path("version").asText() + ".jar");
              }
            });
    return jars;
  }

  @Test
  void theSbomListsExactlyTheJarsOfAUsersRunTimeClassPath() throws IOException {
    String classPath =
        Files.readString(Path.of(System.getProperty("sdk.runtime.classpath"))).strip();
    Set<String> resolved =
        Arrays.stream(classPath.split(File.pathSeparator))
            .map(jar -> Path.of(jar).getFileName().toString())
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(components(sbom(), "required")).isEqualTo(resolved);
    assertThat(resolved)
        .anyMatch(jar -> jar.startsWith("feign-core-"))
        .noneMatch(jar -> jar.startsWith("junit"))
        .noneMatch(jar -> jar.startsWith("picocli"))
        .noneMatch(jar -> jar.startsWith("jakarta.annotation"))
        .noneMatch(jar -> jar.startsWith("slf4j-nop"));
  }

  @Test
  void theSbomNamesTheSdkAsItsSubjectAndOnlyTheCommandLinesDependenciesAsOptional()
      throws IOException {
    JsonNode sbom = sbom();

    assertThat(sbom.path("bomFormat").asText()).isEqualTo("CycloneDX");
    assertThat(sbom.path("metadata").path("component").path("name").asText())
        .isEqualTo("vrchat-groups-client");
    assertThat(components(sbom, "optional"))
        .hasSize(2)
        .allMatch(jar -> jar.startsWith("picocli-") || jar.startsWith("slf4j-nop-"));
    assertThat(sbom.path("components"))
        .extracting(c -> c.path("scope").asText("required"))
        .containsOnly("required", "optional");
  }
}
