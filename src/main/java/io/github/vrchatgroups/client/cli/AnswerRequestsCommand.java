package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.JoinRequestResult;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/**
 * {@code requests accept} and {@code requests reject}: one user's request, or those of every user
 * of a file as a batch, with the invite batch's pacing, journal and outcomes.
 */
abstract class AnswerRequestsCommand extends UserOrBatchCommand {
  private final BatchAction action;

  AnswerRequestsCommand(CliContext context, BatchAction action) {
    super(context);
    this.action = action;
  }

  /** Whether a reject also keeps the users from asking again. */
  abstract boolean block();

  @Override
  int call(ConnectionOptions.Connection api, PrintWriter out) throws Exception {
    if (target.usersFile != null) {
      return runBatch(action, api, out, false, block());
    }
    Outcome outcome;
    try {
      outcome = answerOne(api.client(), target.userId);
    } catch (VrchatApiException e) {
      throw new VrchatGroupsCli.FailedFor(target.userId, e);
    }
    out.println(target.userId + ": " + outcome.words);
    return outcome.exitCode;
  }

  private Outcome answerOne(VrchatGroupsClient client, String userId) {
    if (action == BatchAction.REJECT) {
      client.rejectJoinRequest(groupId, userId, block());
      return Outcome.REJECTED;
    }
    return client.acceptJoinRequest(groupId, userId) == JoinRequestResult.SKIPPED_BANNED
        ? Outcome.SKIPPED_BANNED
        : Outcome.ACCEPTED;
  }

  @Command(
      name = "accept",
      mixinStandardHelpOptions = true,
      description = {
        "Accept the join request of one user (--user) or of every user listed in a file (--from).",
        "A user the group banned is never let in: reported 'banned: skipped', nothing sent."
      })
  static final class Accept extends AnswerRequestsCommand {
    Accept(CliContext context) {
      super(context, BatchAction.ACCEPT);
    }

    @Override
    boolean block() {
      return false;
    }
  }

  @Command(
      name = "reject",
      mixinStandardHelpOptions = true,
      description =
          "Reject the join request of one user (--user) or of every user listed in a file (--from).")
  static final class Reject extends AnswerRequestsCommand {
    @picocli.CommandLine.Option(
        names = "--block",
        description = "Also keep the users from asking to join again.")
    boolean block;

    Reject(CliContext context) {
      super(context, BatchAction.REJECT);
    }

    @Override
    boolean block() {
      return block;
    }
  }
}
