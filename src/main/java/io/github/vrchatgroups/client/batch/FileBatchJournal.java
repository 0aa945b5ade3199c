package io.github.vrchatgroups.client.batch;

import io.github.vrchatgroups.client.internal.UserIdIndex;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link BatchJournal#file}: an append-only file, a header naming the batch and a line a user, each
 * on the disk ({@code DSYNC}) before the next request. It holds an exclusive lock while open, and
 * keeps in memory only where the last line of each user earlier runs did starts (a few tens of
 * bytes a user), reading the line again when asked; what this run records is not kept.
 */
final class FileBatchJournal implements BatchJournal {
  private static final Pattern HEADER =
      Pattern.compile("# vrchat-groups (\\w+) journal\t([^\t]*)\t(.*)");
  private static final long NOT_DONE = -1;

  private final Path file;
  private final FileChannel channel;
  private final Supplier<Instant> clock;
  private final UserIdIndex doneAt;

  private FileBatchJournal(
      Path file, FileChannel channel, Supplier<Instant> clock, UserIdIndex doneAt) {
    this.file = file;
    this.channel = channel;
    this.clock = clock;
    this.doneAt = doneAt;
  }

  static FileBatchJournal open(Path file, BatchOperation operation, String server, String groupId) {
    return open(file, operation, server, groupId, Instant::now);
  }

  static FileBatchJournal open(
      Path file, BatchOperation operation, String server, String groupId, Supplier<Instant> clock) {
    FileChannel channel;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      // DSYNC: each line is on the disk before write returns, so before the next request is sent.
      channel =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE,
              StandardOpenOption.DSYNC);
    } catch (IOException e) {
      throw new BatchJournalException("cannot open the journal " + file + ": " + e, e);
    }
    try {
      // Closing the channel releases the lock.
      if (!lock(channel)) {
        throw new BatchJournalException(
            "the journal " + file + " is in use by another run; wait for it to finish", null);
      }
      String header = header(operation, server, groupId);
      UserIdIndex doneAt = UserIdIndex.map();
      String firstLine = scan(channel, doneAt);
      if (firstLine == null) {
        append(channel, header + "\n");
      } else if (!firstLine.equals(header)) {
        throw new BatchJournalException(
            "the journal "
                + file
                + " belongs to "
                + describe(firstLine)
                + ", not to the "
                + operation.journalName()
                + " batch of group "
                + groupId
                + " on "
                + server
                + ": use another file to start a new batch",
            null);
      }
      channel.position(channel.size());
      if (endsMidLine(channel)) {
        // A crash cut the last line short: the next line must not be glued to it.
        append(channel, "\n");
      }
      return new FileBatchJournal(file, channel, clock, doneAt);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new BatchJournalException("cannot read the journal " + file + ": " + e, e);
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  /**
   * Reads a journal without taking it (a batch may still be writing to it): every user's last
   * entry, in the order users first appear.
   *
   * @throws BatchJournalException if it is missing, unreadable, or the journal of another operation
   */
  static Map<String, JournalEntry> read(Path file, String operationName) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BatchJournalException("no journal at " + file, e);
    } catch (IOException e) {
      throw new BatchJournalException("cannot read the journal " + file + ": " + e, e);
    }
    String[] lines = text.split("\n", -1);
    Matcher header = HEADER.matcher(lines[0]);
    if (!header.matches() || !header.group(1).equals(operationName)) {
      throw new BatchJournalException(
          file
              + " is not the journal of "
              + (operationName.matches("[aeiou].*") ? "an " : "a ")
              + operationName
              + " batch: it belongs to "
              + describe(lines[0]),
          null);
    }
    Map<String, JournalEntry> entries = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      Line line = Line.parse(lines[i]);
      if (line != null) {
        entries.put(line.userId, line.entry);
      }
    }
    return entries;
  }

  /** Whether this run got the lock: neither another process nor this one holds it. */
  private static boolean lock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock() != null;
    } catch (OverlappingFileLockException heldInThisProcess) {
      return false;
    }
  }

  static String header(BatchOperation operation, String server, String groupId) {
    return "# vrchat-groups " + operation.journalName() + " journal\t" + server + "\t" + groupId;
  }

  @Override
  public Optional<JournalEntry> earlier(String userId) {
    long at = doneAt.get(userId, NOT_DONE);
    if (at == NOT_DONE) {
      return Optional.empty();
    }
    try {
      return Optional.of(Line.parse(readLine(at)).entry);
    } catch (IOException e) {
      throw new BatchJournalException("cannot read the journal " + file + ": " + e, e);
    }
  }

  @Override
  public synchronized void record(UserResult result) {
    try {
      append(
          channel,
          clock.get()
              + "\t"
              + result.userId()
              + "\t"
              + result.outcome().code()
              + "\t"
              + oneLine(result.detail())
              + "\n");
    } catch (IOException e) {
      throw new BatchJournalException(
          "cannot write to the journal "
              + file
              + " ("
              + e
              + "): the outcome of "
              + result.userId()
              + " ("
              + result.outcome().code()
              + ") may be lost",
          e);
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new BatchJournalException("cannot close the journal " + file + ": " + e, e);
    }
  }

  /**
   * Indexes every line after the header: where each user's last line starts when it says the user
   * is done. Returns the header, or {@code null} for an empty file.
   */
  private static String scan(FileChannel channel, UserIdIndex doneAt) throws IOException {
    // Not closed: closing the stream would close the channel, and with it the lock (POSIX record
    // locks belong to the process, not to the descriptor, so no other descriptor may be opened
    // and closed either).
    InputStream in = new BufferedInputStream(Channels.newInputStream(channel.position(0)), 65536);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    String header = null;
    long position = 0;
    long lineStart = 0;
    for (int b = in.read(); ; b = in.read()) {
      if (b == '\n' || b == -1) {
        String text = bytes.toString(StandardCharsets.UTF_8);
        if (header == null) {
          header = position == 0 && b == -1 ? null : text;
        } else {
          Line line = Line.parse(text);
          if (line != null) {
            doneAt.put(line.userId, line.entry.outcome().isDone() ? lineStart : NOT_DONE);
          }
        }
        if (b == -1) {
          return header;
        }
        bytes.reset();
        lineStart = position + 1;
      } else {
        bytes.write(b);
      }
      position++;
    }
  }

  private static boolean endsMidLine(FileChannel channel) throws IOException {
    long size = channel.size(); // never 0: an empty journal got its header
    ByteBuffer last = ByteBuffer.allocate(1);
    channel.read(last, size - 1);
    return last.get(0) != '\n';
  }

  private String readLine(long at) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    ByteBuffer buffer = ByteBuffer.allocate(256);
    for (long position = at; ; ) {
      buffer.clear();
      int read = channel.read(buffer, position);
      if (read <= 0) {
        return bytes.toString(StandardCharsets.UTF_8);
      }
      for (int i = 0; i < read; i++) {
        byte b = buffer.get(i);
        if (b == '\n') {
          return bytes.toString(StandardCharsets.UTF_8);
        }
        bytes.write(b);
      }
      position += read;
    }
  }

  /** One line after the header: {@code timestamp TAB userId TAB outcome [TAB detail]}. */
  private record Line(String userId, JournalEntry entry) {
    /** The line, or {@code null} for one a crash cut before its outcome. */
    static Line parse(String text) {
      String[] fields = text.split("\t", 4);
      if (fields.length < 3) {
        return null;
      }
      return new Line(
          fields[1],
          new JournalEntry(
              fields[0], UserOutcome.fromCode(fields[2]), fields.length == 4 ? fields[3] : ""));
    }
  }

  private static String describe(String header) {
    Matcher fields = HEADER.matcher(header);
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

  private static void append(FileChannel channel, String line) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  private static String oneLine(String detail) {
    return detail.replaceAll("[\\t\\r\\n]+", " ");
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException suppressed) {
      // The failure being thrown says more.
    }
  }
}
