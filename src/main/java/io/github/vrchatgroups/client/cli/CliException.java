package io.github.vrchatgroups.client.cli;

/**
 * Ends a command with an exit code and one line for its user, in the command line's terms (flag
 * names, never builder methods): no stack trace, no help text.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Exit code of a usage mistake: a bad option, a missing file, a malformed ID. */
  static final int USAGE = 2;

  final int exitCode;

  CliException(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  /** A usage mistake; the error path adds where to read more ({@code (see invite --help)}). */
  static CliException usage(String message) {
    return new CliException(USAGE, message);
  }

  /** Runs one of the SDK's argument checks; what it refuses becomes a usage error, same words. */
  static void check(Runnable sdkCheck) {
    try {
      sdkCheck.run();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }
}
