package io.github.vrchatgroups.client.session;

import io.github.vrchatgroups.client.sandbox.VrchatSandbox;

/** What the sandbox saw of logins: the tests of a kept session count them at the server. */
final class SandboxLogins {
  private SandboxLogins() {}

  /** Login requests: {@code GET /auth/user} with credentials and no session, however answered. */
  static long sent(VrchatSandbox sandbox) {
    return sandbox.requests().stream()
        .filter(r -> r.path().equals("/auth/user") && !r.authCookieSent())
        .count();
  }

  /** Logins that opened a session (one answered 429 opened none, and is retried). */
  static long opened(VrchatSandbox sandbox) {
    return sandbox.requests().stream()
        .filter(r -> r.path().equals("/auth/user") && !r.authCookieSent() && r.status() == 200)
        .count();
  }
}
