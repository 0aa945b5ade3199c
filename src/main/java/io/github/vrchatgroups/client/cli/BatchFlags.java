package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.AdaptiveRateGovernor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options of a batch (pace, journal, report), shared by every command that runs one. */
final class BatchFlags {
  @Option(
      names = "--rate",
      paramLabel = "N/min",
      converter = RateConverter.class,
      defaultValue = "30/min",
      description =
          "Most requests sent per minute in a batch, N/min or N/s (default: ${DEFAULT-VALUE}). A"
              + " 429 pauses every request and lowers the pace once, to just under what VRChat"
              + " served; it then recovers gradually.")
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

  private AdaptiveRateGovernor governor;

  /**
   * The account's pace for this run, made once: the SDK's adaptive governor at {@code --rate},
   * spacing every request (no burst), which tells {@code out} of every pause after a 429.
   */
  AdaptiveRateGovernor governor(CliContext context, PrintWriter out) {
    if (governor == null) {
      governor =
          AdaptiveRateGovernor.builder()
              .perMinute(ratePerMinute)
              .burst(1)
              .timeSource(context.time())
              .listener(
                  (pace, pause) ->
                      out.printf(
                          Locale.ROOT,
                          "429 from VRChat: every request waits %s; pace %.1f/min%n",
                          pause.toMillis() < 1000
                              ? pause.toMillis() + " ms"
                              : String.format(Locale.ROOT, "%.1f s", pause.toMillis() / 1000.0),
                          pace))
              .build();
    }
    return governor;
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
        includeBanned,
        block,
        report);
  }
}
