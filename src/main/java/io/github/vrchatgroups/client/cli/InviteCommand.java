package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.InviteResult;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code invite}: one user, or every user of a file, paced, journaled and resumable. */
@Command(
    name = "invite",
    mixinStandardHelpOptions = true,
    description = {
      "Invite one user (--user) or every user listed in a file (--from) to a VRChat group.",
      "Credentials come from the saved login ('vrchat-groups login'), the VRCHAT_AUTH environment"
          + " variable or --auth-file, never from the command line.",
      "Users the group banned are skipped (an invite would lift the ban) unless --include-banned"
          + " is given.",
      "With --sandbox nothing reaches VRChat: the embedded sandbox answers instead."
    })
final class InviteCommand extends UserOrBatchCommand {
  @Option(
      names = "--include-banned",
      negatable = false,
      description =
          "DANGER: also invite users the group BANNED, which LIFTS THEIR BAN (VRChat unbans a user"
              + " it invites). Without it, a banned user is never invited: reported 'banned:"
              + " skipped', nothing sent.")
  boolean includeBanned;

  InviteCommand(CliContext context) {
    super(context);
  }

  @Override
  int call(ConnectionOptions.Connection api, PrintWriter out) throws Exception {
    if (target.userId != null) {
      Outcome outcome;
      try {
        outcome = inviteOne(api.client(), target.userId);
      } catch (VrchatApiException e) {
        throw new VrchatGroupsCli.FailedFor(target.userId, e);
      }
      out.println(target.userId + ": " + outcome.words);
      if (outcome == Outcome.SKIPPED_BANNED) {
        out.println(
            "Nothing was sent: an invite would lift the ban. To invite and unban, add"
                + " --include-banned.");
      }
      return outcome.exitCode;
    }
    return runBatch(BatchAction.INVITE, api, out, includeBanned, false);
  }

  /** One user: the membership read first, so that the outcome can say what became of a ban. */
  private Outcome inviteOne(VrchatGroupsClient client, String userId) {
    if (!includeBanned) {
      return client.inviteUser(groupId, userId) == InviteResult.SKIPPED_BANNED
          ? Outcome.SKIPPED_BANNED
          : Outcome.INVITED;
    }
    boolean banned = client.getMembership(groupId, userId).isBanned();
    client.inviteUserLiftingBan(groupId, userId);
    return banned ? Outcome.INVITED_BAN_LIFTED : Outcome.INVITED;
  }
}
