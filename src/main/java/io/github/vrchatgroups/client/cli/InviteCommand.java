package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.errors.VrchatApiException;
import io.github.vrchatgroups.client.internal.VrchatIds;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code invite}: one user, or every user of a file, paced, journaled and resumable. */
@Command(
    name = "invite",
    mixinStandardHelpOptions = true,
    description = {
      "Invite one user (--user) or every user listed in a file (--from) to a VRChat group.",
      "Credentials come from the VRCHAT_AUTH environment variable or --auth-file, never from the command line.",
      "With --sandbox nothing reaches VRChat: the embedded sandbox answers instead."
    })
final class InviteCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Option(
      names = "--group",
      required = true,
      paramLabel = "grp_…",
      description = "The group to invite to.")
  String groupId;

  @ArgGroup(multiplicity = "1")
  UserOrList target;

  @Option(
      names = "--no-confirm-override-block",
      negatable = false,
      description = "Do not invite users the group blocked before.")
  boolean noConfirmOverrideBlock;

  @Mixin BatchFlags batch;

  InviteCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    CliException.check(() -> VrchatIds.requireGroupId(groupId, "--group"));
    target.check();
    Pacer pacer = new Pacer(batch.ratePerMinute, context.nanoTime(), context.sleeper());
    try (ConnectionOptions.Connection api =
        connection.open(
            context.environment(),
            out,
            (failure, attempt, wait) -> {
              if (failure.getStatusCode() == 429) {
                pacer.rateLimited();
              }
            })) {
      if (target.userId != null) {
        return inviteOne(api, out);
      }
      BatchOptions options =
          batch.options(
              BatchAction.INVITE, groupId, target.usersFile, api, !noConfirmOverrideBlock);
      return new BatchRun(options, api.client(), pacer, context, out, spec.commandLine().getErr())
          .run();
    }
  }

  private int inviteOne(ConnectionOptions.Connection api, PrintWriter out) {
    InviteOutcome outcome;
    String detail = "";
    try {
      api.client().inviteUser(groupId, target.userId, !noConfirmOverrideBlock);
      outcome = InviteOutcome.INVITED;
    } catch (VrchatApiException e) {
      outcome = InviteOutcome.of(e);
      detail = e.getMessage();
    }
    out.println(
        target.userId + ": " + outcome.words + (detail.isEmpty() ? "" : " (" + detail + ")"));
    if (outcome.fix != null) {
      spec.commandLine().getErr().println(outcome.fix);
    }
    return outcome.exitCode;
  }
}
