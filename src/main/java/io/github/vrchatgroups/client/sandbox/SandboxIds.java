package io.github.vrchatgroups.client.sandbox;

import java.util.regex.Pattern;

/**
 * The sandbox's own rules for VRChat's IDs: the provider side checks what it is sent by its own
 * reading of the API, not by the client's.
 */
final class SandboxIds {
  private static final String UUID =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
  private static final Pattern GROUP_ID = Pattern.compile("grp_" + UUID);
  private static final Pattern USER_ID = Pattern.compile("usr_" + UUID + "|[A-Za-z0-9]{10}");

  private SandboxIds() {}

  static boolean isUserId(String value) {
    return value != null && USER_ID.matcher(value).matches();
  }

  /** The group ID; an {@link IllegalArgumentException} naming {@code parameter} if malformed. */
  static String group(String value, String parameter) {
    return require(value, parameter, GROUP_ID, "grp_<uuid>");
  }

  /** The user ID; an {@link IllegalArgumentException} naming {@code parameter} if malformed. */
  static String user(String value, String parameter) {
    return require(
        value, parameter, USER_ID, "usr_<uuid> or a legacy ID of ten letters and digits");
  }

  private static String require(String value, String parameter, Pattern rule, String expected) {
    if (value == null || !rule.matcher(value).matches()) {
      throw new IllegalArgumentException(
          parameter
              + " must be "
              + expected
              + ", got "
              + (value == null ? "null" : "\"" + value.replaceAll("[^ -~]", "?") + "\""));
    }
    return value;
  }
}
