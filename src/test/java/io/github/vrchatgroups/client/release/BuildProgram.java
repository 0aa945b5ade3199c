package io.github.vrchatgroups.client.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the build's own programs (src/build/*.java) in a JVM of its own, as the build's exec
 * steps do; compiled once a test run, since launching a source file compiles it at every start.
 */
final class BuildProgram {
  private static final Path SOURCES = Path.of("src/build").toAbsolutePath();
  private static Path compiled;

  private BuildProgram() {}

  /** What a program printed (standard output and error together) and how it exited. */
  record Result(int exitCode, String output) {}

  static Result run(
      Path workDir, Map<String, String> environment, String program, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(compiled().toString());
    command.add(program);
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.environment().putAll(environment);
    try {
      Process process = builder.redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError(program + " did not finish: " + output);
      }
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static synchronized Path compiled() {
    if (compiled == null) {
      try {
        Path dir = Files.createTempDirectory("build-programs");
        DemoModule.javac(
            dir,
            List.of(
                SOURCES.resolve("ApiGuard.java").toString(),
                SOURCES.resolve("CentralBundle.java").toString()));
        compiled = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return compiled;
  }
}
