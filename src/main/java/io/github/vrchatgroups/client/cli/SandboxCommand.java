package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves the embedded sandbox as a process of its own until interrupted, like stripe-mock. */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    description =
        "Serve the embedded VRChat sandbox on a loopback port until interrupted (Ctrl-C).")
final class SandboxCommand implements Callable<Integer> {
  static final String DEFAULT_FIXTURE = "sandbox-fixture.json";

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      description = "Loopback port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = 8089;

  @Option(
      names = "--fixture",
      paramLabel = "FILE",
      description = "JSON fixture with the sandbox's state (default: the one in the jar).")
  Path fixture;

  @Override
  public Integer call() throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    try (VrchatSandbox sandbox = start(port, fixture)) {
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      PrintWriter out = spec.commandLine().getOut();
      out.println("VRChat sandbox listening at " + sandbox.url() + " (Ctrl-C to stop)");
      out.flush();
      stopped.await();
    }
    return 0;
  }

  /** A sandbox with the given fixture, or the default one shipped in the jar. */
  static VrchatSandbox start(int port, Path fixture) throws Exception {
    VrchatSandbox sandbox = VrchatSandbox.start(port);
    try (InputStream in =
        fixture == null
            ? SandboxCommand.class.getResourceAsStream(DEFAULT_FIXTURE)
            : Files.newInputStream(fixture)) {
      sandbox.loadFixture(in);
    } catch (RuntimeException | java.io.IOException e) {
      sandbox.close();
      throw e;
    }
    return sandbox;
  }
}
