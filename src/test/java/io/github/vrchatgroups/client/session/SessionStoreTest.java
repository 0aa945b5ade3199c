package io.github.vrchatgroups.client.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vrchatgroups.client.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session file's rules: owner-only, atomic, never through a link, refused when others read. */
class SessionStoreTest {
  @TempDir Path dir;

  @Test
  void aSavedSessionIsOwnerOnlyAndReadBack() throws IOException {
    Path file = dir.resolve("bot").resolve("session.json");
    SessionStore store = SessionStore.file(file);

    store.save(new Session("authcookie_one", "twofactor_one"));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(store.load()).contains(new Session("authcookie_one", "twofactor_one"));
    assertThat(SessionStore.file(file).load())
        .contains(new Session("authcookie_one", "twofactor_one"));
  }

  @Test
  void savingKeepsTheOtherFieldsOfTheFile() throws IOException {
    Path file = dir.resolve("credentials.json");
    Files.writeString(file, "{\"server\":\"https://api.vrchat.cloud/api/1\",\"username\":\"bot\"}");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

    SessionStore.file(file).save(new Session("authcookie_two", null));

    assertThat(Files.readString(file))
        .contains("\"server\":\"https://api.vrchat.cloud/api/1\"", "\"username\":\"bot\"")
        .contains("authcookie_two");
  }

  @Test
  void noFileAndABlankTokenAreNoSession() throws IOException {
    Path file = dir.resolve("session.json");
    assertThat(SessionStore.file(file).load()).isEmpty();

    Files.writeString(file, "{\"authToken\":\" \"}");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

    assertThat(SessionStore.file(file).load()).isEmpty();
  }

  @Test
  void aFileOthersCanReadIsRefusedForReadingAndWriting() throws IOException {
    Path file = dir.resolve("session.json");
    Files.writeString(file, "{\"authToken\":\"authcookie_leaked\"}");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    SessionStore store = SessionStore.file(file);

    assertThatThrownBy(store::load)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("others can read it");
    assertThatThrownBy(() -> store.save(new Session("authcookie_new", null)))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("others can read it");
    assertThat(Files.readString(file)).contains("authcookie_leaked");
  }

  @Test
  void aSymbolicLinkIsRefusedForReadingAndWriting() throws IOException {
    Path target = Files.writeString(dir.resolve("elsewhere.json"), "{}");
    Path link = Files.createSymbolicLink(dir.resolve("session.json"), target);
    SessionStore store = SessionStore.file(link);

    assertThatThrownBy(store::load).hasMessageContaining("symbolic link");
    assertThatThrownBy(() -> store.save(new Session("authcookie_new", null)))
        .hasMessageContaining("symbolic link");
    assertThat(Files.readString(target)).isEqualTo("{}");
  }

  @Test
  void aDirectoryIsNotASessionFile() throws IOException {
    Path directory = Files.createDirectory(dir.resolve("session.json"));

    assertThatThrownBy(() -> SessionStore.file(directory).load())
        .hasMessageContaining("not a regular file");
  }

  @Test
  void theMemoryStoreKeepsTheLastSession() {
    SessionStore store = SessionStore.inMemory();
    assertThat(store.load()).isEmpty();

    store.save(new Session("authcookie_a", null));
    store.save(new Session("authcookie_b", null));

    assertThat(store.load()).contains(new Session("authcookie_b", null));
  }

  @Test
  void aNullFileIsRefusedByName() {
    assertThatThrownBy(() -> SessionStore.file(null)).hasMessage("file must not be null");
  }
}
