package io.github.vrchatgroups.client.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * .ci/prepare-release, run on a git repository holding this project's POM, docs, changelog and API
 * file: the release commit and tag, then the next snapshot.
 */
class PrepareReleaseTest {
  private static final Pattern POM_VERSION = Pattern.compile("(?m)^  <version>(.*)</version>$");
  private static final String SNAPSHOT = pomVersion(read(Path.of("pom.xml")));
  private static final String RELEASE = SNAPSHOT.replace("-SNAPSHOT", "");
  private static final String NEXT = nextPatch(RELEASE) + "-SNAPSHOT";

  @TempDir Path repo;

  @BeforeEach
  void aCleanRepositoryOfTheProjectsFiles() throws IOException {
    List<Path> files =
        new ArrayList<>(List.of(Path.of("pom.xml"), Path.of("README.md"), Path.of("CHANGELOG.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"));
        Stream<Path> api = Files.list(Path.of("api"))) {
      docs.filter(p -> p.toString().endsWith(".md")).forEach(files::add);
      api.forEach(files::add);
    }
    files.add(Path.of(".ci/prepare-release"));
    for (Path file : files) {
      Files.createDirectories(
          repo.resolve(file).getParent() == null ? repo : repo.resolve(file).getParent());
      Files.copy(file, repo.resolve(file));
    }
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "the project");
  }

  @Test
  void theReleaseCommitIsTaggedWithTheVersionTheBaselineAndTheChangelogSection() {
    Run run = prepare(RELEASE, NEXT);

    assertThat(run.exitCode()).as(run.output()).isZero();
    String tag = "v" + RELEASE;
    assertThat(pomVersion(git("show", tag + ":pom.xml"))).isEqualTo(RELEASE);
    assertThat(git("show", tag + ":api/vrchat-groups-client.api"))
        .contains("# baseline " + RELEASE + "\n");
    assertThat(git("show", tag + ":CHANGELOG.md"))
        .contains("## [Unreleased]\n\n## [" + RELEASE + "] - " + LocalDate.now(ZoneOffset.UTC));
    assertThat(git("show", tag + ":README.md"))
        .doesNotContain("SNAPSHOT")
        .contains("vrchat-groups-client:" + RELEASE)
        .contains("target/vrchat-groups-client-" + RELEASE + "-cli.jar");
    assertThat(git("show", tag + ":pom.xml"))
        .doesNotContain("<project.build.outputTimestamp>2026-11-26T00:00:00Z<");
    assertThat(git("log", "-1", "--format=%s", tag)).isEqualTo("Release " + RELEASE + "\n");
  }

  @Test
  void afterTheReleaseTheBuildIsTheNextSnapshotAndTheDocsStillNameTheRelease() {
    Run run = prepare(RELEASE, NEXT);

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(pomVersion(git("show", "HEAD:pom.xml"))).isEqualTo(NEXT);
    String readme = git("show", "HEAD:README.md");
    assertThat(readme)
        .contains("target/vrchat-groups-client-" + NEXT + "-cli.jar")
        .contains("target/vrchat-groups-" + NEXT + ".tar.gz")
        .contains("vrchat-groups-" + NEXT + "/bin")
        .contains("vrchat-groups-client:" + RELEASE + "`")
        .doesNotContain("vrchat-groups-" + RELEASE + ".tar.gz");
    assertThat(git("show", "HEAD:api/vrchat-groups-client.api")).contains("# baseline " + RELEASE);
    assertThat(git("status", "--porcelain")).isEmpty();
  }

  @Test
  void aDirtyWorkingTreeIsRefusedAndNothingIsTagged() throws IOException {
    Files.writeString(
        repo.resolve("README.md"), "edited\n", java.nio.file.StandardOpenOption.APPEND);

    Run run = prepare(RELEASE, NEXT);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output()).contains("the working tree has changes");
    assertThat(git("tag")).isEmpty();
  }

  @Test
  void aNextVersionThatIsNotASnapshotIsRefused() {
    Run run = prepare(RELEASE, nextPatch(RELEASE));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output()).contains("is not MAJOR.MINOR.PATCH-SNAPSHOT");
    assertThat(git("tag")).isEmpty();
  }

  @Test
  void anExistingTagIsRefused() {
    assertThat(prepare(RELEASE, NEXT).exitCode()).isZero();

    Run again = prepare(RELEASE, NEXT);

    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.output()).contains("the tag v" + RELEASE + " exists already");
  }

  private record Run(int exitCode, String output) {}

  private Run prepare(String release, String next) {
    return exec(List.of("bash", ".ci/prepare-release", release, next));
  }

  private String git(String... arguments) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    Run run = exec(command);
    if (run.exitCode() != 0) {
      throw new AssertionError(String.join(" ", command) + ": " + run.output());
    }
    return run.output();
  }

  private Run exec(List<String> command) {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
    builder.environment().put("GIT_AUTHOR_NAME", "release test");
    builder.environment().put("GIT_AUTHOR_EMAIL", "release-test@invalid");
    builder.environment().put("GIT_COMMITTER_NAME", "release test");
    builder.environment().put("GIT_COMMITTER_EMAIL", "release-test@invalid");
    builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
    try {
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(1, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError(command + " did not finish");
      }
      return new Run(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String pomVersion(String pom) {
    Matcher m = POM_VERSION.matcher(pom);
    if (!m.find()) {
      throw new AssertionError("no version in the POM");
    }
    return m.group(1);
  }

  private static String nextPatch(String version) {
    int dot = version.lastIndexOf('.');
    return version.substring(0, dot + 1) + (Integer.parseInt(version.substring(dot + 1)) + 1);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
