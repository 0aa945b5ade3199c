package io.github.vrchatgroups.client.contract;

import io.github.vrchatgroups.client.internal.SettingsRules;
import java.time.Duration;
import java.util.Map;

/**
 * The live contract check's settings, from the environment; see {@link LiveContractCheck}.
 *
 * @param baseUrl the API root, without a trailing slash
 * @param auth the auth cookie value; never printed (see {@link #redact})
 * @param userAgent what every request identifies itself as
 * @param group a group the account manages invites of, or {@code null}
 * @param notMemberGroup a group the account is not a member of, or {@code null}
 * @param userId the account's user ID, or {@code null} to ask the API
 * @param pacing the pause before each request
 */
record LiveConfig(
    String baseUrl,
    String auth,
    String userAgent,
    String group,
    String notMemberGroup,
    String userId,
    Duration pacing) {

  /**
   * The settings, or {@code null} when {@code VRCHAT_AUTH} is not set and {@code
   * VRCHAT_LIVE_REQUIRED} does not say the check must run.
   *
   * @throws IllegalArgumentException for unusable settings, and for a missing {@code VRCHAT_AUTH}
   *     when {@code VRCHAT_LIVE_REQUIRED=true}: a scheduled job whose secret went missing fails
   */
  static LiveConfig from(Map<String, String> env) {
    String auth = blankToNull(env.get("VRCHAT_AUTH"));
    if (auth == null) {
      if ("true".equalsIgnoreCase(blankToNull(env.get("VRCHAT_LIVE_REQUIRED")))) {
        throw new IllegalArgumentException(
            "VRCHAT_LIVE_REQUIRED is true but VRCHAT_AUTH is not set: the job's secret is"
                + " missing, so nothing was checked");
      }
      return null;
    }
    String userAgent = blankToNull(env.get("VRCHAT_USER_AGENT"));
    if (userAgent == null) {
      throw new IllegalArgumentException(
          "VRCHAT_USER_AGENT is required with VRCHAT_AUTH: VRChat's firewall answers 403 to a"
              + " client that does not identify itself, e.g. 'MyGroupBot/1.2 admin@example.com'");
    }
    try {
      SettingsRules.userAgent(userAgent);
      SettingsRules.authCookie(auth);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          e.getMessage()
              .replace("userAgent", "VRCHAT_USER_AGENT")
              .replace("authCookie", "VRCHAT_AUTH"));
    }
    String baseUrl = env.getOrDefault("VRCHAT_BASE_URL", LiveContractCheck.DEFAULT_BASE_URL);
    long pacing;
    try {
      pacing = Long.parseLong(env.getOrDefault("VRCHAT_LIVE_PACING_MILLIS", "1000"));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("VRCHAT_LIVE_PACING_MILLIS must be a whole number");
    }
    return new LiveConfig(
        SettingsRules.baseUrl(baseUrl, false),
        auth,
        userAgent,
        blankToNull(env.get("VRCHAT_GROUP")),
        blankToNull(env.get("VRCHAT_NOT_MEMBER_GROUP")),
        blankToNull(env.get("VRCHAT_USER_ID")),
        Duration.ofMillis(Math.max(0, pacing)));
  }

  /** {@code text} with the auth cookie value replaced, so no report or line ever shows it. */
  String redact(String text) {
    return text == null ? null : text.replace(auth, "<VRCHAT_AUTH>");
  }

  @Override
  public String toString() {
    return "LiveConfig[" + baseUrl + ", auth=<VRCHAT_AUTH>, " + userAgent + "]";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
