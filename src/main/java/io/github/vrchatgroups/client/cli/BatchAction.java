package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.GroupBans;
import io.github.vrchatgroups.client.InviteResult;
import io.github.vrchatgroups.client.JoinRequestResult;
import io.github.vrchatgroups.client.VrchatGroupsClient;

/**
 * What a batch does to each user: invite them, withdraw their pending invite, or accept or reject
 * their request to join.
 */
enum BatchAction {
  INVITE("invite"),
  CANCEL("cancel"),
  ACCEPT("accept"),
  REJECT("reject");

  /** The word in the journal's header and file name. */
  final String word;

  BatchAction(String word) {
    this.word = word;
  }

  /** Whether the batch lets users in, and so must never let a banned one in. */
  boolean admits() {
    return this == INVITE || this == ACCEPT;
  }

  /**
   * Makes the call for one user; throws the SDK's exception when it did not succeed.
   *
   * @param bans the group's bans, for an invite or an accept; {@code null} otherwise
   * @return the outcome of a call that succeeded
   */
  Outcome apply(VrchatGroupsClient client, BatchOptions options, String userId, GroupBans bans) {
    switch (this) {
      case CANCEL:
        client.cancelInvite(options.groupId(), userId);
        return Outcome.CANCELLED;
      case REJECT:
        client.rejectJoinRequest(options.groupId(), userId, options.block());
        return Outcome.REJECTED;
      case ACCEPT:
        return client.acceptJoinRequest(options.groupId(), userId, bans)
                == JoinRequestResult.SKIPPED_BANNED
            ? Outcome.SKIPPED_BANNED
            : Outcome.ACCEPTED;
      default:
        return invite(client, options, userId, bans);
    }
  }

  private static Outcome invite(
      VrchatGroupsClient client, BatchOptions options, String userId, GroupBans bans) {
    if (options.includeBanned()) {
      client.inviteUserLiftingBan(options.groupId(), userId);
      return bans.contains(userId) ? Outcome.INVITED_BAN_LIFTED : Outcome.INVITED;
    }
    return client.inviteUser(options.groupId(), userId, bans) == InviteResult.SKIPPED_BANNED
        ? Outcome.SKIPPED_BANNED
        : Outcome.INVITED;
  }
}
