package io.github.vrchatgroups.client.errors;

/**
 * The second factor of a login was not accepted ({@code {"verified":false}}): a wrong or expired
 * code. The login's half-open session is not usable; log in again with a new code.
 */
public class TwoFactorRejectedException extends VrchatApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param method the method of the rejected code, as VRChat names it (e.g. {@code totp})
   */
  public TwoFactorRejectedException(String method) {
    super(200, null, "{\"verified\":false} for " + method, 1, null);
  }

  @Override
  protected String describe() {
    return "the two-factor code was not accepted";
  }
}
