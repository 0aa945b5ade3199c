package io.github.vrchatgroups.client.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code cancel}: withdraw one pending invite, or those of every user of a file as a batch. */
@Command(
    name = "cancel",
    mixinStandardHelpOptions = true,
    description = {
      "Withdraw the group's pending invite to a user (--user), or to every user listed in a file"
          + " (--from), paced, journaled and resumable like invite."
    })
final class CancelCommand extends UserOrBatchCommand {
  CancelCommand(CliContext context) {
    super(context);
  }

  @Override
  int call(ConnectionOptions.Connection api, PrintWriter out) throws Exception {
    if (target.usersFile != null) {
      return runBatch(BatchAction.CANCEL, api, out, false, false);
    }
    api.client().cancelInvite(groupId, target.userId);
    out.println(target.userId + ": invite cancelled");
    return 0;
  }
}
