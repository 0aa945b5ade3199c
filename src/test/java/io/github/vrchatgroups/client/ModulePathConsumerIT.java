package io.github.vrchatgroups.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a module, the way a consumer on the module path uses it: a small consumer
 * module is compiled against the jar and the SDK's runtime dependencies alone, then run in a JVM of
 * its own, where it invites through the sandbox, recognises a typed answer and lists the invites
 * (Jackson reading the generated models through the module's {@code opens}); without {@code
 * jdk.httpserver}, which the SDK does not require, it is told how to add it. A second consumer that
 * reaches into an unexported package must not compile.
 */
class ModulePathConsumerIT {
  /** Compiles the consumer module and runs it, with {@code options} before its name. */
  private static Run runConsumer(Path dir, String... options) throws Exception {
    Path classes = dir.resolve("classes");
    Run compilation = compile("module-consumer", "consumer/Main.java", classes);
    assertThat(compilation.exitCode()).as(compilation.output()).isZero();
    List<String> args =
        new ArrayList<>(
            List.of("--module-path", modulePath() + java.io.File.pathSeparator + classes));
    args.addAll(List.of(options));
    args.addAll(List.of("--module", "consumer/consumer.Main"));
    return run("java", args.toArray(String[]::new));
  }

  @Test
  void aConsumerModuleInvitesAndListsThroughTheSandboxInAJvmOfItsOwn(@TempDir Path dir)
      throws Exception {
    Run run = runConsumer(dir, "--add-modules", "jdk.httpserver");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output())
        .contains("invited usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469")
        .contains("again: AlreadyInvitedException")
        .contains("listed: 1 Tupper")
        .contains("kept: 1 after 1 login")
        .contains("batch: {INVITED=1, ALREADY_INVITED=1}");
  }

  @Test
  void aConsumerThatStartsASandboxWithoutTheHttpServerModuleIsToldHowToAddIt(@TempDir Path dir)
      throws Exception {
    Run run = runConsumer(dir);

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.output())
        .contains("the sandbox needs the JDK module jdk.httpserver")
        .contains("--add-modules jdk.httpserver")
        .doesNotContain("NoClassDefFoundError");
  }

  @Test
  void aConsumerCannotCompileAgainstAnUnexportedPackage(@TempDir Path dir) throws Exception {
    Run compilation = compile("module-intruder", "intruder/Main.java", dir.resolve("out"));

    assertThat(compilation.exitCode()).isNotZero();
    assertThat(compilation.output())
        .contains("package io.github.vrchatgroups.client.internal is not visible");
  }

  private record Run(int exitCode, String output) {}

  private static Run compile(String sources, String main, Path out) throws Exception {
    Path source = Path.of("src/test/resources", sources);
    return run(
        "javac",
        "--module-path",
        modulePath(),
        "-d",
        out.toString(),
        source.resolve("module-info.java").toString(),
        source.resolve(main).toString());
  }

  /** Runs a tool of the JDK running the tests, in a process of its own. */
  private static Run run(String tool, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output;
    try (InputStream in = process.getInputStream()) {
      output = in.readAllBytes();
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  /** The SDK's jar and exactly what a consumer resolves at run time beside it. */
  private static String modulePath() throws IOException {
    Path jar = Path.of(System.getProperty("sdk.jar"));
    String runtime = Files.readString(Path.of(System.getProperty("sdk.runtime.classpath"))).strip();
    assertThat(jar).exists();
    return jar + java.io.File.pathSeparator + runtime;
  }
}
