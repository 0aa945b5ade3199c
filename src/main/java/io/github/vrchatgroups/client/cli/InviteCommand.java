package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.RetryListener;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.io.PrintWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code invite}: one user, or every user of a file, paced, journaled and resumable. */
@Command(
    name = "invite",
    mixinStandardHelpOptions = true,
    description = {
      "Invite one user (--user) or every user listed in a file (--from) to a VRChat group.",
      "Credentials come from the saved login ('vrchat-groups login'), the VRCHAT_AUTH environment"
          + " variable or --auth-file, never from the command line.",
      "With --sandbox nothing reaches VRChat: the embedded sandbox answers instead."
    })
final class InviteCommand extends ApiCommand {
  @ArgGroup(multiplicity = "1")
  UserOrList target;

  @Option(
      names = "--no-confirm-override-block",
      negatable = false,
      description = "Do not invite users the group blocked before.")
  boolean noConfirmOverrideBlock;

  @Mixin BatchFlags batch;

  private Pacer pacer;

  InviteCommand(CliContext context) {
    super(context);
  }

  @Override
  void checkArguments() {
    target.check();
    pacer = new Pacer(batch.ratePerMinute, context.nanoTime(), context.sleeper());
  }

  /** Every 429, even one a retry absorbed, slows the batch down. */
  @Override
  RetryListener retryListener() {
    return (failure, attempt, wait) -> {
      if (failure.getStatusCode() == 429) {
        pacer.rateLimited();
      }
    };
  }

  @Override
  int call(ConnectionOptions.Connection api, PrintWriter out) throws Exception {
    if (target.userId != null) {
      try {
        api.client().inviteUser(groupId, target.userId, !noConfirmOverrideBlock);
      } catch (VrchatApiException e) {
        throw new VrchatGroupsCli.FailedFor(target.userId, e);
      }
      out.println(target.userId + ": " + Outcome.INVITED.words);
      return Outcome.INVITED.exitCode;
    }
    BatchOptions options =
        batch.options(BatchAction.INVITE, groupId, target.usersFile, api, !noConfirmOverrideBlock);
    return new BatchRun(options, api.client(), pacer, context, out, spec.commandLine().getErr())
        .run();
  }
}
