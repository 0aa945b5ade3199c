package io.github.vrchatgroups.client.batch;

/**
 * What a {@link GroupBatch} does to each user. The operations that let users in ({@link #INVITE},
 * {@link #ACCEPT_JOIN_REQUEST}) skip the users the group bans, because VRChat lifts the ban of a
 * banned user it lets in; only {@link #INVITE_LIFTING_BANS} does not.
 */
public enum BatchOperation {
  /** Invites each user, except those the group bans ({@link UserOutcome#SKIPPED_BANNED}). */
  INVITE("invite"),
  /**
   * Invites each user, also those the group bans, <strong>which lifts their bans</strong> ({@link
   * UserOutcome#INVITED_BAN_LIFTED}). Shares its journal with {@link #INVITE}, so a batch that
   * skipped banned users can be run again this way for them alone.
   */
  INVITE_LIFTING_BANS("invite"),
  /** Withdraws each user's pending invite. */
  CANCEL_INVITE("cancel"),
  /** Accepts each user's request to join, except from those the group bans. */
  ACCEPT_JOIN_REQUEST("accept"),
  /** Rejects each user's request to join; they may ask again. */
  REJECT_JOIN_REQUEST("reject"),
  /** Rejects each user's request to join and keeps them from asking again. */
  REJECT_JOIN_REQUEST_AND_BLOCK("reject");

  private final String journalName;

  BatchOperation(String journalName) {
    this.journalName = journalName;
  }

  /**
   * The word that names the batch in its journal's header ({@code invite}, {@code cancel}, {@code
   * accept} or {@code reject}): operations with the same word share a journal.
   *
   * @return the word
   */
  public String journalName() {
    return journalName;
  }

  /**
   * Whether the operation lets users into the group.
   *
   * @return {@code true} for the invites and for accepting requests
   */
  public boolean admits() {
    return this == INVITE || this == INVITE_LIFTING_BANS || this == ACCEPT_JOIN_REQUEST;
  }
}
