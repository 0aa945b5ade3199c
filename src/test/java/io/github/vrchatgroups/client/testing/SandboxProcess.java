package io.github.vrchatgroups.client.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code sandbox} command of the -cli jar in a process of its own, as a verifier or a tool
 * outside this build starts it; its URLs read from the banner it prints.
 */
public final class SandboxProcess implements AutoCloseable {
  private static final Pattern LISTENING =
      Pattern.compile("listening at (http://127\\.0\\.0\\.1:(\\d+))");
  private static final Pattern STATE_URL = Pattern.compile("Pact state change URL: (\\S+)");

  private final Process process;

  /** The port it listens on. */
  public final int port;

  /** The Pact state-change URL its banner prints. */
  public final String stateChangeUrl;

  private SandboxProcess(Process process, int port, String stateChangeUrl) {
    this.process = process;
    this.port = port;
    this.stateChangeUrl = stateChangeUrl;
  }

  /** Starts {@code java -jar <cli jar> sandbox --port 0} with {@code more} arguments. */
  public static SandboxProcess start(String... more) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of(System.getProperty("sdk.cli.jar")).toString(),
                "sandbox",
                "--port",
                "0"));
    command.addAll(List.of(more));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader banner =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    int port = 0;
    String stateChangeUrl = null;
    for (String line = banner.readLine(); line != null; line = banner.readLine()) {
      Matcher listening = LISTENING.matcher(line);
      if (listening.find()) {
        port = Integer.parseInt(listening.group(2));
      }
      Matcher state = STATE_URL.matcher(line);
      if (state.find()) {
        stateChangeUrl = state.group(1);
      }
      if (line.contains("load a fixture")) {
        break;
      }
    }
    if (port == 0) {
      process.destroy();
      throw new IllegalStateException("the sandbox process printed no port");
    }
    return new SandboxProcess(process, port, stateChangeUrl);
  }

  /** Its root URL. */
  public String url() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
