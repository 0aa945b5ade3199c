package io.github.vrchatgroups.client.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @VrchatSandboxTest} where a bot developer uses it: a JUnit test of another project,
 * compiled against the SDK jar and JUnit alone and run by JUnit's console launcher in a JVM of its
 * own, once on the class path and once as a module on the module path (beside the SDK's module,
 * with JUnit's launcher on the class path, as build tools run module tests).
 */
class ExtensionInAnotherProjectIT {
  private static final Path SOURCES = Path.of("src/test/resources/extension-consumer");

  private record Run(int exitCode, String output) {}

  /** What a test is compiled against: JUnit's API and what it needs. */
  private static final List<String> JUNIT_API =
      List.of(
          "org.junit.jupiter.api.Test",
          "org.junit.platform.commons.util.ReflectionUtils",
          "org.opentest4j.AssertionFailedError",
          "org.apiguardian.api.API");

  /** What runs it: the engine, the platform and the console launcher. */
  private static final List<String> JUNIT_RUNNER =
      List.of(
          "org.junit.jupiter.engine.JupiterTestEngine",
          "org.junit.platform.engine.TestEngine",
          "org.junit.platform.launcher.Launcher",
          "org.junit.platform.console.ConsoleLauncher",
          "org.junit.platform.reporting.legacy.LegacyReportingUtils");

  /** The jars that hold these classes, as this build resolved them. */
  private static Set<String> jarsOf(List<String> markers) throws Exception {
    Set<String> jars = new LinkedHashSet<>();
    for (String marker : markers) {
      jars.add(
          Path.of(Class.forName(marker).getProtectionDomain().getCodeSource().getLocation().toURI())
              .toString());
    }
    return jars;
  }

  /** The SDK jar and what a consumer resolves at run time beside it. */
  private static List<String> sdk() throws Exception {
    List<String> path = new ArrayList<>();
    path.add(System.getProperty("sdk.jar"));
    String runtime = Files.readString(Path.of(System.getProperty("sdk.runtime.classpath"))).strip();
    path.addAll(List.of(runtime.split(File.pathSeparator)));
    return path;
  }

  private static Run run(String tool, List<String> args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output;
    try (InputStream in = process.getInputStream()) {
      output = in.readAllBytes();
    }
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private static String path(List<String> entries) {
    return String.join(File.pathSeparator, entries);
  }

  /** Compiles the bot's test with {@code pathOption} (-cp or --module-path) and these sources. */
  private static Path compile(Path out, String pathOption, List<String> path, String... sources)
      throws Exception {
    List<String> args = new ArrayList<>(List.of(pathOption, path(path), "-d", out.toString()));
    for (String source : sources) {
      args.add(SOURCES.resolve(source).toString());
    }
    Run compile = run("javac", args);
    assertThat(compile.exitCode()).as(compile.output()).isZero();
    return out;
  }

  /** Runs the bot's test with JUnit's console launcher; {@code jvm} are the JVM's options. */
  private static void assertBotTestPasses(List<String> jvm) throws Exception {
    List<String> args = new ArrayList<>(jvm);
    args.addAll(
        List.of(
            "org.junit.platform.console.ConsoleLauncher",
            "execute",
            "--disable-banner",
            "--details=summary",
            "--select-class",
            "bot.BotTest"));
    Run test = run("java", args);

    assertThat(test.exitCode()).as(test.output()).isZero();
    assertThat(test.output()).contains("2 tests successful").contains("0 tests failed");
  }

  @Test
  void aBotsTestOnTheClassPathGetsAWorkingSandboxAndClientAndNoStateLeaks(@TempDir Path dir)
      throws Exception {
    List<String> classPath = new ArrayList<>(sdk());
    classPath.addAll(jarsOf(JUNIT_API));
    classPath.addAll(jarsOf(JUNIT_RUNNER));
    classPath.add(compile(dir.resolve("classes"), "-cp", classPath, "bot/BotTest.java").toString());

    assertBotTestPasses(List.of("-cp", path(classPath)));
  }

  @Test
  void aBotsTestModuleOnTheModulePathRunsTheSame(@TempDir Path dir) throws Exception {
    List<String> modulePath = new ArrayList<>(sdk());
    modulePath.addAll(jarsOf(JUNIT_API));
    modulePath.add(
        compile(
                dir.resolve("bot"),
                "--module-path",
                modulePath,
                "module-info.java",
                "bot/BotTest.java")
            .toString());

    List<String> jvm = new ArrayList<>(List.of("--module-path", path(modulePath)));
    jvm.addAll(List.of("--add-modules", "bot"));
    // JUnit's own internals, which its launcher on the class path reads, as build tools open them
    // when they run a test module.
    for (String internal : List.of("util", "logging", "io", "support.scanning")) {
      jvm.add("--add-exports");
      jvm.add("org.junit.platform.commons/org.junit.platform.commons." + internal + "=ALL-UNNAMED");
    }
    // The launcher on the class path, as a build tool runs it; the test is a module.
    jvm.addAll(List.of("-cp", path(new ArrayList<>(jarsOf(JUNIT_RUNNER)))));
    assertBotTestPasses(jvm);
  }
}
