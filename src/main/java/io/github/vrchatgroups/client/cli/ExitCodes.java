package io.github.vrchatgroups.client.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Every exit code of the command line with what it means, as {@code --help} lists it under "Exit
 * codes" (and docs/command-line.md, which a test holds to this list).
 */
final class ExitCodes {
  private ExitCodes() {}

  /** Code to meaning, in order. */
  static final Map<Integer, String> MEANINGS = meanings();

  private static Map<Integer, String> meanings() {
    Map<Integer, String> codes = new LinkedHashMap<>();
    codes.put(
        0,
        "done: invited (one user), every user of the batch done, listed, cancelled,"
            + " declined, checked");
    codes.put(1, "the batch left users not done (rate limited, failed): run it again to resume");
    codes.put(
        CliException.USAGE,
        "usage error: bad option, malformed ID, no credentials, no"
            + " --user-agent, plain http to another host, a journal of another batch or in use");
    codes.put(3, "already a member");
    codes.put(4, "already invited");
    codes.put(5, "can't invite (VRChat's documented 403: the user refuses invites from you)");
    codes.put(6, "group not found: check --group");
    codes.put(7, "not authenticated: log in again");
    codes.put(8, "rate limited, after the retries");
    codes.put(9, "any other failure (an unrecognised 4xx, a server error, the network)");
    codes.put(
        10,
        "blocked by VRChat's web firewall: --user-agent does not identify the" + " application");
    codes.put(11, "unknown API route: --base-url is wrong (e.g. /api/1 missing or doubled)");
    codes.put(12, "the account cannot manage the group's invites (not a member)");
    codes.put(13, "no such pending invite (cancel, decline)");
    codes.put(
        BatchRun.SKIPPED_LINES,
        "the batch did every user it could read, but skipped lines"
            + " of --from that are not user IDs: fix them");
    codes.put(
        15,
        "banned: skipped (one user): the group bans the user, nothing was sent;"
            + " --include-banned invites and unbans");
    codes.put(
        16,
        "no permission: the account's group role may not read members and bans, which a"
            + " ban-safe invite needs");
    codes.put(
        17,
        "no join request (requests accept, requests reject): the user has not asked, or"
            + " was answered already");
    codes.put(
        18,
        "in too many groups (requests accept): the user must leave a group before they"
            + " can be accepted");
    codes.put(
        19,
        "the session ended again and the run's login budget (3 an hour) is spent: find"
            + " what ends the sessions");
    codes.put(
        BatchRun.INTERRUPTED,
        "interrupted by Ctrl-C or SIGTERM: the invite in flight was"
            + " journaled; run the same command to resume");
    return codes;
  }

  /** Lists the codes under "Exit codes" in the help of {@code command} and of its subcommands. */
  static void listIn(CommandLine command) {
    Map<String, String> list = new LinkedHashMap<>();
    MEANINGS.forEach((code, meaning) -> list.put(String.format("%3d", code), meaning));
    command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n");
    command.getCommandSpec().usageMessage().exitCodeList(list);
    command.getSubcommands().values().forEach(ExitCodes::listIn);
  }
}
