package io.github.vrchatgroups.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vrchatgroups.client.auth.VrchatLogin;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape the code keeps: the packages depend on each other without a cycle (the facade and
 * {@code internal} aside), and no two public builders declare the same setter.
 */
class PackageStructureTest {
  private static final Path MAIN = Path.of("src/main/java/io/github/vrchatgroups/client");
  private static final String ROOT = "io.github.vrchatgroups.client";
  private static final Pattern REFERENCE =
      Pattern.compile("io\\.github\\.vrchatgroups\\.client((?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

  /** Which hand-written package refers to which, read from the sources (comments left out). */
  static Map<String, Set<String>> packageDependencies() throws IOException {
    Map<String, Set<String>> dependencies = new HashMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        String relative = MAIN.relativize(file.getParent()).toString().replace('/', '.');
        String from = relative.isEmpty() ? ROOT : ROOT + "." + relative;
        String code = COMMENT.matcher(Files.readString(file)).replaceAll("");
        Matcher reference = REFERENCE.matcher(code);
        while (reference.find()) {
          String to = ROOT + reference.group(1);
          if (!to.equals(from) && !to.contains(".generated")) {
            dependencies.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
          }
        }
        dependencies.computeIfAbsent(from, k -> new TreeSet<>());
      }
    }
    return dependencies;
  }

  /** The packages that reach each other both ways, as groups of two or more. */
  static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    List<Set<String>> cycles = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    for (String start : graph.keySet()) {
      if (placed.contains(start)) {
        continue;
      }
      Set<String> group = new TreeSet<>();
      for (String other : graph.keySet()) {
        if (reaches(graph, start, other) && reaches(graph, other, start)) {
          group.add(other);
        }
      }
      placed.addAll(group);
      if (group.size() > 1) {
        cycles.add(group);
      }
    }
    return cycles;
  }

  private static boolean reaches(Map<String, Set<String>> graph, String from, String to) {
    Set<String> seen = new HashSet<>();
    List<String> next = new ArrayList<>(List.of(from));
    while (!next.isEmpty()) {
      String at = next.remove(next.size() - 1);
      if (at.equals(to)) {
        return true;
      }
      if (seen.add(at)) {
        next.addAll(graph.getOrDefault(at, Set.of()));
      }
    }
    return false;
  }

  @Test
  void noPackageCycleButTheFacadeAndInternal() throws IOException {
    assertThat(cycles(packageDependencies()))
        .allSatisfy(cycle -> assertThat(cycle).containsExactlyInAnyOrder(ROOT, ROOT + ".internal"));
  }

  @Test
  void theCycleCheckFindsACycle() {
    Map<String, Set<String>> graph =
        Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));

    assertThat(cycles(graph)).containsExactly(Set.of("a", "b", "c"));
  }

  @Test
  void theSandboxAndTheLoginTakeNothingFromTheCommandLineAndTheSandboxNothingFromInternal()
      throws IOException {
    Map<String, Set<String>> dependencies = packageDependencies();

    assertThat(dependencies.get(ROOT + ".sandbox"))
        .doesNotContain(ROOT + ".internal", ROOT + ".cli");
    assertThat(dependencies.get(ROOT + ".auth")).doesNotContain(ROOT + ".cli");
    assertThat(dependencies.get(ROOT + ".batch")).doesNotContain(ROOT + ".cli");
  }

  /** What a journal, a pace or a ban check of the command line's own would have to use. */
  private static final Pattern OWN_MACHINERY =
      Pattern.compile(
          "FileChannel|tryLock|DSYNC|implements RateGovernor|class Pacer|readBans\\(|\\.inviteUser\\([^)]*,[^)]*,");

  private static List<String> ownMachinery(String code) {
    List<String> found = new ArrayList<>();
    Matcher matcher = OWN_MACHINERY.matcher(COMMENT.matcher(code).replaceAll(""));
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  @Test
  void theCommandLineHoldsNoJournalPaceOrBanCheckOfItsOwnButUsesTheSdks() throws IOException {
    Map<String, List<String>> found = new TreeMap<>();
    try (Stream<Path> files = Files.list(MAIN.resolve("cli"))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        List<String> uses = ownMachinery(Files.readString(file));
        if (!uses.isEmpty()) {
          found.put(file.getFileName().toString(), uses);
        }
      }
    }

    assertThat(found).isEmpty();
    assertThat(ownMachinery("FileChannel.open(file, DSYNC); bans = client.readBans(group);"))
        .as("the check finds a journal and a ban read")
        .containsExactly("FileChannel", "DSYNC", "readBans(");
  }

  private static Set<String> setters(Class<?> builder) {
    return Arrays.stream(builder.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()))
        .map(Method::getName)
        .filter(name -> !name.equals("build"))
        .collect(Collectors.toSet());
  }

  @Test
  void noTwoPublicBuildersDeclareTheSameSetter() {
    List<Class<?>> builders =
        List.of(
            ConnectionBuilder.class,
            VrchatOptions.Builder.class,
            VrchatGroupsClient.Builder.class,
            VrchatLogin.Builder.class);
    Map<String, String> declaredBy = new HashMap<>();
    List<String> repeated = new ArrayList<>();
    for (Class<?> builder : builders) {
      for (String setter : setters(builder)) {
        String earlier = declaredBy.putIfAbsent(setter, builder.getName());
        if (earlier != null) {
          repeated.add(setter + " in " + earlier + " and " + builder.getName());
        }
      }
    }

    assertThat(repeated).isEmpty();
    assertThat(setters(ConnectionBuilder.class))
        .contains("baseUrl", "userAgent", "retryListener", "logLevel", "allowInsecureHttp");
  }
}
