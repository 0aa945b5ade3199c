package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves the embedded sandbox as a process of its own until interrupted, like stripe-mock. */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    description =
        "Serve the embedded VRChat sandbox on a loopback port until interrupted (Ctrl-C), with a"
            + " Pact state-change endpoint for provider verification from any language.")
final class SandboxCommand implements Callable<Integer> {
  static final String DEFAULT_FIXTURE = "sandbox-fixture.json";

  private final CliContext context;

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

  SandboxCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw CliException.usage("--port must be 0 to 65535, got " + port);
    }
    VrchatSandbox sandbox;
    try {
      sandbox = start(port, fixture);
    } catch (java.net.BindException e) {
      throw CliException.usage(
          "--port " + port + " is in use on 127.0.0.1: choose another, or 0 for a free one");
    } catch (java.nio.file.NoSuchFileException e) {
      throw CliException.usage("--fixture " + fixture + ": no such file");
    } catch (IllegalArgumentException | java.io.IOException e) {
      throw CliException.usage("--fixture " + fixture + ": " + e.getMessage());
    }
    try (sandbox) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("VRChat sandbox listening at " + sandbox.url() + " (Ctrl-C to stop)");
      out.println(
          "  auth tokens accepted:  " + listed(new TreeSet<>(sandbox.acceptedAuthTokens())));
      out.println("  accounts that log in:  " + listed(sandbox.accountUsernames()));
      out.println("  Pact state change URL: " + sandbox.providerStatesUrl());
      out.println("  reset to this start:   POST " + sandbox.url() + VrchatSandbox.RESET_PATH);
      out.println("  empty it:              POST " + sandbox.url() + VrchatSandbox.EMPTY_PATH);
      out.println("  load a fixture:        POST " + sandbox.url() + VrchatSandbox.FIXTURE_PATH);
      // Ctrl-C or SIGTERM sets the stop flag (VrchatGroupsCli's shutdown hook); tests set it too.
      while (!context.stopRequested().get()) {
        context.sleeper().sleep(java.time.Duration.ofMillis(100));
      }
    }
    return 0;
  }

  private static String listed(java.util.Collection<String> values) {
    return values.isEmpty() ? "(none)" : String.join(", ", values);
  }

  /** A sandbox with the given fixture, or the default one shipped in the jar. */
  static VrchatSandbox start(int port, Path fixture) throws java.io.IOException {
    VrchatSandbox sandbox = VrchatSandbox.start(port);
    try (InputStream in =
        fixture == null
            ? SandboxCommand.class.getResourceAsStream(DEFAULT_FIXTURE)
            : Files.newInputStream(fixture)) {
      sandbox.startWith(in);
    } catch (RuntimeException | java.io.IOException e) {
      sandbox.close();
      throw e;
    }
    return sandbox;
  }
}
