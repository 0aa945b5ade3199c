package io.github.vrchatgroups.client.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A module {@code demo} compiled from sources given as strings, exporting {@code demo.api} (and not
 * {@code demo.internal}), packed as a jar: something the API guard can be tried on.
 */
final class DemoModule {
  private static final Pattern PACKAGE = Pattern.compile("package ([\\w.]+);");
  private static final Pattern TYPE = Pattern.compile("(?:class|interface|record|enum) (\\w+)");

  /** The same sources make the same jar: compiled once a test run (javac takes a second). */
  private static final Map<List<String>, byte[]> BUILT = new ConcurrentHashMap<>();

  private DemoModule() {}

  static Path jar(Path dir, String... sources) throws IOException {
    byte[] bytes = BUILT.get(List.of(sources));
    if (bytes == null) {
      bytes = Files.readAllBytes(build(dir.resolve("build"), sources));
      BUILT.put(List.of(sources), bytes);
    }
    Files.createDirectories(dir);
    return Files.write(dir.resolve("demo.jar"), bytes);
  }

  private static Path build(Path dir, String... sources) throws IOException {
    Path src = dir.resolve("src");
    Path classes = dir.resolve("classes");
    List<String> sourceFiles = new ArrayList<>();
    sourceFiles.add(write(src.resolve("module-info.java"), "module demo { exports demo.api; }"));
    for (String source : sources) {
      String pkg = first(PACKAGE, source);
      String type = first(TYPE, source);
      sourceFiles.add(write(src.resolve(pkg.replace('.', '/')).resolve(type + ".java"), source));
    }
    javac(classes, sourceFiles);
    Path jar = dir.resolve("demo.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  /** Compiles {@code sources} into {@code classes} with the JDK's javac. */
  static void javac(Path classes, List<String> sources) throws IOException {
    List<String> arguments = new ArrayList<>();
    arguments.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    arguments.add("-d");
    arguments.add(classes.toString());
    arguments.addAll(sources);
    Process javac = new ProcessBuilder(arguments).redirectErrorStream(true).start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (javac.waitFor() != 0) {
        throw new IllegalArgumentException("not compiled: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static String write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file.toString();
  }

  private static String first(Pattern pattern, String source) {
    Matcher m = pattern.matcher(source);
    if (!m.find()) {
      throw new IllegalArgumentException("no " + pattern + " in " + source);
    }
    return m.group(1);
  }
}
