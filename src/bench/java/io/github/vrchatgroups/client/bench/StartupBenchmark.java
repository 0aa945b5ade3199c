package io.github.vrchatgroups.client.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line's start-up, whole-process wall time of a one-shot {@code invite --sandbox}: the
 * distribution's launcher with its start-up archive (made by a first run, as a user's first run
 * makes it), the launcher without one, plain {@code java -jar …-cli.jar}, and {@code java -version}
 * as the floor, interleaved, on the JDK given (default: this one). Ratios are to plain {@code java
 * -jar}, measured in the same run. Writes {@code target/bench/startup-<jdk>.md}.
 *
 * <p>{@code --rate 6000/min}: a one-shot invite reads the group's bans, then invites; the command
 * line's default pace (30 a minute, no burst) would put two seconds of waiting between them in
 * every variant alike, which is pacing, not start-up.
 */
public final class StartupBenchmark {
  private static final int ROUNDS = 9;
  private static final List<String> INVITE =
      List.of(
          "invite",
          "--sandbox",
          "--rate",
          "6000/min",
          "--group",
          "grp_00000000-0000-0000-0000-000000000000",
          "--user",
          "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469");

  private StartupBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of("target");
    Path jdk = Path.of(System.getProperty("bench.jdk", System.getProperty("java.home")));
    String version = System.getProperty("bench.version");
    Path home = unpack(target, version);
    Path cache = Files.createTempDirectory(target, "startup-cache");
    String java = jdk.resolve("bin/java").toString();
    Path launcher = home.resolve("bin/vrchat-groups");
    String cliJar = target.resolve("vrchat-groups-client-" + version + "-cli.jar").toString();

    Map<String, List<String>> variants = new LinkedHashMap<>();
    variants.put("java -version (floor)", List.of(java, "-version"));
    variants.put("java -jar …-cli.jar", concat(List.of(java, "-jar", cliJar), INVITE));
    variants.put(
        "launcher, no archive",
        concat(List.of("env", "VRCHAT_GROUPS_NO_ARCHIVE=1", launcher.toString()), INVITE));
    variants.put("launcher, with its archive", concat(List.of(launcher.toString()), INVITE));
    Map<String, String> environment =
        Map.of("JAVA_HOME", jdk.toString(), "XDG_CACHE_HOME", cache.toString());

    long firstRun = run(variants.get("launcher, with its archive"), environment);
    Map<String, List<Long>> times = new LinkedHashMap<>();
    variants.keySet().forEach(name -> times.put(name, new ArrayList<>()));
    for (int round = 0; round < ROUNDS; round++) {
      for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
        times.get(variant.getKey()).add(run(variant.getValue(), environment));
      }
    }
    long plain = median(times.get("java -jar …-cli.jar"));
    StringBuilder table =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "### Start-up of a one-shot `invite --sandbox`, JDK %s, median of %d interleaved runs (ms)%n%n"
                    + "| how | median ms | ÷ plain java -jar |%n|---|---:|---:|%n",
                jdkVersion(jdk),
                ROUNDS));
    times.forEach(
        (name, list) ->
            table.append(
                String.format(
                    Locale.ROOT,
                    "| %s | %d | %.2f |%n",
                    name,
                    median(list),
                    median(list) / (double) plain)));
    table.append(
        String.format(
            Locale.ROOT,
            "%nThe launcher's first run, which makes the archive: %d ms.%n",
            firstRun));
    Path out =
        Files.createDirectories(target.resolve("bench"))
            .resolve("startup-" + jdkVersion(jdk) + ".md");
    Files.writeString(out, table);
    System.out.println(table);
  }

  private static Path unpack(Path target, String version) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory(target, "startup-dist");
    Process tar =
        new ProcessBuilder(
                "tar",
                "xzf",
                target.resolve("vrchat-groups-" + version + ".tar.gz").toString(),
                "-C",
                dir.toString())
            .inheritIO()
            .start();
    if (tar.waitFor() != 0) {
      throw new IOException("could not unpack the distribution");
    }
    return dir.resolve("vrchat-groups-" + version);
  }

  private static long run(List<String> command, Map<String, String> environment)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().putAll(environment);
    long start = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(command + " failed");
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static String jdkVersion(Path jdk) throws IOException {
    for (String line : Files.readAllLines(jdk.resolve("release"))) {
      if (line.startsWith("JAVA_VERSION=")) {
        return line.substring("JAVA_VERSION=".length()).replace("\"", "");
      }
    }
    return jdk.getFileName().toString();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
