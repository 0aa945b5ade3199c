package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.RateGovernor;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;

/**
 * A command that acts on one user ({@code --user}) or runs a batch ({@code --from}): its target,
 * its batch flags and the account's pace, declared once for invite, cancel and the answers to join
 * requests.
 */
abstract class UserOrBatchCommand extends ApiCommand {
  @ArgGroup(multiplicity = "1")
  UserOrList target;

  @Mixin BatchFlags batch;

  UserOrBatchCommand(CliContext context) {
    super(context);
  }

  @Override
  void checkArguments() {
    target.check();
  }

  @Override
  RateGovernor rateGovernor(PrintWriter out) {
    return batch.governor(context, out);
  }

  /** Runs the batch of {@code --from}; returns its exit code. */
  int runBatch(
      BatchAction action,
      ConnectionOptions.Connection api,
      PrintWriter out,
      boolean includeBanned,
      boolean block)
      throws IOException, InterruptedException {
    BatchOptions options =
        batch.options(action, groupId, target.usersFile, api, includeBanned, block);
    return new BatchRun(options, api.client(), context, out, spec.commandLine().getErr()).run();
  }
}
