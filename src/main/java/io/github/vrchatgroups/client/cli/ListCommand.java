package io.github.vrchatgroups.client.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.vrchatgroups.client.GroupInvite;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code list}: the group's pending invites, as a table or JSON. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the pending invites of a group.")
final class ListCommand extends ApiCommand {
  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  ListCommand(CliContext context) {
    super(context);
  }

  @Override
  int call(ConnectionOptions.Connection api, PrintWriter out) {
    List<GroupInvite> invites = api.client().listInvites(groupId);
    if (json) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (GroupInvite invite : invites) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("user_id", invite.userId());
        row.put("display_name", invite.displayName());
        row.put("invited_at", invite.invitedAt() == null ? null : invite.invitedAt().toString());
        rows.add(row);
      }
      try {
        out.println(
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      return 0;
    }
    out.printf("%-40s  %-24s  %s%n", "USER", "DISPLAY NAME", "INVITED AT");
    for (GroupInvite invite : invites) {
      out.printf(
          "%-40s  %-24s  %s%n",
          invite.userId(),
          invite.displayName() == null ? "" : invite.displayName(),
          invite.invitedAt() == null ? "" : invite.invitedAt());
    }
    out.println(invites.size() + (invites.size() == 1 ? " pending invite." : " pending invites."));
    return 0;
  }
}
