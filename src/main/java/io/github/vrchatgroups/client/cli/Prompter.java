package io.github.vrchatgroups.client.cli;

import java.io.Console;
import java.util.Optional;

/** Asks the person at the terminal; passwords and codes without echo. */
interface Prompter {
  String readLine(String prompt);

  char[] readPassword(String prompt);

  /** The process's console, when it has one. */
  static Optional<Prompter> console() {
    Console console = System.console();
    if (console == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Prompter() {
          @Override
          public String readLine(String prompt) {
            return console.readLine("%s", prompt);
          }

          @Override
          public char[] readPassword(String prompt) {
            return console.readPassword("%s", prompt);
          }
        });
  }
}
