package io.github.vrchatgroups.client.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vrchatgroups.client.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The session {@code login} saved, in a per-user file that only its owner may read ({@code
 * $XDG_CONFIG_HOME/vrchat-groups/credentials.json}, else {@code
 * ~/.config/vrchat-groups/credentials.json}). A file others can read is never written to.
 */
final class CredentialsStore {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the file holds. */
  record Saved(String server, String username, Session session) {}

  private final Path file;

  CredentialsStore(Path file) {
    this.file = file;
  }

  /** The default location, from the environment. */
  static Path defaultFile(Map<String, String> environment) {
    String config = environment.get("XDG_CONFIG_HOME");
    Path base =
        config != null && !config.isBlank()
            ? Path.of(config)
            : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("vrchat-groups").resolve("credentials.json");
  }

  Path file() {
    return file;
  }

  /** The saved session, if there is a file. */
  Optional<Saved> read() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      if (readableByOthers(file)) {
        throw CliException.usage(
            "the saved credentials "
                + file
                + " are refused: others can read it; log out, remove it, and log in again");
      }
      JsonNode root = JSON.readTree(file.toFile());
      return Optional.of(
          new Saved(
              root.path("server").asText(),
              root.path("username").asText(null),
              new Session(
                  root.path("authToken").asText(), root.path("twoFactorAuthToken").asText(null))));
    } catch (IOException | IllegalArgumentException e) {
      throw CliException.usage(
          "the saved credentials " + file + " cannot be read; run 'vrchat-groups login' again");
    }
  }

  /**
   * Saves a session, owner-only, replacing the file atomically.
   *
   * @throws CliException if the file exists and others can read it
   */
  void write(Saved saved) throws IOException {
    if (Files.exists(file) && readableByOthers(file)) {
      throw CliException.usage(
          "refusing to write credentials to "
              + file
              + ": others can read it; remove it or make it private (chmod 600)");
    }
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Map<String, String> body = new LinkedHashMap<>();
    body.put("server", saved.server());
    body.put("username", saved.username());
    body.put("authToken", saved.session().authToken());
    body.put("twoFactorAuthToken", saved.session().twoFactorAuthToken());
    // Owner-only from birth: createTempFile makes it rw------- on POSIX (the saved file's test says
    // so), and a Windows user profile is private already.
    Path temporary = Files.createTempFile(directory, ".credentials", ".tmp");
    try {
      Files.writeString(temporary, JSON.writeValueAsString(body), StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Deletes the file, if there is one. */
  void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  private static boolean readableByOthers(Path path) throws IOException {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
      return permissions.contains(PosixFilePermission.GROUP_READ)
          || permissions.contains(PosixFilePermission.OTHERS_READ);
    } catch (UnsupportedOperationException notPosix) {
      return false;
    }
  }
}
