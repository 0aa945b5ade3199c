package io.github.vrchatgroups.client.release;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The API guard (src/build/ApiGuard.java) on one signature file, run as the build runs it. */
final class ApiGuardRun {
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

  BuildProgram.Result run(Path jar, String version, String... options) {
    List<String> args =
        new ArrayList<>(List.of(jar.toString(), classPath, apiFile.toString(), version));
    args.addAll(List.of(options));
    return BuildProgram.run(workDir, Map.of(), "ApiGuard", args);
  }
}
