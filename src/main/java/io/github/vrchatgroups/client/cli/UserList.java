package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.batch.BatchJournal;
import io.github.vrchatgroups.client.batch.UserOutcome;
import io.github.vrchatgroups.client.internal.UserIdIndex;
import io.github.vrchatgroups.client.internal.VrchatIds;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A file of user IDs, one per line; blank lines and {@code #} comments are allowed, duplicates
 * count once, and malformed lines are kept aside with their line numbers. It is read as a stream,
 * never held whole: a list of a million users costs the batch a few tens of megabytes at most.
 *
 * @param file the file
 * @param users how many distinct users it lists
 * @param doneEarlier how many of them the batch's journal says are done
 * @param badLines the malformed lines, with their line numbers
 */
record UserList(Path file, int users, int doneEarlier, List<String> badLines) {

  /** Reads the file once to count its users and those {@code journal} has done. */
  static UserList scan(Path file, BatchJournal journal) throws IOException {
    UserIdIndex seen = UserIdIndex.set();
    int doneEarlier = 0;
    List<String> bad = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        String id = id(line);
        if (id == null) {
          continue;
        }
        try {
          VrchatIds.requireUserId(id, "userId");
        } catch (IllegalArgumentException e) {
          bad.add("line " + number + ": " + e.getMessage());
          continue;
        }
        if (seen.put(id, 0) && doneEarlier(journal, id)) {
          doneEarlier++;
        }
      }
    }
    return new UserList(file, seen.size(), doneEarlier, List.copyOf(bad));
  }

  /** The well-formed user IDs, read as the stream is; the caller closes it. */
  Stream<String> stream() throws IOException {
    return Files.lines(file, StandardCharsets.UTF_8)
        .map(UserList::id)
        .filter(id -> id != null && isUserId(id));
  }

  /** A user skipped as banned is not done for a re-run: the ban may be gone. */
  private static boolean doneEarlier(BatchJournal journal, String userId) {
    return journal
        .earlier(userId)
        .filter(entry -> entry.outcome() != UserOutcome.SKIPPED_BANNED)
        .isPresent();
  }

  private static String id(String line) {
    String stripped = line.replace("\uFEFF", "").strip();
    return stripped.isEmpty() || stripped.startsWith("#") ? null : stripped;
  }

  private static boolean isUserId(String id) {
    try {
      VrchatIds.requireUserId(id, "userId");
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
