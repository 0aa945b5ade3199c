package io.github.vrchatgroups.client.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs src/build/ApiGuard.java in a JVM of its own, as the build's exec step does; compiled once
 * (the build launches the source file, which compiles it at every start: seconds a run).
 */
final class ApiGuardRun {
  static final Path GUARD = Path.of("src/build/ApiGuard.java").toAbsolutePath();
  private static Path compiled;

  private final Path workDir;
  private final Path apiFile;
  private final String classPath;

  /** A guard for a jar that needs nothing else on its class path. */
  ApiGuardRun(Path workDir, Path apiFile) {
    this(workDir, apiFile, "");
  }

  ApiGuardRun(Path workDir, Path apiFile, String classPath) {
    this.workDir = workDir;
    this.apiFile = apiFile;
    this.classPath = classPath;
  }

  record Result(int exitCode, String output) {}

  private static synchronized Path compiledGuard() {
    if (compiled == null) {
      try {
        Path dir = Files.createTempDirectory("api-guard");
        DemoModule.javac(dir, List.of(GUARD.toString()));
        compiled = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return compiled;
  }

  Result run(Path jar, String version, String... options) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(compiledGuard().toString());
    command.add("ApiGuard");
    command.add(jar.toString());
    command.add(classPath);
    command.add(apiFile.toString());
    command.add(version);
    command.addAll(List.of(options));
    try {
      Process process =
          new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("the API guard did not finish: " + output);
      }
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
