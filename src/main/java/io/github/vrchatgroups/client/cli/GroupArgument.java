package io.github.vrchatgroups.client.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code --group} may be given as: the ID, padded or not, or the group's page as a browser
 * shows it ({@code https://vrchat.com/home/group/grp_…}), whose ID is taken. Anything else is left
 * for the ID check to refuse by name.
 */
final class GroupArgument {
  private static final Pattern PAGE =
      Pattern.compile(
          "https?://[^/\\s]+/.*?/group/(grp_[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
              + "-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:[/?#].*)?");

  private GroupArgument() {}

  /**
   * The group ID {@code value} stands for.
   *
   * @throws CliException a usage error, for a URL that holds no group ID
   */
  static String read(String value) {
    String stripped = value.strip();
    Matcher page = PAGE.matcher(stripped);
    if (page.matches()) {
      return page.group(1);
    }
    if (stripped.startsWith("http://") || stripped.startsWith("https://")) {
      throw CliException.usage(
          "--group: the URL holds no group ID (grp_…); give the ID, or the group's page"
              + " https://vrchat.com/home/group/grp_…");
    }
    return stripped;
  }
}
