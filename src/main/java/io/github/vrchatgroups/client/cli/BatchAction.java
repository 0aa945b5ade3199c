package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.GroupBans;
import io.github.vrchatgroups.client.InviteResult;
import io.github.vrchatgroups.client.VrchatGroupsClient;

/** What a batch does to each user: invite them, or withdraw their pending invite. */
enum BatchAction {
  INVITE("invite"),
  CANCEL("cancel");

  /** The word in the journal's header and file name. */
  final String word;

  BatchAction(String word) {
    this.word = word;
  }

  /**
   * Makes the call for one user; throws the SDK's exception when it did not succeed.
   *
   * @param bans the group's bans, for an invite; {@code null} for a cancel
   * @return the outcome of a call that succeeded
   */
  Outcome apply(VrchatGroupsClient client, BatchOptions options, String userId, GroupBans bans) {
    if (this == CANCEL) {
      client.cancelInvite(options.groupId(), userId);
      return Outcome.CANCELLED;
    }
    if (options.includeBanned()) {
      client.inviteUserLiftingBan(options.groupId(), userId);
      return bans.contains(userId) ? Outcome.INVITED_BAN_LIFTED : Outcome.INVITED;
    }
    return client.inviteUser(options.groupId(), userId, bans) == InviteResult.SKIPPED_BANNED
        ? Outcome.SKIPPED_BANNED
        : Outcome.INVITED;
  }
}
