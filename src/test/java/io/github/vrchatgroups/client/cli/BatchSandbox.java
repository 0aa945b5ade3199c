package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A sandbox with one group whose admin may invite anyone, an auth file for the admin, and the
 * arguments of a fast batch against it: what every batch test starts from.
 */
final class BatchSandbox implements AutoCloseable {
  static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  static final String ADMIN = "usr_00000000-0000-4000-8000-00000000ad01";
  static final String TOKEN = "authcookie_batch";

  private final VrchatSandbox sandbox;
  private final Path dir;
  private final Path auth;

  private BatchSandbox(VrchatSandbox sandbox, Path dir, Path auth) {
    this.sandbox = sandbox;
    this.dir = dir;
    this.auth = auth;
  }

  static BatchSandbox start(Path dir) throws IOException {
    VrchatSandbox sandbox =
        VrchatSandbox.start()
            .acceptAuthToken(TOKEN, ADMIN)
            .addMember(GROUP, ADMIN)
            .acceptAnyUser(true);
    return new BatchSandbox(sandbox, dir, Files.writeString(dir.resolve("auth"), TOKEN));
  }

  VrchatSandbox sandbox() {
    return sandbox;
  }

  Path auth() {
    return auth;
  }

  static String user(int i) {
    return String.format("usr_00000000-0000-4000-8000-%012d", i);
  }

  /** {@code users.txt} with users 0 to {@code count - 1}. */
  Path usersFile(int count) throws IOException {
    String lines =
        IntStream.range(0, count).mapToObj(BatchSandbox::user).collect(Collectors.joining("\n"));
    return Files.writeString(dir.resolve("users.txt"), lines + "\n");
  }

  /** {@code invite --from users} against the sandbox, as fast as it lets, with quick retries. */
  List<String> args(Path users, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                CliRun.against(
                    "invite",
                    sandbox.url(),
                    auth,
                    "--group",
                    GROUP,
                    "--from",
                    users.toString(),
                    "--rate",
                    "1000000/min",
                    "--min-backoff",
                    "5ms",
                    "--max-backoff",
                    "50ms",
                    "--max-retries",
                    "20")));
    args.addAll(List.of(more));
    return args;
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
