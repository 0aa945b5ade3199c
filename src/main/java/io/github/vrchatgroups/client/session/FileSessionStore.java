package io.github.vrchatgroups.client.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vrchatgroups.client.Session;
import io.github.vrchatgroups.client.internal.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@link SessionStore#file(Path)}: a JSON object whose {@code authToken} and {@code
 * twoFactorAuthToken} are the session; other fields (the command line's {@code server} and {@code
 * username}) are kept as they are.
 */
final class FileSessionStore implements SessionStore {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  FileSessionStore(Path file) {
    if (file == null) {
      throw new IllegalArgumentException("file must not be null");
    }
    this.file = file;
  }

  @Override
  public synchronized Optional<Session> load() {
    try {
      Optional<String> text = PrivateFiles.read(file);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      JsonNode root = JSON.readTree(text.get());
      String token = root.path("authToken").asText("");
      return token.isBlank()
          ? Optional.empty()
          : Optional.of(new Session(token, root.path("twoFactorAuthToken").asText(null)));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the session file " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void save(Session session) {
    try {
      ObjectNode root = JSON.createObjectNode();
      try {
        JsonNode old = JSON.readTree(PrivateFiles.read(file).orElse("{}"));
        if (old.isObject()) {
          root.setAll((ObjectNode) old);
        }
      } catch (IOException unreadable) {
        // Replaced below; a refused file is refused again by the write.
      }
      root.put("authToken", session.authToken());
      root.put("twoFactorAuthToken", session.twoFactorAuthToken());
      PrivateFiles.write(file, JSON.writeValueAsString(root));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the session cannot be saved to " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "SessionStore.file(" + file + ")";
  }
}
