package io.github.vrchatgroups.client.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code requests}: the group's join requests; its subcommands list and answer them. */
@Command(
    name = "requests",
    mixinStandardHelpOptions = true,
    description = {
      "The group's join requests: list them, accept them (never a user the group banned) or reject"
          + " them, one user or every user of a file, paced, journaled and resumable like invite."
    })
final class RequestsCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  /** The command with its subcommands. */
  static CommandLine commandLine(CliContext context) {
    return new CommandLine(new RequestsCommand())
        .addSubcommand("list", new RequestsListCommand(context))
        .addSubcommand("accept", new AnswerRequestsCommand.Accept(context))
        .addSubcommand("reject", new AnswerRequestsCommand.Reject(context));
  }

  /** Without a subcommand: a usage mistake. */
  @Override
  public Integer call() {
    throw CliException.usage("requests needs a subcommand: list, accept or reject");
  }
}
