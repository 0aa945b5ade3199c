package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.internal.VrchatIds;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cancel}: withdraw one pending invite. */
@Command(
    name = "cancel",
    mixinStandardHelpOptions = true,
    description = "Withdraw the group's pending invite to a user.")
final class CancelCommand extends ApiCommand {
  @Option(
      names = "--user",
      required = true,
      paramLabel = "usr_…",
      description = "The invited user.")
  String userId;

  CancelCommand(CliContext context) {
    super(context);
  }

  @Override
  int call(ConnectionOptions.Connection api, PrintWriter out) {
    InviteCommand.requireId(() -> VrchatIds.requireUserId(userId, "--user"));
    api.client().cancelInvite(groupId, userId);
    out.println(userId + ": invite cancelled");
    return 0;
  }
}
