package io.github.vrchatgroups.client.errors;

import java.util.List;

/**
 * The login asks for a second factor this SDK does not know (VRChat adds methods without notice).
 * Nothing more was sent; the account needs a method the SDK supports (an authenticator app, an
 * e-mailed code, or a recovery code) to log in through it.
 */
public class UnsupportedSecondFactorException extends VrchatApiException {
  private static final long serialVersionUID = 1L;

  // An array, not a List: the exception is Serializable, and so must its fields be.
  private final String[] methods;

  /**
   * @param methods the methods VRChat asked for, as it names them
   * @param statusCode the HTTP status of the login's answer (VRChat's is 200)
   * @param bodyExcerpt the start of its body
   * @param attempts how many requests the login made
   */
  public UnsupportedSecondFactorException(
      List<String> methods, int statusCode, String bodyExcerpt, int attempts) {
    super(statusCode, null, bodyExcerpt, attempts, null);
    this.methods = methods.toArray(String[]::new);
  }

  /**
   * The second-factor methods the account asked for.
   *
   * @return VRChat's names for them, none of which the SDK supports
   */
  public List<String> getMethods() {
    return List.of(methods);
  }

  @Override
  protected String describe() {
    return "the account asks for a second factor this SDK does not support " + getMethods();
  }

  /** {@link Recovery#FIX_SETTINGS}: the account needs a method the SDK supports. */
  @Override
  public Recovery getRecovery() {
    return Recovery.FIX_SETTINGS;
  }
}
