package consumer;

import io.github.vrchatgroups.client.GroupInvite;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.VrchatOptions;
import io.github.vrchatgroups.client.auth.TwoFactorPrompt;
import io.github.vrchatgroups.client.errors.AlreadyInvitedException;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import io.github.vrchatgroups.client.batch.BatchOperation;
import io.github.vrchatgroups.client.batch.BatchSummary;
import io.github.vrchatgroups.client.batch.GroupBatch;
import io.github.vrchatgroups.client.session.LoginCredentials;
import io.github.vrchatgroups.client.session.SessionKeeper;
import io.github.vrchatgroups.client.session.SessionStore;
import java.util.List;
import java.util.stream.Stream;

/**
 * A consumer of the SDK on the module path: invite, see the typed answer, list, keep a session, and run a batch.
 */
public class Main {
  public static void main(String[] args) throws Exception {
    String group = "grp_00000000-0000-0000-0000-000000000000";
    String user = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
    String caller = "usr_5e1f0000-0000-4000-8000-000000000001";
    try (VrchatSandbox sandbox = VrchatSandbox.start()) {
      sandbox.acceptAuthToken("authcookie_module", caller).addMember(group, caller).addUser(user, "Tupper");
      VrchatGroupsClient client =
          VrchatGroupsClient.builder()
              .baseUrl(sandbox.url())
              .authCookie("authcookie_module")
              .userAgent("ModuleConsumer/1.0 modules@example.invalid")
              .build();
      client.inviteUser(group, user);
      System.out.println("invited " + user);
      try {
        client.inviteUser(group, user);
      } catch (AlreadyInvitedException e) {
        System.out.println("again: " + e.getClass().getSimpleName());
      }
      List<GroupInvite> invites = client.listInvites(group);
      System.out.println("listed: " + invites.size() + " " + invites.get(0).displayName());

      sandbox.addAccount("modulebot", "module password", caller, "Module Bot");
      VrchatOptions options =
          VrchatOptions.builder()
              .baseUrl(sandbox.url())
              .userAgent("ModuleConsumer/1.0 modules@example.invalid")
              .build();
      try (SessionKeeper keeper =
              SessionKeeper.builder()
                  .options(options)
                  .credentials(
                      LoginCredentials.of(
                          "modulebot", "module password"::toCharArray, TwoFactorPrompt.NONE))
                  .store(SessionStore.inMemory())
                  .build();
          VrchatGroupsClient kept = keeper.client()) {
        System.out.println(
            "kept: " + kept.listInvites(group).size() + " after " + keeper.loginsSent() + " login");
      }

      String second = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d470";
      sandbox.addUser(second, "Fluffy");
      BatchSummary summary =
          GroupBatch.builder(client, group, BatchOperation.INVITE)
              .build()
              .run(Stream.of(user, second));
      System.out.println("batch: " + summary.thisRun());
    }
  }
}
