package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.GroupMembership;
import java.io.PrintWriter;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code requests list}: the users who asked to join, one line each, read page by page. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the users who asked to join the group and have no answer yet.")
final class RequestsListCommand extends ApiCommand {
  @Option(names = "--blocked", description = "List the requests rejected with --block instead.")
  boolean blocked;

  RequestsListCommand(CliContext context) {
    super(context);
  }

  @Override
  int call(ConnectionOptions.Connection api, PrintWriter out) {
    out.printf("%-40s  %s%n", "USER", "DISPLAY NAME");
    int count = 0;
    try (Stream<GroupMembership> requests =
        blocked
            ? api.client().streamBlockedJoinRequests(groupId)
            : api.client().streamJoinRequests(groupId)) {
      for (GroupMembership request : (Iterable<GroupMembership>) requests::iterator) {
        out.printf(
            "%-40s  %s%n",
            request.userId(), request.displayName() == null ? "" : request.displayName());
        count++;
      }
    }
    out.println(
        count + (blocked ? " blocked" : "") + (count == 1 ? " join request." : " join requests."));
    return 0;
  }
}
