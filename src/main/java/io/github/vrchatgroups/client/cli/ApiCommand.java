package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.RateGovernor;
import io.github.vrchatgroups.client.internal.VrchatIds;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that works on a group: checks its arguments, opens the connection and runs. A failure
 * of the SDK propagates to the command line's one error path.
 */
abstract class ApiCommand implements Callable<Integer> {
  final CliContext context;

  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Option(
      names = "--group",
      required = true,
      paramLabel = "grp_…",
      description = "The group: its ID, or its page's URL (https://vrchat.com/home/group/grp_…).")
  String groupId;

  ApiCommand(CliContext context) {
    this.context = context;
  }

  /** Makes the call; prints the result to {@code out}; returns the exit code. */
  abstract int call(ConnectionOptions.Connection api, PrintWriter out) throws Exception;

  /** Checks the command's own arguments before anything is opened; only --group by default. */
  void checkArguments() {}

  /** The account's pace for this command: the SDK's default unless the command paces a batch. */
  RateGovernor rateGovernor(PrintWriter out) {
    return null;
  }

  @Override
  public Integer call() throws Exception {
    groupId = GroupArgument.read(groupId);
    CliException.check(() -> VrchatIds.requireGroupId(groupId, "--group"));
    checkArguments();
    PrintWriter out = spec.commandLine().getOut();
    // A failure of the SDK goes to the command line's one error path (VrchatGroupsCli.handle).
    try (ConnectionOptions.Connection api =
        connection.open(context.environment(), out, rateGovernor(out), context.time())) {
      return call(api, out);
    }
  }
}
