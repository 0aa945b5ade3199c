package io.github.vrchatgroups.client.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Central Portal bundle (src/build/CentralBundle.java) made from this build's jars, signed with
 * a throwaway key in a temporary GnuPG home, and what its check refuses. The release profile runs
 * the same program on files maven-gpg-plugin signed; .ci/run rehearses that with a throwaway key.
 */
class CentralBundleIT {
  private static final String GROUP = "io.github.vrchatgroups";
  private static final String ARTIFACT = "vrchat-groups-client";
  private static final String VERSION = System.getProperty("sdk.version");
  private static final String BASE = ARTIFACT + "-" + VERSION;
  private static final String PASSPHRASE = "throwaway";

  @TempDir static Path work;
  private static Map<String, String> signingKey;
  private static final String RELEASE = VERSION.replace("-SNAPSHOT", "");
  private static Path bundle;
  private static Path releaseBundle;
  private static BuildProgram.Result made;

  @BeforeAll
  static void signTheBuildsArtifactsAndMakeTheBundle() throws IOException {
    Path gnupg =
        Files.createDirectory(
            work.resolve("gnupg"),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Gpg gpg = new Gpg(gnupg);
    gpg.run(
        "--passphrase",
        PASSPHRASE,
        "--quick-gen-key",
        "throwaway <release-test@invalid>",
        "ed25519",
        "sign",
        "never");
    String secretKey = gpg.unlocked("--armor", "--export-secret-keys");
    signingKey = Map.of("MAVEN_GPG_KEY", secretKey, "MAVEN_GPG_PASSPHRASE", PASSPHRASE);

    bundle = work.resolve("central-bundle.zip");
    made = make(gpg, VERSION, bundle);
    releaseBundle = work.resolve("release-bundle.zip");
    BuildProgram.Result release = make(gpg, RELEASE, releaseBundle);
    assertThat(release.exitCode()).as(release.output()).isZero();
  }

  /** This build's files as {@code version}'s, signed, made into a bundle by CentralBundle make. */
  private static BuildProgram.Result make(Gpg gpg, String version, Path zip) throws IOException {
    Path target = Files.createDirectory(work.resolve("target-" + version));
    String base = ARTIFACT + "-" + version;
    Map<String, Path> built = new LinkedHashMap<>();
    built.put(".jar", Path.of(System.getProperty("sdk.jar")));
    built.put("-sources.jar", Path.of(System.getProperty("sdk.sources.jar")));
    built.put("-javadoc.jar", Path.of(System.getProperty("sdk.javadoc.jar")));
    built.put("-cyclonedx.json", Path.of(System.getProperty("sdk.sbom")));
    List<Path> toSign = new ArrayList<>();
    String pom =
        Files.readString(Path.of("pom.xml"))
            .replaceFirst(
                "<version>" + VERSION + "</version>", "<version>" + version + "</version>");
    toSign.add(Files.writeString(target.resolve(base + ".pom"), pom));
    for (Map.Entry<String, Path> file : built.entrySet()) {
      toSign.add(Files.copy(file.getValue(), target.resolve(base + file.getKey())));
    }
    for (Path file : toSign) {
      gpg.unlocked("--armor", "--detach-sign", "--output", file + ".asc", file.toString());
    }
    return BuildProgram.run(
        work,
        signingKey,
        "CentralBundle",
        List.of(
            "make",
            target.toString(),
            target.resolve(base + ".pom").toString(),
            GROUP,
            ARTIFACT,
            version,
            zip.toString(),
            ".jar",
            "-sources.jar",
            "-javadoc.jar",
            "-cyclonedx.json"));
  }

  @AfterAll
  static void stopTheAgentOfTheThrowawayHome() throws IOException {
    new Gpg(work.resolve("gnupg")).stopAgent();
  }

  private static void assertTheCheckRefuses(Path zip, String problem) {
    BuildProgram.Result result = check(zip);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.output()).contains(problem);
  }

  private static BuildProgram.Result check(Path zip) {
    return BuildProgram.run(
        work,
        signingKey,
        "CentralBundle",
        List.of("check", zip.toString(), GROUP, ARTIFACT, VERSION));
  }

  @Test
  void theSignedArtifactsMakeACompleteBundle() throws IOException {
    assertThat(made.exitCode()).as(made.output()).isZero();
    assertThat(made.output()).contains("complete, 5 files signed and checksummed");
    String folder = GROUP.replace('.', '/') + "/" + ARTIFACT + "/" + VERSION + "/";
    assertThat(entries(bundle).keySet())
        .contains(
            folder + BASE + ".pom",
            folder + BASE + ".pom.asc",
            folder + BASE + ".jar.md5",
            folder + BASE + ".jar.sha1",
            folder + BASE + "-sources.jar.asc",
            folder + BASE + "-javadoc.jar.asc")
        .noneMatch(name -> name.contains("-cli.jar"));
  }

  @Test
  void aMissingSignatureFailsNamingTheFile() throws IOException {
    assertTheCheckRefuses(
        rewritten("no-signature", without("-javadoc.jar.asc")), BASE + "-javadoc.jar.asc: missing");
  }

  @Test
  void aMissingChecksumFailsNamingTheFile() throws IOException {
    assertTheCheckRefuses(
        rewritten("no-checksum", without(".jar.sha1")), BASE + ".jar.sha1: missing");
  }

  @Test
  void aChecksumThatDoesNotMatchFails() throws IOException {
    assertTheCheckRefuses(
        rewritten("wrong-checksum", replacing(".pom.md5", "0".repeat(32))),
        BASE + ".pom.md5: does not match the file");
  }

  @Test
  void aMissingSourcesJarFails() throws IOException {
    assertTheCheckRefuses(
        rewritten("no-sources", withoutArtifact("-sources.jar")),
        BASE + "-sources.jar: missing (Central requires it)");
  }

  @Test
  void aMissingJavadocJarFails() throws IOException {
    assertTheCheckRefuses(
        rewritten("no-javadoc", withoutArtifact("-javadoc.jar")),
        BASE + "-javadoc.jar: missing (Central requires it)");
  }

  @Test
  void aSignatureOfAnotherFileFails() throws IOException {
    byte[] pomSignature = entries(bundle).get(folder() + BASE + ".pom.asc");
    assertTheCheckRefuses(
        rewritten(
            "wrong-signature",
            replacing(".jar.asc", new String(pomSignature, StandardCharsets.US_ASCII))),
        BASE + ".jar.asc: does not verify");
  }

  @Test
  void aPomWithoutTheMetadataCentralRequiresFails() throws IOException {
    String pom = new String(entries(bundle).get(folder() + BASE + ".pom"), StandardCharsets.UTF_8);
    String stripped =
        pom.replaceAll("(?s)<licenses>.*?</licenses>", "").replaceAll("(?s)<scm>.*?</scm>", "");

    BuildProgram.Result result = check(rewritten("bare-pom", replacing(".pom", stripped)));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.output())
        .contains("POM: no licence")
        .contains("POM: no scm url")
        .contains(BASE + ".pom.asc: does not verify");
  }

  @Test
  void theUploadSendsExactlyTheCheckedBundleForAPersonToPublish() throws IOException {
    try (FakePortal portal = FakePortal.answering(201, "deployment-1")) {
      BuildProgram.Result result = upload(releaseBundle, RELEASE, portal.url(), "token-user");

      assertThat(result.exitCode()).as(result.output()).isZero();
      assertThat(result.output()).contains("deployment deployment-1 uploaded");
      FakePortal.Request request = portal.onlyRequest();
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo("/api/v1/publisher/upload");
      assertThat(request.query())
          .contains("publishingType=USER_MANAGED")
          .contains("name=" + ARTIFACT + "-" + RELEASE);
      assertThat(request.authorization())
          .isEqualTo(
              "Bearer "
                  + java.util.Base64.getEncoder()
                      .encodeToString("token-user:token-secret".getBytes(StandardCharsets.UTF_8)));
      assertThat(request.body()).containsSubsequence(Files.readAllBytes(releaseBundle));
    }
  }

  @Test
  void theUploadRefusesASnapshotAndSendsNothing() throws IOException {
    assertTheUploadRefusesAndSendsNothing(bundle, VERSION, "token-user", "is a snapshot");
  }

  @Test
  void theUploadRefusesAnIncompleteBundleAndSendsNothing() throws IOException {
    Path incomplete =
        rewrittenRelease("release-no-javadoc", withoutArtifact(RELEASE, "-javadoc.jar"));
    assertTheUploadRefusesAndSendsNothing(
        incomplete, RELEASE, "token-user", "-javadoc.jar: missing");
  }

  @Test
  void theUploadWithoutATokenSaysWhereToGetOne() throws IOException {
    assertTheUploadRefusesAndSendsNothing(releaseBundle, RELEASE, "", "Generate User Token");
  }

  private static void assertTheUploadRefusesAndSendsNothing(
      Path zip, String version, String tokenUser, String problem) throws IOException {
    try (FakePortal portal = FakePortal.answering(201, "deployment-1")) {
      BuildProgram.Result result = upload(zip, version, portal.url(), tokenUser);

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.output()).contains(problem);
      assertThat(portal.requests()).isEmpty();
    }
  }

  @Test
  void aRefusalByThePortalFailsTheUploadWithItsWords() throws IOException {
    try (FakePortal portal = FakePortal.answering(400, "Invalid bundle: namespace not verified")) {
      BuildProgram.Result result = upload(releaseBundle, RELEASE, portal.url(), "token-user");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.output()).contains("HTTP 400: Invalid bundle: namespace not verified");
    }
  }

  private static BuildProgram.Result upload(Path zip, String version, String portal, String user) {
    Map<String, String> environment = new LinkedHashMap<>(signingKey);
    environment.put("CENTRAL_PORTAL_URL", portal);
    environment.put("CENTRAL_TOKEN_USERNAME", user);
    environment.put("CENTRAL_TOKEN_PASSWORD", "token-secret");
    return BuildProgram.run(
        work,
        environment,
        "CentralBundle",
        List.of("upload", zip.toString(), GROUP, ARTIFACT, version));
  }

  private static Path rewrittenRelease(String name, UnaryOperator<Map<String, byte[]>> change)
      throws IOException {
    return rewrite(releaseBundle, name, change);
  }

  private static UnaryOperator<Map<String, byte[]>> withoutArtifact(String version, String suffix) {
    return entries -> {
      entries.keySet().removeIf(name -> name.contains(ARTIFACT + "-" + version + suffix));
      return entries;
    };
  }

  private static String folder() {
    return GROUP.replace('.', '/') + "/" + ARTIFACT + "/" + VERSION + "/";
  }

  private static UnaryOperator<Map<String, byte[]>> without(String suffix) {
    return entries -> {
      entries.keySet().removeIf(name -> name.endsWith(BASE + suffix));
      return entries;
    };
  }

  private static UnaryOperator<Map<String, byte[]>> withoutArtifact(String suffix) {
    return withoutArtifact(VERSION, suffix);
  }

  private static UnaryOperator<Map<String, byte[]>> replacing(String suffix, String content) {
    return entries -> {
      entries.replaceAll(
          (name, bytes) ->
              name.endsWith(BASE + suffix) ? content.getBytes(StandardCharsets.UTF_8) : bytes);
      return entries;
    };
  }

  private static Path rewritten(String name, UnaryOperator<Map<String, byte[]>> change)
      throws IOException {
    return rewrite(bundle, name, change);
  }

  private static Path rewrite(Path original, String name, UnaryOperator<Map<String, byte[]>> change)
      throws IOException {
    Path copy = work.resolve(name + ".zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
      for (Map.Entry<String, byte[]> entry : change.apply(entries(original)).entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
    }
    return copy;
  }

  private static Map<String, byte[]> entries(Path zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  /** gpg in batch mode on one GnuPG home. */
  private record Gpg(Path home) {
    /** gpg with the throwaway key's passphrase given, as a signing or exporting call needs it. */
    String unlocked(String... arguments) throws IOException {
      List<String> all =
          new ArrayList<>(List.of("--pinentry-mode", "loopback", "--passphrase", PASSPHRASE));
      all.addAll(List.of(arguments));
      return run(all.toArray(String[]::new));
    }

    void stopAgent() throws IOException {
      try {
        new ProcessBuilder("gpgconf", "--homedir", home.toString(), "--kill", "gpg-agent")
            .start()
            .waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    String run(String... arguments) throws IOException {
      List<String> command =
          new ArrayList<>(List.of("gpg", "--batch", "--homedir", home.toString()));
      command.addAll(List.of(arguments));
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      try {
        if (process.waitFor() != 0) {
          throw new IOException("gpg " + String.join(" ", arguments) + " failed");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      return output;
    }
  }
}
