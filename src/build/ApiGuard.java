import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The build's API guard. It reads the public API out of the jar users get (every public or
 * protected type and member of the packages the module descriptor exports, unqualified) and holds
 * it against the signature file committed beside the code:
 *
 * <ul>
 *   <li>any difference fails the build, naming each line, because a change of the API is reviewed
 *       like code (the file's diff shows it);
 *   <li>a removed or changed line, or an abstract method added to a type users may implement, is
 *       incompatible: {@code --update} records it only when the version says so (a greater major
 *       version, before 1.0 a greater minor one, than the baseline release; or while the baseline
 *       release is still the version being developed, before it is tagged);
 *   <li>{@code --update} writes the file; {@code --baseline V} also moves the baseline (a release).
 * </ul>
 *
 * <p>Run by Maven in {@code package}, once the jar is made (also with {@code -Dmaven.test.skip=true}), as a single-file
 * program so that it needs no compiled test classes: {@code java src/build/ApiGuard.java <jar>
 * <class path> <api file> <version> [--update] [--baseline V]}. Exit 0 when the API matches (or
 * was recorded), 1 when it does not, 2 on wrong arguments.
 */
public class ApiGuard {
  private static final Pattern BASELINE = Pattern.compile("^# baseline (\\S+)$");
  private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)(?:\\.\\d+)?(-SNAPSHOT)?$");
  private static final Pattern NOT_API_MODIFIERS =
      Pattern.compile("\\b(synchronized|native|strictfp|transient|volatile) ");
  private static final String HEADER =
      """
      # The public API of %s: every public or protected type and member of the
      # packages its module exports, as src/build/ApiGuard.java reads them from the jar in every build.
      # A change to the API shows here and is reviewed like code; record one with
      #   mvn -B -q package -Dmaven.test.skip=true -Dapi.update=true
      # The baseline is the release the compatibility rules are held against (CONTRIBUTING.md).
      """;

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println(
          "usage: ApiGuard <jar> <class path> <api file> <version> [--update] [--baseline V]");
      System.exit(2);
    }
    List<String> options = Arrays.asList(args).subList(4, args.length);
    boolean update = options.contains("--update") || options.contains("--update=true");
    int baselineAt = options.indexOf("--baseline");
    String newBaseline = baselineAt >= 0 ? options.get(baselineAt + 1) : null;
    System.exit(
        run(Path.of(args[0]), args[1], Path.of(args[2]), args[3], update, newBaseline) ? 0 : 1);
  }

  static boolean run(
      Path jar, String classPath, Path apiFile, String version, boolean update, String newBaseline)
      throws IOException {
    Api current = read(jar, classPath);
    String moduleName = current.module;
    Set<String> recorded = new LinkedHashSet<>();
    String baseline = version.replace("-SNAPSHOT", "");
    if (Files.exists(apiFile)) {
      for (String line : Files.readAllLines(apiFile, StandardCharsets.UTF_8)) {
        Matcher m = BASELINE.matcher(line);
        if (m.matches()) {
          baseline = m.group(1);
        } else if (!line.isBlank() && !line.startsWith("#")) {
          recorded.add(line.strip());
        }
      }
    } else if (!update) {
      System.err.println("API guard: " + apiFile + " is missing; create it with -Dapi.update=true");
      return false;
    }

    Set<String> now = current.lines();
    List<String> removed = recorded.stream().filter(l -> !now.contains(l)).toList();
    List<String> added = now.stream().filter(l -> !recorded.contains(l)).toList();
    List<String> abstractAdded =
        added.stream()
            .filter(l -> current.implementer(l) != null)
            .filter(l -> recordedType(recorded, current.implementer(l)))
            .toList();
    List<String> incompatible = new ArrayList<>(removed);
    incompatible.addAll(abstractAdded);
    boolean permitted = breakingAllowed(version, baseline);

    if (removed.isEmpty() && added.isEmpty() && newBaseline == null) {
      return true; // silent, as a build under -q should be when nothing is wrong
    }
    report("removed or changed (incompatible)", removed);
    report("abstract methods added to types users may implement (incompatible)", abstractAdded);
    List<String> compatible = new ArrayList<>(added);
    compatible.removeAll(abstractAdded);
    report("added", compatible);

    if (!incompatible.isEmpty() && !permitted) {
      System.err.printf(
          "API guard: %d incompatible change(s) in %s's API, and version %s may not break the"
              + " API of %s: move the version to %s, or keep the old API (deprecate it first, CONTRIBUTING.md)%n",
          incompatible.size(), moduleName, version, baseline, nextBreaking(baseline));
      return false;
    }
    if (!update) {
      System.err.printf(
          "API guard: the jar's API differs from %s (above)%s; if that is intended, record it with"
              + " -Dapi.update=true and let review see the file's diff%n",
          apiFile, incompatible.isEmpty() ? "" : ", and version " + version + " allows it");
      return false;
    }
    String base = newBaseline != null ? newBaseline : baseline;
    StringBuilder out = new StringBuilder(String.format(HEADER, moduleName));
    out.append("# baseline ").append(base).append('\n');
    current.types.forEach(
        (type, lines) -> {
          out.append('\n');
          lines.forEach(l -> out.append(l).append('\n'));
        });
    Files.writeString(apiFile, out.toString(), StandardCharsets.UTF_8);
    System.out.println("API guard: recorded " + now.size() + " API lines in " + apiFile);
    return true;
  }

  private static boolean recordedType(Set<String> recorded, String type) {
    return recorded.stream()
        .anyMatch(
            l -> l.startsWith("type ") && (l.endsWith(" " + type) || l.contains(" " + type + "<")));
  }

  private static void report(String what, List<String> lines) {
    if (!lines.isEmpty()) {
      System.err.println("API guard: " + what + ":");
      lines.forEach(l -> System.err.println("  " + l));
    }
  }

  /** True when {@code version} may break the API released as {@code baseline}. */
  static boolean breakingAllowed(String version, String baseline) {
    Matcher v = VERSION.matcher(version);
    Matcher b = VERSION.matcher(baseline);
    if (!v.matches() || !b.matches()) {
      throw new IllegalArgumentException("not a version: " + version + " or " + baseline);
    }
    int vMajor = Integer.parseInt(v.group(1));
    int vMinor = Integer.parseInt(v.group(2));
    int bMajor = Integer.parseInt(b.group(1));
    int bMinor = Integer.parseInt(b.group(2));
    boolean baselineNotYetReleased =
        v.group(3) != null && version.equals(baseline + "-SNAPSHOT");
    return baselineNotYetReleased
        || vMajor > bMajor
        || (vMajor == 0 && bMajor == 0 && vMinor > bMinor);
  }

  private static String nextBreaking(String baseline) {
    Matcher b = VERSION.matcher(baseline);
    b.matches();
    int major = Integer.parseInt(b.group(1));
    return major == 0
        ? "0." + (Integer.parseInt(b.group(2)) + 1) + ".0-SNAPSHOT"
        : (major + 1) + ".0.0-SNAPSHOT";
  }

  /** The API read from one jar: per type (sorted), its lines. */
  record Api(
      String module, TreeMap<String, List<String>> types, Map<String, String> implementable) {
    Set<String> lines() {
      return types.values().stream()
          .flatMap(List::stream)
          .map(String::strip)
          .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The type, when {@code line} is an abstract method of a type users may implement. */
    String implementer(String line) {
      return implementable.get(line.strip());
    }
  }

  static Api read(Path jar, String classPath) throws IOException {
    ModuleDescriptor module =
        ModuleFinder.of(jar).findAll().stream()
            .map(ModuleReference::descriptor)
            .findFirst()
            .orElseThrow(() -> new IOException("no module in " + jar));
    if (module.isAutomatic()) {
      throw new IOException(jar + " has no module-info.class: nothing says what is API");
    }
    Set<String> exported =
        module.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    List<URL> urls = new ArrayList<>();
    urls.add(jar.toUri().toURL());
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      if (!entry.isBlank()) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    TreeMap<String, List<String>> types = new TreeMap<>();
    Map<String, String> implementable = new TreeMap<>();
    try (URLClassLoader loader =
            new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        JarFile file = new JarFile(jar.toFile())) {
      List<String> names =
          file.stream()
              .map(e -> e.getName())
              .filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class"))
              .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
              .filter(n -> exported.contains(n.substring(0, n.lastIndexOf('.'))))
              .sorted()
              .toList();
      for (String name : names) {
        Class<?> type = Class.forName(name, false, loader);
        if (visible(type)) {
          types.put(type.getName(), describe(type, implementable));
        }
      }
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IOException("cannot read the API: " + e, e);
    }
    return new Api(module.name(), types, implementable);
  }

  private static boolean visible(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      int m = t.getModifiers();
      boolean nested = t.getDeclaringClass() != null;
      if (!Modifier.isPublic(m) && !(nested && Modifier.isProtected(m))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> describe(Class<?> type, Map<String, String> implementable) {
    String name = type.getName();
    List<String> lines = new ArrayList<>();
    lines.add("type " + kind(type) + " " + name + typeParameters(type));
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      lines.add("  " + name + " extends " + superclass.getTypeName());
    }
    for (Type iface : type.getGenericInterfaces()) {
      lines.add("  " + name + " implements " + iface.getTypeName());
    }
    if (type.isSealed()) {
      for (Class<?> permitted : type.getPermittedSubclasses()) {
        lines.add("  " + name + " permits " + permitted.getName());
      }
    }
    boolean openToImplement =
        !type.isSealed()
            && (type.isInterface() || Modifier.isAbstract(type.getModifiers()))
            && !type.isAnnotation();
    TreeSet<String> members = new TreeSet<>();
    // Members a public type inherits from a superclass users cannot see are its API too.
    for (Class<?> c = type; c != null && (c == type || !visible(c)); c = c.getSuperclass()) {
      String inherited = c == type ? "" : " (inherited by " + name + ")";
      for (Field f : c.getDeclaredFields()) {
        if (exposed(f)) {
          members.add("field " + signature(f.toGenericString()) + inherited);
        }
      }
      for (Constructor<?> k : c == type ? c.getDeclaredConstructors() : new Constructor<?>[0]) {
        if (exposed(k)) {
          members.add("constructor " + signature(k.toGenericString()));
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (exposed(m) && !m.isBridge()) {
          String line = "method " + signature(m.toGenericString()) + inherited;
          members.add(line);
          if (openToImplement && Modifier.isAbstract(m.getModifiers())) {
            implementable.put(line, name);
          }
        }
      }
    }
    members.forEach(m -> lines.add("  " + m));
    return lines;
  }

  /** A member's signature without the modifiers that are no part of its contract. */
  private static String signature(String generic) {
    return NOT_API_MODIFIERS.matcher(generic).replaceAll("");
  }

  private static boolean exposed(Member member) {
    int m = member.getModifiers();
    boolean synthetic = member instanceof Executable e ? e.isSynthetic() : ((Field) member).isSynthetic();
    return !synthetic && (Modifier.isPublic(m) || Modifier.isProtected(m));
  }

  private static String typeParameters(Class<?> type) {
    TypeVariable<?>[] variables = type.getTypeParameters();
    if (variables.length == 0) {
      return "";
    }
    StringJoiner out = new StringJoiner(",", "<", ">");
    for (TypeVariable<?> variable : variables) {
      String bounds =
          Arrays.stream(variable.getBounds())
              .filter(b -> b != Object.class)
              .map(Type::getTypeName)
              .collect(Collectors.joining(" & "));
      out.add(variable.getName() + (bounds.isEmpty() ? "" : " extends " + bounds));
    }
    return out.toString();
  }

  private static String kind(Class<?> type) {
    String modifiers = Modifier.toString(type.getModifiers() & ~Modifier.INTERFACE & ~Modifier.STATIC & ~Modifier.ABSTRACT);
    String kind =
        type.isAnnotation()
            ? "@interface"
            : type.isInterface()
                ? "interface"
                : type.isEnum() ? "enum" : type.isRecord() ? "record" : abstractClass(type);
    String sealing = type.isSealed() ? "sealed " : "";
    return (modifiers.isEmpty() ? "" : modifiers + " ") + sealing + kind;
  }

  private static String abstractClass(Class<?> type) {
    return Modifier.isAbstract(type.getModifiers()) ? "abstract class" : "class";
  }
}
