package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.batch.BatchOperation;

/**
 * What a batch command does to each user: invite them, withdraw their pending invite, or accept or
 * reject their request to join. The SDK's {@link BatchOperation} does it.
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

  /** The SDK's operation for this action and the command's flags. */
  BatchOperation operation(boolean includeBanned, boolean block) {
    switch (this) {
      case CANCEL:
        return BatchOperation.CANCEL_INVITE;
      case ACCEPT:
        return BatchOperation.ACCEPT_JOIN_REQUEST;
      case REJECT:
        return block
            ? BatchOperation.REJECT_JOIN_REQUEST_AND_BLOCK
            : BatchOperation.REJECT_JOIN_REQUEST;
      default:
        return includeBanned ? BatchOperation.INVITE_LIFTING_BANS : BatchOperation.INVITE;
    }
  }
}
