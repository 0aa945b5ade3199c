package io.github.vrchatgroups.client.batch;

import io.github.vrchatgroups.client.errors.Recovery;
import io.github.vrchatgroups.client.errors.VrchatApiException;

/**
 * A batch's journal cannot be used: another run holds it, it belongs to another batch, or the disk
 * refused it. When it is thrown while opening, nothing was sent; while recording, the user in
 * flight was sent and its outcome may be lost, so the batch stops before the next.
 */
public class BatchJournalException extends VrchatApiException {
  private static final long serialVersionUID = 1L;

  private final String problem;

  /**
   * @param problem what is wrong, in words
   * @param cause the disk's failure, or {@code null}
   */
  public BatchJournalException(String problem, Throwable cause) {
    super(0, null, null, 1, cause);
    this.problem = problem;
  }

  @Override
  protected String describe() {
    return problem;
  }

  /** {@link Recovery#FIX_SETTINGS}: the journal, or where it is. */
  @Override
  public Recovery getRecovery() {
    return Recovery.FIX_SETTINGS;
  }
}
