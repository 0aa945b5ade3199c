package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vrchatgroups.client.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the saved session lives, and that a file others can read is never written to. */
class CredentialsStoreTest {
  private static final Path UNDER_HOME =
      Path.of(System.getProperty("user.home"), ".config", "vrchat-groups", "credentials.json");

  @TempDir Path dir;

  @Test
  void theDefaultFileIsUnderXdgConfigHome() {
    assertThat(CredentialsStore.defaultFile(Map.of("XDG_CONFIG_HOME", "/srv/config")))
        .isEqualTo(Path.of("/srv/config", "vrchat-groups", "credentials.json"));
  }

  @Test
  void withoutXdgConfigHomeOrWithABlankOneTheDefaultFileIsUnderDotConfig() {
    assertThat(CredentialsStore.defaultFile(Map.of())).isEqualTo(UNDER_HOME);
    assertThat(CredentialsStore.defaultFile(Map.of("XDG_CONFIG_HOME", " "))).isEqualTo(UNDER_HOME);
  }

  @Test
  void aFileOthersCanReadIsNeverWrittenTo() throws IOException {
    Path file = Files.writeString(dir.resolve("credentials.json"), "{}");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    CredentialsStore store = new CredentialsStore(file);

    assertThatThrownBy(
            () ->
                store.write(
                    new CredentialsStore.Saved(
                        "https://api.vrchat.cloud/api/1", "groupbot", new Session("a", null))))
        .isInstanceOf(CliException.class)
        .hasMessage(
            "refusing to write to "
                + file
                + ": others can read it; remove it or make it private (chmod 600)");
    assertThat(Files.readString(file)).isEqualTo("{}");
  }

  @Test
  void theSessionStoreOfABatchIsTheSavedSessionOfItsServerAndUserOnly() throws IOException {
    Path file = dir.resolve("credentials.json");
    CredentialsStore store = new CredentialsStore(file);
    store.write(
        new CredentialsStore.Saved(
            "https://api.vrchat.cloud/api/1", "groupbot", new Session("authcookie_saved", "2fa")));

    assertThat(store.sessions("https://api.vrchat.cloud/api/1/", "groupbot").load())
        .contains(new Session("authcookie_saved", "2fa"));
    assertThat(store.sessions("https://api.vrchat.cloud/api/1", "otherbot").load()).isEmpty();
    assertThat(store.sessions("http://127.0.0.1:8089", "groupbot").load()).isEmpty();

    store.sessions("http://127.0.0.1:8089", "otherbot").save(new Session("authcookie_new", null));

    assertThat(store.read())
        .hasValueSatisfying(
            saved -> {
              assertThat(saved.server()).isEqualTo("http://127.0.0.1:8089");
              assertThat(saved.username()).isEqualTo("otherbot");
              assertThat(saved.session().authToken()).isEqualTo("authcookie_new");
            });
  }
}
