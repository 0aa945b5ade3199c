package io.github.vrchatgroups.client.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole suite in one JVM session and prints one table whose key figures are ratios to the
 * baselines measured in the same run: per-call latency and allocation, the error path, throughput
 * with 8 and 32 threads sharing one client, and cold start. Writes the table to {@code
 * target/bench/report.md}.
 */
public final class BenchmarkReport {
  private static final String TRANSPORTS =
      "facade|jdkHttpClient|httpUrlConnection|okHttp|apacheHttpClient";

  private BenchmarkReport() {}

  public static void main(String[] args) throws Exception {
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "Machine: %d cores, %s %s, %s%n%n",
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.vm.name"),
            System.getProperty("java.version"),
            System.getProperty("os.arch")));

    report.append("## Per call, 1 thread (µs; alloc = bytes allocated per call)\n\n");
    report.append(latencyTable(latency("false", TRANSPORTS)));
    report.append(
        "\n## Error path, 1 thread: a 400 read into the typed exception vs the raw body\n\n");
    report.append(latencyTable(latency("true", "facade|jdkHttpClient|okHttp|apacheHttpClient")));
    for (int threads : new int[] {8, 32}) {
      report.append(
          String.format(
              Locale.ROOT,
              "%n## Throughput, %d threads sharing one client (calls/s)%n%n",
              threads));
      report.append(throughputTable(throughput(threads)));
    }
    long facadeCalls = Long.getLong("bench.failureCalls", 1_000_000);
    long jdkCalls = Long.getLong("bench.failureCallsJdk", 300_000);
    report.append(
        "\n## Delivered but reported failed: 8 threads sharing one client, retries off\n\n"
            + "| client | calls | reported failed | of those, answered by the server | requests answered |\n"
            + "|---|---:|---:|---:|---:|\n");
    report.append(DeliveredButFailed.facade(facadeCalls).row());
    report.append(DeliveredButFailed.jdkHttpClient(jdkCalls).row());
    report.append("\n## Cold start: fresh JVM, whole-process wall time, median of 7 (ms)\n\n");
    report.append(coldStart());

    System.out.println();
    System.out.println(report);
    Path out = Path.of("target", "bench", "report.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println("Written to " + out);
  }

  private static ChainedOptionsBuilder options(String benchmarks) {
    return new OptionsBuilder()
        .include(InviteBenchmarks.class.getName() + "\\.(" + benchmarks + ")$")
        .forks(1)
        // The JDK HttpClient's internals need many thousand calls before the JIT settles.
        .warmupIterations(4)
        .warmupTime(TimeValue.seconds(2))
        .measurementIterations(5)
        .measurementTime(TimeValue.seconds(2))
        .shouldFailOnError(false);
  }

  private static Map<String, RunResult> latency(String error, String benchmarks)
      throws RunnerException {
    return byName(
        new Runner(
                options(benchmarks)
                    .mode(Mode.SampleTime)
                    .timeUnit(TimeUnit.MICROSECONDS)
                    .threads(1)
                    .param("error", error)
                    .addProfiler(GCProfiler.class)
                    .build())
            .run());
  }

  private static Map<String, RunResult> throughput(int threads) throws RunnerException {
    return byName(
        new Runner(
                options("facade|jdkHttpClient|okHttp|apacheHttpClient")
                    .mode(Mode.Throughput)
                    .timeUnit(TimeUnit.SECONDS)
                    .threads(threads)
                    .param("error", "false")
                    .build())
            .run());
  }

  private static Map<String, RunResult> byName(Collection<RunResult> results) {
    Map<String, RunResult> byName = new LinkedHashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      byName.put(name.substring(name.lastIndexOf('.') + 1), result);
    }
    return byName;
  }

  private static String latencyTable(Map<String, RunResult> results) {
    if (!results.containsKey("jdkHttpClient")) {
      return "(the JDK HttpClient baseline failed in this run: see the log above)\n";
    }
    double jdkMean = results.get("jdkHttpClient").getPrimaryResult().getStatistics().getMean();
    RunResult ok = results.get("okHttp");
    double okMean = ok == null ? Double.NaN : ok.getPrimaryResult().getStatistics().getMean();
    StringBuilder table =
        new StringBuilder(
            "| client | mean | p50 | p99 | p99/p50 | alloc B/call | mean ÷ JDK HttpClient | mean ÷ OkHttp |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
    results.forEach(
        (name, result) -> {
          var stats = result.getPrimaryResult().getStatistics();
          Result<?> alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
          table.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %.1f | %.1f | %.1f | %.2f | %.0f | %.2f | %.2f |%n",
                  name,
                  stats.getMean(),
                  stats.getPercentile(50),
                  stats.getPercentile(99),
                  stats.getPercentile(99) / stats.getPercentile(50),
                  alloc == null ? Double.NaN : alloc.getScore(),
                  stats.getMean() / jdkMean,
                  stats.getMean() / okMean));
        });
    return table.toString();
  }

  private static String throughputTable(Map<String, RunResult> results) {
    if (!results.containsKey("jdkHttpClient")) {
      return "(the JDK HttpClient baseline failed in this run: see the log above)\n";
    }
    double jdk = results.get("jdkHttpClient").getPrimaryResult().getScore();
    StringBuilder table =
        new StringBuilder("| client | calls/s | ÷ JDK HttpClient |\n|---|---:|---:|\n");
    results.forEach(
        (name, result) ->
            table.append(
                String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.2f |%n",
                    name,
                    result.getPrimaryResult().getScore(),
                    result.getPrimaryResult().getScore() / jdk)));
    return table.toString();
  }

  private static String coldStart() throws IOException, InterruptedException {
    List<Long> empty = new ArrayList<>();
    List<Long> invite = new ArrayList<>();
    List<String> phases = new ArrayList<>();
    for (int run = 0; run < 7; run++) {
      empty.add(wallTimeMillis("empty", new ArrayList<>()));
      invite.add(wallTimeMillis("invite", phases));
    }
    long emptyMedian = median(empty);
    long inviteMedian = median(invite);
    return String.format(
            Locale.ROOT,
            "| JVM | median ms | ÷ empty JVM |%n|---|---:|---:|%n| empty main | %d | 1.00 |%n| build client + one invite against the sandbox | %d | %.2f |%n",
            emptyMedian,
            inviteMedian,
            (double) inviteMedian / emptyMedian)
        + "\nInside the invite JVM (the middle of the 7 runs): "
        + phases.get(phases.size() / 2)
        + "\n";
  }

  private static long wallTimeMillis(String mode, List<String> output)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ColdStart.class.getName(),
                mode)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String printed = new String(process.getInputStream().readAllBytes()).strip();
    if (!printed.isEmpty()) {
      output.add(printed);
    }
    if (process.waitFor() != 0) {
      throw new IllegalStateException("cold start '" + mode + "' failed");
    }
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
