package io.github.vrchatgroups.client.bench;

import io.github.vrchatgroups.client.RateGovernor;
import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.batch.BatchJournal;
import io.github.vrchatgroups.client.batch.BatchOperation;
import io.github.vrchatgroups.client.batch.BatchSummary;
import io.github.vrchatgroups.client.batch.GroupBatch;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The heap a batch holds, measured at its last user: the SDK's {@link GroupBatch} over a streamed
 * list with the file journal, against what holding the list itself costs (the command line's batch
 * before it was the SDK's read every user ID into memory first), both measured in this run. Writes
 * {@code target/bench/batch-memory.md}.
 */
public final class BatchMemoryBenchmark {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";

  private BatchMemoryBenchmark() {}

  private record Row(int users, long batchBytes, long listBytes, long seconds) {}

  public static void main(String[] args) throws Exception {
    Path dir =
        Files.createTempDirectory(
            Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : Path.of("target"),
            "batch-memory");
    List<Row> rows = new ArrayList<>();
    try (LoopbackInviteServer server = new LoopbackInviteServer(false);
        VrchatGroupsClient client =
            VrchatGroupsClient.builder()
                .baseUrl(server.url())
                .userAgent("BatchMemoryBenchmark/1.0 bench@example.invalid")
                .authCookie("authcookie_bench")
                .rateGovernor(RateGovernor.unpaced())
                .retryPolicy(RetryPolicy.none())
                .build()) {
      run(client, dir, 1_000, server.url()); // warm-up
      for (int users : new int[] {5_000, 100_000}) {
        rows.add(run(client, dir, users, server.url()));
      }
    }
    StringBuilder table =
        new StringBuilder(
            "### Heap held at the batch's last user (bytes, after GC)\n\n"
                + "| users | GroupBatch, streamed, file journal | per user | the list held as"
                + " strings | per user | took |\n|---|---|---|---|---|---|\n");
    for (Row row : rows) {
      table.append(
          String.format(
              Locale.ROOT,
              "| %,d | %,d | %.0f | %,d | %.0f | %d s |%n",
              row.users(),
              row.batchBytes(),
              row.batchBytes() / (double) row.users(),
              row.listBytes(),
              row.listBytes() / (double) row.users(),
              row.seconds()));
    }
    System.out.println(table);
    Path report = Path.of("target", "bench", "batch-memory.md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, table.toString());
  }

  private static Row run(VrchatGroupsClient client, Path dir, int users, String server)
      throws Exception {
    long before = heapAfterGc();
    long[] atLastUser = {0};
    int[] done = {0};
    long started = System.nanoTime();
    Path file = dir.resolve(users + ".journal");
    try (BatchJournal journal = BatchJournal.file(file, BatchOperation.INVITE, server, GROUP)) {
      BatchSummary summary =
          GroupBatch.builder(client, GROUP, BatchOperation.INVITE)
              .journal(journal)
              .listener(
                  result -> {
                    if (++done[0] == users) {
                      atLastUser[0] = heapAfterGc();
                    }
                  })
              .build()
              .run(ids(users));
      if (!summary.isComplete() || summary.users() != users) {
        throw new IllegalStateException("the batch did not finish: " + summary);
      }
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    Files.delete(file);

    long beforeList = heapAfterGc();
    List<String> held = ids(users).toList();
    long listBytes = heapAfterGc() - beforeList;
    if (held.size() != users) {
      throw new IllegalStateException("the list lost users");
    }
    return new Row(users, atLastUser[0] - before, listBytes, seconds);
  }

  private static Stream<String> ids(int users) {
    return IntStream.range(0, users)
        .mapToObj(
            i -> String.format("usr_%08x-0000-4000-8000-%012d", i * 2654435761L & 0xffffffffL, i));
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
