package io.github.vrchatgroups.client.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vrchatgroups.client.Session;
import io.github.vrchatgroups.client.internal.PrivateFiles;
import io.github.vrchatgroups.client.session.SessionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The session {@code login} saved, in a per-user file that only its owner may read ({@code
 * $XDG_CONFIG_HOME/vrchat-groups/credentials.json}, else {@code
 * ~/.config/vrchat-groups/credentials.json}), under the SDK's rules for a file holding a secret:
 * owner-only, replaced atomically, never through a symbolic link, refused when others can read it.
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
    Optional<String> text;
    try {
      text = PrivateFiles.read(file);
    } catch (PrivateFiles.RefusedException e) {
      throw CliException.usage("the saved credentials are refused: " + e.getMessage());
    } catch (IOException e) {
      throw CliException.usage(
          "the saved credentials " + file + " cannot be read; run 'vrchat-groups login' again");
    }
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      JsonNode root = JSON.readTree(text.get());
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
    Map<String, String> body = new LinkedHashMap<>();
    body.put("server", saved.server());
    body.put("username", saved.username());
    body.put("authToken", saved.session().authToken());
    body.put("twoFactorAuthToken", saved.session().twoFactorAuthToken());
    try {
      PrivateFiles.write(file, JSON.writeValueAsString(body));
    } catch (PrivateFiles.RefusedException e) {
      throw CliException.usage(e.getMessage());
    }
  }

  /**
   * The saved session of {@code username} on {@code server} as the SDK's session store: what a
   * batch's session keeper reads first and saves each new session to.
   */
  SessionStore sessions(String server, String username) {
    return new SessionStore() {
      @Override
      public Optional<Session> load() {
        return read()
            .filter(s -> SameServer.as(s.server(), server) && username.equals(s.username()))
            .map(Saved::session);
      }

      @Override
      public void save(Session session) {
        try {
          write(new Saved(server, username, session));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /** Deletes the file, if there is one. */
  void delete() throws IOException {
    Files.deleteIfExists(file);
  }
}
