package io.github.vrchatgroups.client.session;

import io.github.vrchatgroups.client.Session;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a {@link SessionKeeper} keeps its session between runs, so that a restarted bot reuses it
 * instead of logging in (each login opens a session, and too many lock the account out).
 * Implementations must be thread-safe.
 */
public interface SessionStore {
  /**
   * The saved session.
   *
   * @return the session, or empty when none is saved
   * @throws UncheckedIOException if the store cannot be read, or refuses itself (a file others can
   *     read)
   */
  Optional<Session> load();

  /**
   * Saves {@code session}, replacing the one saved.
   *
   * @throws UncheckedIOException if it cannot be saved
   */
  void save(Session session);

  /** A store in memory: the session lives as long as the process. */
  static SessionStore inMemory() {
    return new MemorySessionStore();
  }

  /**
   * A store in a file that only its owner may read: written atomically, owner-only from birth;
   * refused, for reading and writing, when it is a symbolic link or others can read it. The file is
   * the command line's credentials file format, so {@code vrchat-groups login} can fill it.
   *
   * @param file the file; its directory is made when the session is first saved
   * @throws IllegalArgumentException if {@code file} is null
   */
  static SessionStore file(Path file) {
    return new FileSessionStore(file);
  }
}
