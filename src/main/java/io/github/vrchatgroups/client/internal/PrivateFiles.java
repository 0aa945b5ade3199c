package io.github.vrchatgroups.client.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for a file that holds a secret (a saved session): only its owner may read it, it is
 * never a symbolic link (which could point a write somewhere else), and it is replaced atomically,
 * so a crash leaves the old file or the new one, never half of one.
 */
public final class PrivateFiles {
  private PrivateFiles() {}

  /** A private file that breaks a rule; the message says which and what to do. */
  public static final class RefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    RefusedException(String message) {
      super(message);
    }
  }

  /**
   * The file's text, or empty when there is no file.
   *
   * @throws RefusedException if it is a symbolic link or others can read it
   * @throws IOException if it cannot be read
   */
  public static Optional<String> read(Path file) throws IOException {
    if (Files.isSymbolicLink(file)) {
      throw new RefusedException(
          file + " is a symbolic link; refusing to read a secret through one");
    }
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new RefusedException(file + " is not a regular file");
    }
    if (readableByOthers(file)) {
      throw new RefusedException(
          file
              + " is refused: others can read it; remove it (it may have leaked) and log in again");
    }
    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Replaces the file with {@code text}, owner-only from birth, atomically where the file system
   * can.
   *
   * @throws RefusedException if the file is a symbolic link or others can read it
   * @throws IOException if it cannot be written
   */
  public static void write(Path file, String text) throws IOException {
    if (Files.isSymbolicLink(file)) {
      throw new RefusedException(
          file + " is a symbolic link; refusing to write a secret through one");
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && readableByOthers(file)) {
      throw new RefusedException(
          "refusing to write to "
              + file
              + ": others can read it; remove it or make it private (chmod 600)");
    }
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    // createTempFile makes it rw------- on POSIX, and a Windows user profile is private already.
    Path temporary = Files.createTempFile(directory, ".private", ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
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

  private static boolean readableByOthers(Path path) throws IOException {
    try {
      Set<PosixFilePermission> permissions =
          Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
      return permissions.contains(PosixFilePermission.GROUP_READ)
          || permissions.contains(PosixFilePermission.OTHERS_READ);
    } catch (UnsupportedOperationException notPosix) {
      return false;
    }
  }
}
