package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as people install it: target/vrchat-groups-VERSION.tar.gz unpacked, its launcher
 * run as a process, its jars, NOTICE, completion and man pages looked at.
 */
class DistributionIT {
  private static final String VERSION = System.getProperty("sdk.version");
  private static final List<String> INVITE =
      List.of(
          "invite",
          "--sandbox",
          "--group",
          "grp_00000000-0000-0000-0000-000000000000",
          "--user",
          "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469");

  @TempDir static Path unpacked;
  private static Path home;

  private record Run(int exitCode, String out, String err) {}

  @BeforeAll
  static void unpackTheDistribution() throws Exception {
    Path archive = Path.of(System.getProperty("sdk.distribution"));
    Process tar =
        new ProcessBuilder("tar", "xzf", archive.toString(), "-C", unpacked.toString())
            .inheritIO()
            .start();
    assertThat(tar.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(tar.exitValue()).isZero();
    home = unpacked.resolve("vrchat-groups-" + VERSION);
  }

  private static Run run(Map<String, String> environment, List<String> command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("XDG_CACHE_HOME", unpacked.resolve("cache").toString());
    builder.environment().putAll(environment);
    Path out = Files.createTempFile(unpacked, "out", ".txt");
    Path err = Files.createTempFile(unpacked, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static List<String> launcher(String first, List<String> rest) {
    List<String> command = new ArrayList<>(List.of(first));
    command.addAll(rest);
    return command;
  }

  @Test
  void theLauncherInvitesAndItsSecondRunWithTheArchiveSaysExactlyTheSame() throws Exception {
    String bin = home.resolve("bin/vrchat-groups").toString();

    Run first = run(Map.of(), launcher(bin, INVITE));
    Run second = run(Map.of(), launcher(bin, INVITE));

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).endsWith("usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469: invited\n");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out().replaceAll(":\\d+;", ":PORT;"))
        .isEqualTo(first.out().replaceAll(":\\d+;", ":PORT;"));
    assertThat(second.err()).isEqualTo(first.err()).isEmpty();
    try (Stream<Path> archives = Files.list(unpacked.resolve("cache/vrchat-groups"))) {
      assertThat(archives.map(p -> p.getFileName().toString()))
          .singleElement()
          .satisfies(name -> assertThat(name).startsWith(VERSION + "-"));
    }
  }

  @Test
  void theLauncherRunsThroughASymbolicLinkFromElsewhere() throws Exception {
    Path link = Files.createDirectories(unpacked.resolve("user-bin")).resolve("vrchat-groups");
    Files.createSymbolicLink(link, home.resolve("bin/vrchat-groups"));

    Run version = run(Map.of(), List.of(link.toString(), "--version"));

    assertThat(version.exitCode()).as(version.err()).isZero();
    assertThat(version.out()).isEqualTo("vrchat-groups " + VERSION + "\n");
  }

  @Test
  void theLauncherRunsWithoutAHomeToKeepAnArchiveIn() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(home.resolve("bin/vrchat-groups").toString(), "--version")
            .redirectErrorStream(true);
    builder.environment().remove("HOME");
    builder.environment().remove("XDG_CACHE_HOME");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).isEqualTo("vrchat-groups " + VERSION + "\n");
  }

  @Test
  void withoutAJavaTheLauncherSaysWhatToSet() throws Exception {
    Run run =
        run(
            Map.of("JAVA_HOME", unpacked.resolve("no-jdk").toString()),
            List.of(home.resolve("bin/vrchat-groups").toString(), "--version"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no Java found").contains("JAVA_HOME");
  }

  @Test
  void libHoldsEachRunTimeJarOnceAndNoTestOrAnnotationJar() throws IOException {
    List<String> jars;
    try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
      jars = lib.map(p -> p.getFileName().toString()).sorted().toList();
    }
    Map<String, String> owner = new HashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (String jar : jars) {
      try (JarFile file = new JarFile(home.resolve("lib").resolve(jar).toFile())) {
        file.stream()
            .map(ZipEntry::getName)
            .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class"))
            .forEach(
                name -> {
                  String first = owner.putIfAbsent(name, jar);
                  if (first != null) {
                    duplicates.add(name + " in " + first + " and " + jar);
                  }
                });
      }
    }

    assertThat(jars)
        .contains(
            "vrchat-groups-client-" + VERSION + ".jar",
            "vrchat-groups-cli-" + VERSION + ".jar",
            "picocli-4.7.7.jar")
        .noneMatch(jar -> jar.contains("junit") || jar.contains("opentest4j"))
        .noneMatch(jar -> jar.contains("jakarta.annotation"));
    assertThat(duplicates).isEmpty();
  }

  @Test
  void theNoticeCarriesEveryBundledJarsNotice() throws IOException {
    String notice = Files.readString(home.resolve("NOTICE"));
    int carried = 0;
    try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
      for (Path jar : lib.toList()) {
        try (JarFile file = new JarFile(jar.toFile())) {
          ZipEntry entry = file.getEntry("META-INF/NOTICE");
          if (entry != null) {
            String text =
                new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(notice)
                .contains(jar.getFileName() + ": META-INF/NOTICE")
                .contains(text.strip());
            carried++;
          }
        }
      }
    }

    assertThat(carried).as("jars in lib/ with a NOTICE").isGreaterThanOrEqualTo(3);
    assertThat(home.resolve("LICENSE")).hasSameTextualContentAs(Path.of("LICENSE"));
  }

  @Test
  void theCompletionCompletesEveryCommandAndOption() throws Exception {
    CompletionProbe.assertCompletesEveryCommandAndOption(
        unpacked, home.resolve("completion/vrchat-groups.bash"));
  }

  @Test
  void everyCommandHasAManPage() throws IOException {
    int commands =
        CompletionProbe.commands(VrchatGroupsCli.commandLine(new TestContext().build()), "").size();

    try (Stream<Path> pages = Files.list(home.resolve("man/man1"))) {
      assertThat(pages.map(p -> p.getFileName().toString()))
          .hasSize(commands)
          .contains("vrchat-groups.1", "vrchat-groups-invite.1", "vrchat-groups-requests-accept.1");
    }
  }

  @Test
  void theWindowsScriptStartsTheSameMainClassOnTheSameJars() throws IOException {
    String script = Files.readString(home.resolve("bin/vrchat-groups.cmd"));

    assertThat(script)
        .contains("\r\n")
        .contains("-cp \"%APP_HOME%\\lib\\*\" io.github.vrchatgroups.client.cli.VrchatGroupsCli %*")
        .contains("exit /b %ERRORLEVEL%");
  }
}
