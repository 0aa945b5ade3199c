package io.github.vrchatgroups.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The two jars match their users: the SDK jar is only the SDK; the -cli jar runs on its own. */
class ArtifactsIT {
  private static final String CLI_PACKAGE = "io/github/vrchatgroups/client/cli/";

  private static List<String> entries(String property) throws IOException {
    try (JarFile jar = new JarFile(System.getProperty(property))) {
      return jar.stream().map(ZipEntry::getName).toList();
    }
  }

  @Test
  void theSdkJarHoldsNoCommandLineClass() throws IOException {
    List<String> sdk = entries("sdk.jar");

    assertThat(sdk).contains("io/github/vrchatgroups/client/VrchatGroupsClient.class");
    assertThat(sdk).contains("io/github/vrchatgroups/client/sandbox/VrchatSandbox.class");
    assertThat(sdk).noneMatch(name -> name.startsWith(CLI_PACKAGE));
    assertThat(sdk).noneMatch(name -> name.startsWith("picocli/"));
  }

  @Test
  void theSdkJarCarriesItsLicence() throws IOException {
    try (JarFile jar = new JarFile(System.getProperty("sdk.jar"))) {
      ZipEntry licence = jar.getEntry("META-INF/LICENSE");

      assertThat(licence).isNotNull();
      assertThat(new String(jar.getInputStream(licence).readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(java.nio.file.Files.readString(Path.of("LICENSE")));
    }
  }

  @Test
  void anSdkUsersRunTimeClassPathHasNoJunitAndNoAnnotationJar() throws IOException {
    String runtime =
        java.nio.file.Files.readString(Path.of(System.getProperty("sdk.runtime.classpath")));

    assertThat(runtime)
        .contains("feign-core")
        .doesNotContain("junit")
        .doesNotContain("opentest4j")
        .doesNotContain("jakarta.annotation");
  }

  @Test
  void theCliJarHoldsTheCommandLineAndPicocliAndRunsOnItsOwn() throws Exception {
    List<String> cli = entries("sdk.cli.jar");
    assertThat(cli).anyMatch(name -> name.startsWith(CLI_PACKAGE));
    assertThat(cli).anyMatch(name -> name.startsWith("picocli/"));

    Process version =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("sdk.cli.jar"),
                "--version")
            .redirectErrorStream(true)
            .start();
    String output = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(version.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(version.exitValue()).as(output).isZero();
    assertThat(output).doesNotContain("SLF4J");
  }
}
