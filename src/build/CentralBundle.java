import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

/**
 * The Central Portal bundle: {@code make} packs the signed artifacts of one release into the
 * repository layout the Portal accepts (each file with its {@code .asc}, {@code .md5} and {@code
 * .sha1}); {@code check} opens a bundle and holds it to the Portal's rules: the POM with the
 * metadata Central requires, the jar, sources and javadoc jars, every one signed (the signature
 * verified with gpg against the key in {@code MAVEN_GPG_KEY}, imported into a temporary GnuPG home)
 * and with checksums that match. Run by the {@code release} profile in {@code verify}; a person
 * uploads the bundle afterwards (CONTRIBUTING.md "Releasing").
 *
 * <pre>
 * java src/build/CentralBundle.java make  &lt;target dir&gt; &lt;pom&gt; &lt;groupId&gt; &lt;artifactId&gt; &lt;version&gt; &lt;bundle.zip&gt; &lt;suffix&gt;...
 * java src/build/CentralBundle.java check &lt;bundle.zip&gt; &lt;groupId&gt; &lt;artifactId&gt; &lt;version&gt;
 * java src/build/CentralBundle.java upload &lt;bundle.zip&gt; &lt;groupId&gt; &lt;artifactId&gt; &lt;version&gt;
 * </pre>
 *
 * <p>{@code upload} checks the bundle again and sends exactly it to the Central Publisher Portal
 * ({@code POST /api/v1/publisher/upload}, {@code publishingType=USER_MANAGED}: the Portal validates
 * it and a person presses Publish there, nothing is published automatically), with the Portal user
 * token in {@code CENTRAL_TOKEN_USERNAME} and {@code CENTRAL_TOKEN_PASSWORD}; {@code
 * CENTRAL_PORTAL_URL} (default {@code https://central.sonatype.com}) is for tests. It refuses a
 * {@code -SNAPSHOT} version.
 *
 * Exit 0 when the bundle is complete, 1 naming every problem, 2 on wrong arguments.
 */
public class CentralBundle {
  /** Central requires these for a jar artifact: the classifier ("" for the main file) and type. */
  private static final List<String> REQUIRED = List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar");

  private static final Map<String, String> POM_METADATA =
      Map.of(
          "name", "/project/name",
          "description", "/project/description",
          "url", "/project/url",
          "licence", "/project/licenses/license/name",
          "developer", "/project/developers/developer/*[self::name or self::id]",
          "scm url", "/project/scm/url",
          "scm connection", "/project/scm/connection");

  public static void main(String[] args) throws Exception {
    if (args.length >= 8 && args[0].equals("make")) {
      Path bundle = Path.of(args[6]);
      List<String> suffixes = List.of(args).subList(7, args.length);
      make(Path.of(args[1]), Path.of(args[2]), args[3], args[4], args[5], bundle, suffixes);
      System.exit(check(bundle, args[3], args[4], args[5]) ? 0 : 1);
    } else if (args.length == 5 && args[0].equals("check")) {
      System.exit(check(Path.of(args[1]), args[2], args[3], args[4]) ? 0 : 1);
    } else if (args.length == 5 && args[0].equals("upload")) {
      System.exit(upload(Path.of(args[1]), args[2], args[3], args[4]) ? 0 : 1);
    } else {
      System.err.println(
          "usage: CentralBundle make <target dir> <pom> <groupId> <artifactId> <version> <bundle.zip>"
              + " <suffix>...\n"
              + "       CentralBundle check <bundle.zip> <groupId> <artifactId> <version>\n"
              + "       CentralBundle upload <bundle.zip> <groupId> <artifactId> <version>");
      System.exit(2);
    }
  }

  /**
   * Packs the POM and the files {@code <artifactId>-<version><suffix>} found in {@code target},
   * each with the signature beside it (when there is one: {@code check} names what is missing).
   */
  static void make(
      Path target,
      Path pom,
      String groupId,
      String artifactId,
      String version,
      Path bundle,
      List<String> suffixes)
      throws IOException {
    String base = artifactId + "-" + version;
    Map<String, Path> files = new TreeMap<>();
    files.put(base + ".pom", pom);
    for (String suffix : suffixes) {
      Path file = target.resolve(base + suffix);
      if (Files.exists(file)) {
        files.put(base + suffix, file);
      }
    }
    String folder = groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/";
    Files.createDirectories(bundle.toAbsolutePath().getParent());
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bundle))) {
      for (Map.Entry<String, Path> file : files.entrySet()) {
        String name = file.getKey();
        byte[] content = Files.readAllBytes(file.getValue());
        put(zip, folder + name, content);
        Path signature = target.resolve(name + ".asc");
        if (Files.exists(signature)) {
          put(zip, folder + name + ".asc", Files.readAllBytes(signature));
        }
        put(zip, folder + name + ".md5", hex("MD5", content).getBytes(StandardCharsets.US_ASCII));
        put(zip, folder + name + ".sha1", hex("SHA-1", content).getBytes(StandardCharsets.US_ASCII));
      }
    }
    System.out.println("Central bundle: " + bundle + " (" + files.size() + " files)");
  }

  /** True when the bundle holds everything the Portal requires; prints each problem otherwise. */
  static boolean check(Path bundle, String groupId, String artifactId, String version)
      throws IOException, InterruptedException {
    String folder = groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/";
    String base = artifactId + "-" + version;
    Map<String, byte[]> entries = read(bundle);
    List<String> problems = new ArrayList<>();
    for (String name : entries.keySet()) {
      if (!name.startsWith(folder)) {
        problems.add(name + ": outside " + folder);
      }
    }
    List<String> artifacts = new ArrayList<>();
    for (String suffix : REQUIRED) {
      if (!entries.containsKey(folder + base + suffix)) {
        problems.add(base + suffix + ": missing (Central requires it)");
      }
    }
    for (String name : entries.keySet()) {
      if (!name.endsWith(".asc") && !name.endsWith(".md5") && !name.endsWith(".sha1")) {
        artifacts.add(name);
      }
    }
    try (GnuPg gpg = GnuPg.withKeyFromEnvironment()) {
      for (String name : artifacts) {
        byte[] content = entries.get(name);
        String file = name.substring(folder.length());
        checksum(entries, name, ".md5", "MD5", content, problems);
        checksum(entries, name, ".sha1", "SHA-1", content, problems);
        byte[] signature = entries.get(name + ".asc");
        if (signature == null) {
          problems.add(file + ".asc: missing (every file must be signed)");
        } else {
          String refusal = gpg.verify(content, signature);
          if (refusal != null) {
            problems.add(file + ".asc: does not verify: " + refusal);
          }
        }
      }
    }
    byte[] pom = entries.get(folder + base + ".pom");
    if (pom != null) {
      checkPom(pom, groupId, artifactId, version, problems);
    }
    if (!problems.isEmpty()) {
      System.err.println("Central bundle " + bundle + " is not complete:");
      problems.forEach(p -> System.err.println("  " + p));
      return false;
    }
    System.out.println(
        "Central bundle: complete, "
            + artifacts.size()
            + " files signed and checksummed"
            + (version.endsWith("-SNAPSHOT")
                ? " (a rehearsal: Central refuses a -SNAPSHOT version, the upload does too)"
                : ""));
    return true;
  }

  /** Sends the checked bundle to the Portal as a deployment a person publishes. */
  static boolean upload(Path bundle, String groupId, String artifactId, String version)
      throws IOException, InterruptedException {
    if (version.endsWith("-SNAPSHOT")) {
      System.err.println("Central upload: refused, " + version + " is a snapshot; Central takes releases only");
      return false;
    }
    String username = System.getenv("CENTRAL_TOKEN_USERNAME");
    String password = System.getenv("CENTRAL_TOKEN_PASSWORD");
    if (username == null || username.isBlank() || password == null || password.isBlank()) {
      System.err.println(
          "Central upload: set CENTRAL_TOKEN_USERNAME and CENTRAL_TOKEN_PASSWORD to a Portal user token"
              + " (central.sonatype.com, Account, Generate User Token)");
      return false;
    }
    if (!check(bundle, groupId, artifactId, version)) {
      return false;
    }
    String portal = System.getenv().getOrDefault("CENTRAL_PORTAL_URL", "https://central.sonatype.com");
    String boundary = "----central-bundle-" + Long.toHexString(System.nanoTime());
    byte[] head =
        ("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"bundle\"; filename=\"central-bundle.zip\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    String token =
        java.util.Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    String name = java.net.URLEncoder.encode(artifactId + "-" + version, StandardCharsets.UTF_8);
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(
                    portal + "/api/v1/publisher/upload?name=" + name + "&publishingType=USER_MANAGED"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                java.net.http.HttpRequest.BodyPublishers.concat(
                    java.net.http.HttpRequest.BodyPublishers.ofByteArray(head),
                    java.net.http.HttpRequest.BodyPublishers.ofFile(bundle),
                    java.net.http.HttpRequest.BodyPublishers.ofByteArray(tail)))
            .build();
    java.net.http.HttpResponse<String> response =
        java.net.http.HttpClient.newHttpClient()
            .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      System.err.println(
          "Central upload: the Portal answered HTTP " + response.statusCode() + ": " + response.body());
      return false;
    }
    System.out.println(
        "Central upload: deployment "
            + response.body().strip()
            + " uploaded; validate and publish it at "
            + portal
            + "/publishing/deployments");
    return true;
  }

  private static void checksum(
      Map<String, byte[]> entries,
      String name,
      String extension,
      String algorithm,
      byte[] content,
      List<String> problems) {
    byte[] recorded = entries.get(name + extension);
    String file = name.substring(name.lastIndexOf('/') + 1);
    if (recorded == null) {
      problems.add(file + extension + ": missing");
    } else if (!new String(recorded, StandardCharsets.US_ASCII).strip().equals(hex(algorithm, content))) {
      problems.add(file + extension + ": does not match the file");
    }
  }

  private static void checkPom(
      byte[] pom, String groupId, String artifactId, String version, List<String> problems) {
    try {
      Document document =
          DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(pom));
      var xpath = XPathFactory.newInstance().newXPath();
      Map<String, String> coordinates =
          Map.of("/project/groupId", groupId, "/project/artifactId", artifactId, "/project/version", version);
      for (Map.Entry<String, String> c : coordinates.entrySet()) {
        String value = xpath.evaluate(c.getKey(), document).strip();
        if (!value.equals(c.getValue())) {
          problems.add("POM " + c.getKey() + ": '" + value + "', not '" + c.getValue() + "'");
        }
      }
      new TreeMap<>(POM_METADATA)
          .forEach(
              (what, path) -> {
                try {
                  String value = (String) xpath.evaluate(path, document, XPathConstants.STRING);
                  if (value.isBlank()) {
                    problems.add("POM: no " + what + " (" + path + "), which Central requires");
                  }
                } catch (Exception e) {
                  problems.add("POM: cannot read " + what + ": " + e.getMessage());
                }
              });
    } catch (Exception e) {
      problems.add("POM: not readable XML: " + e.getMessage());
    }
  }

  private static Map<String, byte[]> read(Path bundle) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (!entry.isDirectory()) {
          entries.put(entry.getName(), zip.readAllBytes());
        }
      }
    }
    return entries;
  }

  private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }

  static String hex(String algorithm, byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm, e);
    }
  }

  /** A temporary GnuPG home holding the signing key, for gpg --verify; deleted on close. */
  static final class GnuPg implements AutoCloseable {
    private final Path home;

    private GnuPg(Path home) {
      this.home = home;
    }

    static GnuPg withKeyFromEnvironment() throws IOException, InterruptedException {
      String key = System.getenv("MAVEN_GPG_KEY");
      if (key == null || key.isBlank()) {
        throw new IOException("MAVEN_GPG_KEY is not set: no key to verify the signatures with");
      }
      Path home = Files.createTempDirectory("central-bundle-gnupg");
      GnuPg gpg = new GnuPg(home);
      String passphrase = System.getenv().getOrDefault("MAVEN_GPG_PASSPHRASE", "");
      String refusal =
          gpg.run(
              key.getBytes(StandardCharsets.US_ASCII),
              "--pinentry-mode", "loopback", "--passphrase", passphrase, "--import");
      if (refusal != null) {
        gpg.close();
        throw new IOException("gpg cannot import MAVEN_GPG_KEY: " + refusal);
      }
      return gpg;
    }

    /** Null when the signature verifies, gpg's words otherwise. */
    String verify(byte[] content, byte[] signature) throws IOException, InterruptedException {
      Path dir = Files.createTempDirectory(home, "verify");
      Path file = Files.write(dir.resolve("file"), content);
      Path asc = Files.write(dir.resolve("file.asc"), signature);
      return run(new byte[0], "--verify", asc.toString(), file.toString());
    }

    private String run(byte[] input, String... arguments) throws IOException, InterruptedException {
      List<String> command = new ArrayList<>(List.of("gpg", "--batch", "--homedir", home.toString()));
      command.addAll(List.of(arguments));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      try (var stdin = process.getOutputStream()) {
        stdin.write(input);
      }
      String output;
      try (InputStream out = process.getInputStream()) {
        output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!process.waitFor(1, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return "gpg did not finish";
      }
      return process.exitValue() == 0 ? null : output.strip().replace('\n', ' ');
    }

    @Override
    public void close() throws IOException {
      // Importing a secret key starts an agent for this home; it would outlive the home.
      try {
        new ProcessBuilder("gpgconf", "--homedir", home.toString(), "--kill", "gpg-agent")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start()
            .waitFor(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try (Stream<Path> files = Files.walk(home)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
