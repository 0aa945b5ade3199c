package io.github.vrchatgroups.client.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
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
 * The append-only record of one batch: a header naming the server and the group it belongs to, then
 * one line per outcome, {@code timestamp TAB userId TAB outcome TAB detail}, on the disk before the
 * next invite is sent. A re-run reads it back and skips the users already done. A line cut short by
 * a crash is ignored. While a batch runs, it holds an exclusive lock on the file, so a second run
 * on the same journal is refused instead of sending the same invites again.
 */
final class BatchJournal implements AutoCloseable {
  /** The header of an invite batch's journal; a cancel batch's says {@code cancel}. */
  static final String HEADER_PREFIX = "# vrchat-groups invite journal\t";

  private static final java.util.regex.Pattern HEADER =
      java.util.regex.Pattern.compile("# vrchat-groups (\\w+) journal\t([^\t]*)\t(.*)");

  /** What one journal line says of a user. */
  record Entry(String timestamp, Outcome outcome, String detail) {}

  /** A journal that belongs to another batch, or is in use by another run. */
  static final class RefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    RefusedException(String message) {
      super(message);
    }
  }

  private final FileChannel channel;
  private final Clock clock;
  private final Map<String, Entry> entries;

  private BatchJournal(FileChannel channel, Clock clock, Map<String, Entry> entries) {
    this.channel = channel;
    this.clock = clock;
    this.entries = entries;
  }

  /**
   * Opens the journal of the batch of {@code server} and {@code groupId}, creating it with its
   * header if needed, and locks it for this run.
   *
   * @throws RefusedException if another run holds it, or it belongs to another server or group
   */
  static BatchJournal open(
      Path file, BatchAction action, String server, String groupId, Clock clock)
      throws IOException, RefusedException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    // DSYNC: each line is on the disk before write returns, so before the next invite is sent.
    FileChannel channel =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE,
            StandardOpenOption.DSYNC);
    try {
      // Closing the channel releases the lock.
      if (channel.tryLock() == null) {
        throw new RefusedException(
            "the journal " + file + " is in use by another run; wait for it to finish");
      }
      String header = "# vrchat-groups " + action.word + " journal\t" + server + "\t" + groupId;
      // Read through the locked channel: closing any other descriptor of this file would release
      // the lock (POSIX record locks belong to the process, not the descriptor).
      List<String> lines = List.of(readAll(channel).split("\n", -1));
      if (channel.size() == 0) {
        append(channel, header + "\n");
      } else if (!lines.get(0).equals(header)) {
        throw new RefusedException(
            "the journal "
                + file
                + " belongs to "
                + describe(lines.get(0))
                + ", not to the "
                + action.word
                + " batch of --group "
                + groupId
                + " on "
                + server
                + ": pass --journal with another file to start a new batch");
      }
      channel.position(channel.size());
      return new BatchJournal(channel, clock, parse(lines));
    } catch (IOException | RefusedException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Reads the journal of an invite batch without taking it: what {@code report} looks at, while a
   * batch may still be writing to it.
   *
   * @throws RefusedException if it is not the journal of an invite batch
   */
  static Map<String, Entry> readInvites(Path file) throws IOException, RefusedException {
    List<String> lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
    if (!lines.get(0).startsWith(HEADER_PREFIX)) {
      throw new RefusedException(
          file + " is not the journal of an invite batch: it belongs to " + describe(lines.get(0)));
    }
    return parse(lines);
  }

  private static String readAll(FileChannel channel) throws IOException {
    // Not closed: closing the stream would close the channel, and with it the lock.
    InputStream in = Channels.newInputStream(channel);
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  private static String describe(String header) {
    java.util.regex.Matcher fields = HEADER.matcher(header);
    if (!fields.matches()) {
      return "a batch of an older version that did not record its server and group";
    }
    return "the "
        + fields.group(1)
        + " batch of group "
        + fields.group(3)
        + " on "
        + fields.group(2);
  }

  private static Map<String, Entry> parse(List<String> lines) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split("\t", 4);
      if (fields.length < 3) {
        continue; // a line a crash cut short: the user is simply not done
      }
      try {
        entries.put(
            fields[1],
            new Entry(fields[0], Outcome.fromCode(fields[2]), fields.length == 4 ? fields[3] : ""));
      } catch (IllegalArgumentException cutShort) {
        // A line the crash cut in the middle of the outcome: the user is simply not done.
      }
    }
    return entries;
  }

  /** The last entry journaled for each user, in the order users first appear. */
  Map<String, Entry> entries() {
    return entries;
  }

  void record(String userId, Outcome outcome, String detail) throws IOException {
    append(
        channel,
        clock.instant() + "\t" + userId + "\t" + outcome.code() + "\t" + oneLine(detail) + "\n");
  }

  private static void append(FileChannel channel, String line) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  private static String oneLine(String detail) {
    return detail == null ? "" : detail.replaceAll("[\\t\\r\\n]+", " ");
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
