package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.RetryListener;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of a batch (pace, journal, report), shared by every command that runs one. */
final class BatchFlags {
  @Option(
      names = "--rate",
      paramLabel = "N/min",
      converter = RateConverter.class,
      defaultValue = "30/min",
      description =
          "Most requests sent per minute in a batch, N/min or N/s (default: ${DEFAULT-VALUE});"
              + " halved after each 429, then recovered gradually.")
  double ratePerMinute;

  @Option(
      names = "--journal",
      paramLabel = "FILE",
      description =
          "The batch's journal (default: beside the input, named after it, the command and --sandbox).")
  Path journal;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Write each user's outcome to FILE, as JSON (.json) or CSV (any other name).")
  Path report;

  private Pacer pacer;

  /** The pace of this run's requests, made once. */
  Pacer pacer(CliContext context) {
    if (pacer == null) {
      pacer = new Pacer(ratePerMinute, context.nanoTime(), context.sleeper());
    }
    return pacer;
  }

  /** Slows the pace after every 429, even one that a retry of the SDK absorbed. */
  RetryListener slowingOnRateLimits(CliContext context) {
    Pacer paced = pacer(context);
    return (failure, attempt, wait) -> {
      if (failure.getStatusCode() == 429) {
        paced.rateLimited();
      }
    };
  }

  /** The batch of {@code action} on {@code usersFile}, for the connection's server. */
  BatchOptions options(
      BatchAction action,
      String groupId,
      Path usersFile,
      ConnectionOptions.Connection api,
      boolean includeBanned,
      boolean block) {
    return new BatchOptions(
        action,
        groupId,
        usersFile,
        journal != null
            ? journal
            : BatchOptions.defaultJournal(usersFile, action, api.embedded() != null),
        api.server(),
        ratePerMinute,
        includeBanned,
        block,
        report);
  }
}
