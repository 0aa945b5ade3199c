package io.github.vrchatgroups.client.internal;

import java.util.regex.Pattern;

/** Checks IDs before they go into a request path or body, so bad input never reaches the wire. */
public final class VrchatIds {
  private static final String UUID =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
  private static final Pattern GROUP_ID = Pattern.compile("grp_" + UUID);
  // Legacy user IDs are ten ASCII letters and digits (8JoV9XEdpo). Anything shorter or longer is
  // refused: a display name such as "Tupper" must never be taken for a user's ID.
  private static final Pattern USER_ID = Pattern.compile("usr_" + UUID + "|[A-Za-z0-9]{10}");
  private static final int MAX_SHOWN_CHARS = 64;

  private VrchatIds() {}

  /**
   * @throws IllegalArgumentException naming {@code parameter} unless {@code value} is {@code
   *     grp_<uuid>}
   */
  public static String requireGroupId(String value, String parameter) {
    return require(value, parameter, GROUP_ID, "grp_<uuid>");
  }

  /**
   * @throws IllegalArgumentException naming {@code parameter} unless {@code value} is {@code
   *     usr_<uuid>} or a legacy ID of ten ASCII letters and digits
   */
  public static String requireUserId(String value, String parameter) {
    return require(
        value,
        parameter,
        USER_ID,
        "usr_<uuid> or a legacy ID of ten ASCII letters and digits such as 8JoV9XEdpo (a display"
            + " name is not an ID)");
  }

  private static String require(String value, String parameter, Pattern pattern, String expected) {
    if (value == null) {
      throw new IllegalArgumentException(parameter + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(parameter + " must not be blank");
    }
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          parameter + " must be " + expected + ", got " + quoted(value));
    }
    return value;
  }

  /**
   * The value in quotes with control and non-ASCII characters escaped, so the message stays one
   * safe line.
   */
  static String quoted(String value) {
    StringBuilder shown = new StringBuilder("\"");
    value
        .codePoints()
        .limit(MAX_SHOWN_CHARS)
        .forEach(
            c -> {
              if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                shown.appendCodePoint(c);
              } else {
                shown.append(String.format("\\u%04X", c));
              }
            });
    if (value.codePointCount(0, value.length()) > MAX_SHOWN_CHARS) {
      shown.append('…');
    }
    return shown.append('"').toString();
  }
}
