package io.github.vrchatgroups.client.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What picocli's refusal of the arguments means, in words that name the mistake: an unknown option
 * is named (with the option it most likely meant) even when picocli noticed a missing one first,
 * which is what a typo such as {@code --grup} causes.
 */
final class UsageProblem {
  private UsageProblem() {}

  static String describe(CommandLine.ParameterException problem, String[] args) {
    CommandSpec command = problem.getCommandLine().getCommandSpec();
    boolean unknownCommand =
        problem instanceof CommandLine.UnmatchedArgumentException
            && !((CommandLine.UnmatchedArgumentException) problem).getUnmatched().isEmpty()
            && !((CommandLine.UnmatchedArgumentException) problem)
                .getUnmatched()
                .get(0)
                .startsWith("-");
    Optional<String> unknown = firstUnknownOption(command, args);
    if (unknown.isPresent() && !unknownCommand) {
      return "unknown option '" + unknown.get() + "'" + suggestion(command, unknown.get());
    }
    if (problem instanceof CommandLine.UnmatchedArgumentException) {
      List<String> unmatched = ((CommandLine.UnmatchedArgumentException) problem).getUnmatched();
      List<String> commands = new ArrayList<>();
      command
          .subcommands()
          .forEach(
              (name, sub) -> {
                if (!sub.getCommandSpec().usageMessage().hidden()) {
                  commands.add(name);
                }
              });
      return "unknown "
          + (commands.isEmpty() ? "argument" : "command or argument")
          + " '"
          + String.join(" ", unmatched)
          + "'"
          + (commands.isEmpty() ? "" : "; the commands are " + String.join(", ", commands));
    }
    return problem.getMessage();
  }

  /**
   * The first argument that looks like an option and that neither the command nor its parents know.
   */
  private static Optional<String> firstUnknownOption(CommandSpec command, String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-") || arg.equals("-") || arg.equals("--")) {
        continue;
      }
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (known(command, name) == null && !isNegativeNumber(name)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  private static CommandSpec known(CommandSpec command, String name) {
    for (CommandSpec at = command; at != null; at = at.parent()) {
      if (at.findOption(name) != null) {
        return at;
      }
    }
    return null;
  }

  private static boolean isNegativeNumber(String arg) {
    return arg.matches("-\\d+");
  }

  /** {@code (did you mean --group?)} for the closest option within two edits, or nothing. */
  private static String suggestion(CommandSpec command, String unknown) {
    return command.optionsMap().keySet().stream()
        .filter(name -> name.startsWith("--"))
        .min(Comparator.comparingInt(name -> distance(name, unknown)))
        .filter(name -> distance(name, unknown) <= 2)
        .map(name -> " (did you mean " + name + "?)")
        .orElse("");
  }

  /** The edit distance between two words. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
