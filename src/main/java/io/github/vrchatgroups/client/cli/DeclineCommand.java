package io.github.vrchatgroups.client.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code decline}: decline the invite the logged-in account received from a group. */
@Command(
    name = "decline",
    mixinStandardHelpOptions = true,
    description = "Decline the invite your account received from a group.")
final class DeclineCommand extends ApiCommand {
  @Option(names = "--block", description = "Also stop the group from inviting you again.")
  boolean block;

  DeclineCommand(CliContext context) {
    super(context);
  }

  @Override
  int call(ConnectionOptions.Connection api, PrintWriter out) {
    api.client().declineInvite(groupId, block);
    out.println(
        groupId + ": invite declined" + (block ? "; the group can no longer invite you" : ""));
    return 0;
  }
}
