package io.github.vrchatgroups.client.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only record of a batch: one line per outcome, {@code timestamp TAB userId TAB outcome
 * TAB detail}, written and forced to disk before the next invite is sent. A re-run reads it back
 * and skips the users already done. A line cut short by a crash is ignored.
 */
final class InviteJournal implements AutoCloseable {
  private final FileChannel channel;
  private final Clock clock;

  private InviteJournal(FileChannel channel, Clock clock) {
    this.channel = channel;
    this.clock = clock;
  }

  static InviteJournal open(Path file, Clock clock) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    return new InviteJournal(
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND),
        clock);
  }

  /** The last outcome journaled for each user, in the order users first appear. */
  static Map<String, InviteOutcome> read(Path file) throws IOException {
    Map<String, InviteOutcome> outcomes = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return outcomes;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines) {
      String[] fields = line.split("\t", 4);
      if (fields.length < 3) {
        continue;
      }
      try {
        outcomes.put(fields[1], InviteOutcome.fromCode(fields[2]));
      } catch (IllegalArgumentException cutShort) {
        // A line the crash cut in the middle of the outcome: the user is simply not done.
      }
    }
    return outcomes;
  }

  void record(String userId, InviteOutcome outcome, String detail) throws IOException {
    String line =
        clock.instant() + "\t" + userId + "\t" + outcome.code() + "\t" + oneLine(detail) + "\n";
    ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
    channel.force(false);
  }

  private static String oneLine(String detail) {
    return detail == null ? "" : detail.replaceAll("[\\t\\r\\n]+", " ");
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
