package io.github.vrchatgroups.client.bench;

import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;

/**
 * What a fresh JVM does for the cold-start measurement: {@code invite} builds a client and
 * completes one invite against the sandbox; {@code empty} does nothing, as the baseline.
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("empty")) {
      return;
    }
    long start = System.nanoTime();
    try (VrchatSandbox sandbox = VrchatSandbox.start()) {
      sandbox
          .acceptAuthToken(InviteBenchmarks.TOKEN)
          .addGroup(InviteBenchmarks.GROUP)
          .addUser(InviteBenchmarks.USER, "Tupper");
      long sandboxReady = System.nanoTime();
      VrchatGroupsClient client =
          VrchatGroupsClient.builder()
              .baseUrl(sandbox.url())
              .authCookie(InviteBenchmarks.TOKEN)
              .userAgent(InviteBenchmarks.USER_AGENT)
              .build();
      long clientBuilt = System.nanoTime();
      client.inviteUser(InviteBenchmarks.GROUP, InviteBenchmarks.USER);
      long invited = System.nanoTime();
      if (sandbox.sentInvites().size() != 1) {
        throw new IllegalStateException("the invite did not arrive");
      }
      System.out.printf(
          "phases (ms): sandbox start %d, client build %d, first invite %d%n",
          (sandboxReady - start) / 1_000_000,
          (clientBuilt - sandboxReady) / 1_000_000,
          (invited - clientBuilt) / 1_000_000);
    }
  }
}
