package io.github.vrchatgroups.client.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;

/** One in-process run of the command line, with its output and exit code. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    return of(userId -> {}, args);
  }

  static CliRun of(Consumer<String> afterEachOutcome, String... args) {
    InviteCommand invite = new InviteCommand();
    invite.environment = Map.of();
    invite.afterEachOutcome = afterEachOutcome;
    CommandLine commandLine = VrchatGroupsCli.commandLine(invite);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }
}
