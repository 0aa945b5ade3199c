package io.github.vrchatgroups.client.errors;

/**
 * The second factor of a login was not accepted ({@code {"verified":false}}): a wrong or expired
 * code. The login's half-open session is not usable; log in again with a new code.
 */
public class TwoFactorRejectedException extends VrchatApiException {
  private static final long serialVersionUID = 1L;

  private final String method;

  /**
   * @param method the method of the rejected code, as VRChat names it (e.g. {@code totp})
   * @param statusCode the HTTP status of the verification's answer (VRChat's is 200)
   * @param bodyExcerpt the start of its body, e.g. {@code {"verified":false}}
   * @param attempts how many requests the verification made
   */
  public TwoFactorRejectedException(
      String method, int statusCode, String bodyExcerpt, int attempts) {
    super(statusCode, null, bodyExcerpt, attempts, null);
    this.method = method;
  }

  /**
   * The method of the rejected code.
   *
   * @return its name as VRChat gives it, e.g. {@code totp}
   */
  public String getMethod() {
    return method;
  }

  @Override
  protected String describe() {
    return "the " + method + " code was not accepted";
  }

  /** {@link Recovery#LOG_IN_AGAIN}. */
  @Override
  public Recovery getRecovery() {
    return Recovery.LOG_IN_AGAIN;
  }
}
