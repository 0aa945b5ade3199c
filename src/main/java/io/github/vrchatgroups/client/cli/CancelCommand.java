package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.RateGovernor;
import java.io.PrintWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cancel}: withdraw one pending invite, or those of every user of a file as a batch. */
@Command(
    name = "cancel",
    mixinStandardHelpOptions = true,
    description = {
      "Withdraw the group's pending invite to a user (--user), or to every user listed in a file"
          + " (--from), paced, journaled and resumable like invite."
    })
final class CancelCommand extends ApiCommand {
  @ArgGroup(multiplicity = "1")
  UserOrList target;

  @Mixin BatchFlags batch;

  CancelCommand(CliContext context) {
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

  @Override
  int call(ConnectionOptions.Connection api, PrintWriter out) throws Exception {
    if (target.usersFile != null) {
      BatchOptions options =
          batch.options(BatchAction.CANCEL, groupId, target.usersFile, api, false, false);
      return new BatchRun(options, api.client(), context, out, spec.commandLine().getErr()).run();
    }
    api.client().cancelInvite(groupId, target.userId);
    out.println(target.userId + ": invite cancelled");
    return 0;
  }
}
