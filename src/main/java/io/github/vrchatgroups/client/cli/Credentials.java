package io.github.vrchatgroups.client.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a command's auth cookie comes from, first found wins: {@code --auth-file}, {@code
 * VRCHAT_AUTH}, then the session {@code login} saved for the same server.
 */
final class Credentials {
  private Credentials() {}

  /**
   * The token to send.
   *
   * @throws CliException a usage error naming the source that failed, or saying there is none
   */
  static String token(
      Path authFile, Map<String, String> environment, CredentialsStore store, String baseUrl) {
    String token = authFile != null ? fromFile(authFile) : environment.get("VRCHAT_AUTH");
    java.util.Optional<CredentialsStore.Saved> saved = java.util.Optional.empty();
    if (token == null || token.isBlank()) {
      saved = store.read();
      token =
          saved
              .filter(s -> SameServer.as(s.server(), baseUrl))
              .map(s -> s.session().authToken())
              .orElse(null);
    }
    if (token == null || token.isBlank()) {
      String elsewhere =
          saved
              .map(s -> " (the saved session is for " + s.server() + ", not for " + baseUrl + ")")
              .orElse("");
      throw CliException.usage(
          "no credentials"
              + elsewhere
              + ": run 'vrchat-groups login', set VRCHAT_AUTH to your auth cookie's value,"
              + " or pass --auth-file FILE (or use --sandbox to try it offline)");
    }
    return token;
  }

  private static String fromFile(Path authFile) {
    if (Files.isDirectory(authFile)) {
      throw CliException.usage("--auth-file " + authFile + " is a directory, not a file");
    }
    try {
      return Files.readString(authFile, StandardCharsets.UTF_8).strip();
    } catch (NoSuchFileException e) {
      throw CliException.usage("--auth-file " + authFile + ": no such file");
    } catch (AccessDeniedException e) {
      throw CliException.usage("--auth-file " + authFile + ": permission denied");
    } catch (IOException e) {
      throw CliException.usage(
          "--auth-file " + authFile + ": cannot be read (" + e.getMessage() + ")");
    }
  }
}
