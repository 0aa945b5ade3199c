import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The distribution's NOTICE: ours, then the NOTICE every bundled jar carries (which the Apache
 * License asks whoever redistributes it to pass on), each under the name of its jar. A fat jar
 * keeps only one of them; a distribution of separate jars merges them here.
 *
 * <pre>java src/build/Notices.java &lt;NOTICE to write&gt; &lt;version&gt; &lt;class path&gt;</pre>
 */
public class Notices {
  private static final List<String> NAMES =
      List.of("META-INF/NOTICE", "META-INF/NOTICE.txt", "META-INF/NOTICE.md");

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: Notices <NOTICE to write> <version> <class path>");
      System.exit(2);
    }
    TreeMap<String, String> notices = new TreeMap<>();
    TreeMap<String, Boolean> jars = new TreeMap<>();
    for (String entry : args[2].split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (!entry.endsWith(".jar") || !Files.isRegularFile(path)) {
        continue;
      }
      String jar = path.getFileName().toString();
      jars.put(jar, true);
      try (JarFile file = new JarFile(path.toFile())) {
        for (String name : NAMES) {
          ZipEntry notice = file.getEntry(name);
          if (notice != null) {
            notices.put(
                jar + ": " + name,
                new String(file.getInputStream(notice).readAllBytes(), StandardCharsets.UTF_8).strip());
          }
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("vrchat-groups ")
        .append(args[1])
        .append(", the command line of vrchat-groups-client\n")
        .append("Copyright 2026 the vrchat-groups-client developers.\n")
        .append("Licensed under the Apache License, Version 2.0 (LICENSE).\n\n")
        .append("It bundles these jars in lib/, each under its own licence (in the jar's META-INF):\n");
    jars.keySet().forEach(jar -> out.append("  ").append(jar).append('\n'));
    out.append("\nTheir NOTICE files follow, as each jar carries it.\n");
    notices.forEach(
        (where, text) ->
            out.append("\n")
                .append("=".repeat(78))
                .append('\n')
                .append(where)
                .append('\n')
                .append("=".repeat(78))
                .append('\n')
                .append(text)
                .append('\n'));
    Path target = Path.of(args[0]);
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.writeString(target, out.toString(), StandardCharsets.UTF_8);
  }
}
