package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.internal.VrchatIds;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Whom a command acts on: one user, or every user of a file (a batch). Exactly one is given. */
final class UserOrList {
  @Option(names = "--user", paramLabel = "usr_…", description = "The one user.")
  String userId;

  @Option(
      names = "--from",
      paramLabel = "FILE",
      description = "A file of user IDs, one per line; blank lines and # comments allowed.")
  Path usersFile;

  /** Checks {@code --user} is a user ID, before anything is opened or sent. */
  void check() {
    if (userId != null) {
      CliException.check(() -> VrchatIds.requireUserId(userId, "--user"));
    }
  }
}
