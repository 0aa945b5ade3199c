package io.github.vrchatgroups.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packaged jars expose the API and nothing else: the module descriptor exports exactly the
 * facade, the exceptions, the login, the sandbox and its JUnit extension, and the Javadoc documents
 * exactly those packages.
 */
class PublicSurfaceIT {
  private static final Set<String> API =
      Set.of(
          "io.github.vrchatgroups.client",
          "io.github.vrchatgroups.client.errors",
          "io.github.vrchatgroups.client.auth",
          "io.github.vrchatgroups.client.session",
          "io.github.vrchatgroups.client.batch",
          "io.github.vrchatgroups.client.sandbox",
          "io.github.vrchatgroups.client.sandbox.junit");

  @Test
  void theModuleExportsOnlyTheApiPackages() {
    Path jar = Path.of(System.getProperty("sdk.jar"));
    ModuleDescriptor module =
        ModuleFinder.of(jar).findAll().stream()
            .map(ModuleReference::descriptor)
            .findFirst()
            .orElseThrow();

    assertThat(module.name()).isEqualTo("io.github.vrchatgroups.client");
    assertThat(module.isAutomatic()).isFalse();
    assertThat(module.exports())
        .allSatisfy(export -> assertThat(export.isQualified()).isFalse())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrderElementsOf(API);
    assertThat(module.opens())
        .extracting(ModuleDescriptor.Opens::source)
        .containsExactly("io.github.vrchatgroups.client.generated.model");
    assertThat(module.requires())
        .filteredOn(r -> r.name().equals("jdk.httpserver"))
        .singleElement()
        .satisfies(
            r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC));
    assertThat(module.packages()).doesNotContain("io.github.vrchatgroups.client.cli");
  }

  @Test
  void theJavadocDocumentsOnlyTheApiPackages() throws IOException {
    Set<String> documented;
    try (JarFile javadoc = new JarFile(System.getProperty("sdk.javadoc.jar"))) {
      documented =
          javadoc.stream()
              .map(entry -> entry.getName())
              .filter(name -> name.endsWith("/package-summary.html"))
              .map(name -> name.substring(name.indexOf('/') + 1, name.lastIndexOf('/')))
              .map(path -> path.replace('/', '.'))
              .collect(Collectors.toCollection(TreeSet::new));
    }

    assertThat(documented).containsExactlyInAnyOrderElementsOf(API);
  }
}
