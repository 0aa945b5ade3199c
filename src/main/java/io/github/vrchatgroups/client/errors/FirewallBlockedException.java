package io.github.vrchatgroups.client.errors;

/**
 * HTTP 403 from VRChat's web firewall, recognised by the {@code waf_code} in its error body: the
 * request's {@code User-Agent} does not identify the application. The firewall answers every
 * endpoint this way, so every further call will fail too until the User-Agent changes.
 *
 * <p>Set a User-Agent of the form {@code AppName/version contact} that names your own application.
 * Passing the builder's format check is not enough: VRChat also blocks well-known example agents
 * (such as {@code TimmyFriendTracker/1.5.1 timmy@example.com}).
 */
public class FirewallBlockedException extends ForbiddenException {
  private static final long serialVersionUID = 1L;

  private final String wafCode;

  /**
   * @param serverMessage the message the server sent, or {@code null}
   * @param bodyExcerpt the start of the raw response body, or {@code null}
   * @param attempts how many requests the call made
   * @param wafCode the firewall's rule code, as sent (e.g. {@code 13799})
   */
  public FirewallBlockedException(
      String serverMessage, String bodyExcerpt, int attempts, String wafCode) {
    super(serverMessage, bodyExcerpt, attempts);
    this.wafCode = wafCode;
  }

  /**
   * The firewall's rule code from the body's {@code waf_code}, as sent.
   *
   * @return the code, e.g. {@code 13799}
   */
  public String getWafCode() {
    return wafCode;
  }

  @Override
  protected String describe() {
    return "blocked by VRChat's web firewall (waf_code "
        + wafCode
        + "): set a User-Agent that identifies your application as 'AppName/version contact'";
  }

  /** {@link Recovery#FIX_SETTINGS}. */
  @Override
  public Recovery getRecovery() {
    return Recovery.FIX_SETTINGS;
  }
}
