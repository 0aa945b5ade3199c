package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.VrchatGroupsClient;

/** What a batch does to each user: invite them, or withdraw their pending invite. */
enum BatchAction {
  INVITE("invite", Outcome.INVITED),
  CANCEL("cancel", Outcome.CANCELLED);

  /** The word in the journal's header and file name. */
  final String word;

  /** The outcome of a call that succeeded. */
  final Outcome success;

  BatchAction(String word, Outcome success) {
    this.word = word;
    this.success = success;
  }

  /** Makes the call for one user; throws the SDK's exception when it did not succeed. */
  void apply(VrchatGroupsClient client, BatchOptions options, String userId) {
    if (this == INVITE) {
      client.inviteUser(options.groupId(), userId, options.confirmOverrideBlock());
    } else {
      client.cancelInvite(options.groupId(), userId);
    }
  }
}
