package io.github.vrchatgroups.client.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine;

/** One in-process run of the command line, with its output and exit code. */
record CliRun(int exitCode, String out, String err) {
  /** A configuration folder with no saved session: tests never read the developer's own. */
  static final java.nio.file.Path EMPTY_CONFIG = emptyConfig();

  private static java.nio.file.Path emptyConfig() {
    try {
      java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("vrchat-groups-config");
      folder.toFile().deleteOnExit();
      return folder;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The User-Agent the tests identify themselves with. */
  static final String USER_AGENT = "CliTest/1.0 t@example.invalid";

  /**
   * The arguments of {@code command} against the API at {@code baseUrl} with the cookie in {@code
   * authFile}, identified as {@link #USER_AGENT}, then {@code more}.
   */
  static String[] against(String command, String baseUrl, Path authFile, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                command,
                "--base-url",
                baseUrl,
                "--auth-file",
                authFile.toString(),
                "--user-agent",
                USER_AGENT));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  static CliRun of(String... args) {
    return of(userId -> {}, args);
  }

  static CliRun of(Consumer<String> afterEachOutcome, String... args) {
    return of(new TestContext().afterEachOutcome(afterEachOutcome).build(), args);
  }

  static CliRun of(CliContext context, String... args) {
    CommandLine commandLine = VrchatGroupsCli.commandLine(context);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }
}
