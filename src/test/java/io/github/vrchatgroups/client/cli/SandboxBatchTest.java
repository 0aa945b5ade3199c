package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What batch tests share: a fresh {@link BatchSandbox} per test, in a temporary folder. */
abstract class SandboxBatchTest {
  static final String GROUP = BatchSandbox.GROUP;
  static final String ADMIN = BatchSandbox.ADMIN;

  @TempDir Path dir;
  BatchSandbox batch;
  VrchatSandbox sandbox;
  Path auth;

  @BeforeEach
  void startSandbox() throws IOException {
    batch = BatchSandbox.start(dir);
    sandbox = batch.sandbox();
    auth = batch.auth();
  }

  @AfterEach
  void stopSandbox() {
    batch.close();
  }

  static String user(int i) {
    return BatchSandbox.user(i);
  }

  Path usersFile(int count) throws IOException {
    return batch.usersFile(count);
  }

  List<String> args(Path users, String... more) {
    return batch.args(users, more);
  }
}
