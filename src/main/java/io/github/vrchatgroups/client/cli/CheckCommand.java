package io.github.vrchatgroups.client.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;

/**
 * {@code check}: the pre-flight read of a batch on its own: are the credentials, the User-Agent,
 * the group and the base URL all accepted? Sends nothing that changes anything.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Check that the credentials, --user-agent, --group and --base-url are accepted, without"
            + " sending an invite.")
final class CheckCommand extends ApiCommand {
  CheckCommand(CliContext context) {
    super(context);
  }

  @Override
  int call(ConnectionOptions.Connection api, PrintWriter out) {
    api.client().listInvites(groupId, 1, 0);
    out.println(
        "OK: "
            + api.server()
            + " accepts the credentials and the User-Agent, and lets this account manage the invites of "
            + groupId
            + ".");
    if (api.embedded() == null) {
      try (var login = connection.login()) {
        var user = login.whoAmI(new io.github.vrchatgroups.client.Session(api.token(), null));
        out.println("Logged in as " + user.displayName() + " (" + user.userId() + ").");
      }
    }
    return 0;
  }
}
