package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.internal.SdkVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Writes a man page (troff, section 1) for every visible command, from the live command tree: the
 * same descriptions, options and exit codes as {@code --help}. The build runs it for the
 * distribution's {@code man/man1}; hidden as {@code vrchat-groups generate-man-pages DIR}.
 */
@Command(
    name = "generate-man-pages",
    hidden = true,
    description = "Writes a man page for every command into DIR.")
final class ManPages implements Callable<Integer> {
  @Parameters(
      paramLabel = "DIR",
      description = "The folder to write the pages into (made if absent).")
  Path dir;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine root = spec.commandLine().getParent();
    write(root, dir);
    return 0;
  }

  /** Writes the pages of {@code root} and its visible subcommands. */
  static void write(CommandLine root, Path dir) {
    try {
      Files.createDirectories(dir);
      walk(root, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void walk(CommandLine command, Path dir) throws IOException {
    Files.writeString(dir.resolve(pageName(command) + ".1"), page(command), StandardCharsets.UTF_8);
    for (CommandLine sub : command.getSubcommands().values()) {
      if (!sub.getCommandSpec().usageMessage().hidden()) {
        walk(sub, dir);
      }
    }
  }

  /** {@code vrchat-groups-requests-accept} for {@code vrchat-groups requests accept}. */
  static String pageName(CommandLine command) {
    return command.getCommandSpec().qualifiedName("-");
  }

  static String page(CommandLine command) {
    CommandSpec spec = command.getCommandSpec();
    String name = pageName(command);
    StringBuilder out = new StringBuilder();
    out.append(".TH ")
        .append(name.toUpperCase(Locale.ROOT))
        .append(" 1 \"\" \"vrchat-groups ")
        .append(SdkVersion.VERSION)
        .append("\" \"vrchat-groups Manual\"\n");
    String[] description = spec.usageMessage().description();
    out.append(".SH NAME\n")
        .append(name.replace("-", "\\-"))
        .append(" \\- ")
        .append(text(description.length == 0 ? "" : description[0]))
        .append('\n');
    out.append(".SH SYNOPSIS\n.nf\n")
        .append(text(command.getHelp().synopsis(0).strip()))
        .append("\n.fi\n");
    if (description.length > 1) {
      out.append(".SH DESCRIPTION\n");
      for (int i = 1; i < description.length; i++) {
        out.append(text(description[i])).append('\n');
      }
    }
    List<PositionalParamSpec> positionals = spec.positionalParameters();
    List<OptionSpec> options = spec.options().stream().filter(o -> !o.hidden()).toList();
    if (!positionals.isEmpty() || !options.isEmpty()) {
      out.append(".SH OPTIONS\n");
      for (PositionalParamSpec positional : positionals) {
        if (!positional.hidden()) {
          out.append(".TP\n\\fI").append(text(positional.paramLabel())).append("\\fR\n");
          out.append(text(String.join(" ", positional.description()))).append('\n');
        }
      }
      for (OptionSpec option : options) {
        out.append(".TP\n").append(optionNames(option)).append('\n');
        out.append(text(String.join(" ", option.description()))).append('\n');
      }
    }
    List<CommandLine> subcommands =
        command.getSubcommands().values().stream()
            .filter(sub -> !sub.getCommandSpec().usageMessage().hidden())
            .toList();
    if (!subcommands.isEmpty()) {
      out.append(".SH COMMANDS\n");
      for (CommandLine sub : subcommands) {
        String[] summary = sub.getCommandSpec().usageMessage().description();
        out.append(".TP\n\\fB").append(sub.getCommandName()).append("\\fR\n");
        out.append(text(summary.length == 0 ? "" : summary[0]));
        out.append(" See \\fB").append(pageName(sub).replace("-", "\\-")).append("\\fR(1).\n");
      }
    }
    Map<String, String> exitCodes = spec.usageMessage().exitCodeList();
    if (!exitCodes.isEmpty()) {
      out.append(".SH EXIT STATUS\n");
      exitCodes.forEach(
          (code, meaning) ->
              out.append(".TP\n\\fB")
                  .append(code.strip())
                  .append("\\fR\n")
                  .append(text(meaning))
                  .append('\n'));
    }
    if (command.getParent() != null) {
      out.append(".SH SEE ALSO\n\\fB")
          .append(pageName(command.getParent()).replace("-", "\\-"))
          .append("\\fR(1)\n");
    }
    return out.toString();
  }

  private static String optionNames(OptionSpec option) {
    List<String> names = new ArrayList<>();
    for (String name : option.names()) {
      names.add("\\fB" + name.replace("-", "\\-") + "\\fR");
    }
    String label =
        option.typeInfo().isBoolean() ? "" : "=\\fI" + text(option.paramLabel()) + "\\fR";
    return String.join(", ", names) + label;
  }

  /** Non-ASCII characters as troff's named Unicode escapes ({@code …} as {@code \[u2026]}). */
  private static String ascii(String line) {
    StringBuilder out = new StringBuilder();
    line.codePoints()
        .forEach(
            c -> {
              if (c < 128) {
                out.appendCodePoint(c);
              } else {
                out.append(String.format(Locale.ROOT, "\\[u%04X]", c));
              }
            });
    return out.toString();
  }

  /**
   * Text as troff reads it literally: a backslash escaped, a line that would start with a control
   * character guarded, picocli's %n line breaks and @|style|@ markup taken out.
   */
  static String text(String raw) {
    if (raw.isBlank()) {
      return "";
    }
    String plain =
        raw.replace("%n", "\n").replaceAll("@\\|\\S+ ([^|]*)\\|@", "$1").replace("\\", "\\e");
    StringBuilder out = new StringBuilder();
    for (String line : plain.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      String stripped = line.strip();
      if (stripped.startsWith(".") || stripped.startsWith("'")) {
        out.append("\\&");
      }
      out.append(stripped.isEmpty() ? ".sp" : ascii(stripped));
    }
    return out.toString();
  }
}
