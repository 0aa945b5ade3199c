package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.RateGovernor;
import io.github.vrchatgroups.client.TimeSource;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import io.github.vrchatgroups.client.session.SessionKeeper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options every command that talks to the API shares: where, as whom, how patiently. It only
 * parses them; {@link Connector} opens what they describe.
 */
final class ConnectionOptions {
  static final String SANDBOX_TOKEN = "authcookie_sandbox";

  @Option(
      names = "--auth-file",
      paramLabel = "FILE",
      description = "A file holding the auth cookie's value (instead of VRCHAT_AUTH).")
  Path authFile;

  @Option(
      names = "--credentials",
      paramLabel = "FILE",
      description =
          "Where 'login' saves the session and other commands read it (default:"
              + " $XDG_CONFIG_HOME/vrchat-groups/credentials.json or ~/.config/vrchat-groups/credentials.json).")
  Path credentialsFile;

  @Option(
      names = "--user-agent",
      paramLabel = "APP/VERSION CONTACT",
      description =
          "Identifies you to VRChat, e.g. 'MyGroupBot/1.2 admin@example.com'. Required for the live API.")
  String userAgent;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Another API root (default: ${DEFAULT-VALUE}); plain http only to loopback.")
  String baseUrl = VrchatGroupsClient.DEFAULT_BASE_URL;

  @Option(names = "--sandbox", description = "Run against the embedded sandbox instead of VRChat.")
  boolean sandbox;

  @Option(
      names = "--sandbox-fixture",
      paramLabel = "FILE",
      description = "The sandbox's state (default: the fixture shipped in the jar).")
  Path sandboxFixture;

  @Option(
      names = "--connect-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "10s",
      description = "e.g. 10s, 500ms, PT10S (default: ${DEFAULT-VALUE}).")
  Duration connectTimeout;

  @Option(
      names = "--read-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "30s",
      description = "e.g. 30s (default: ${DEFAULT-VALUE}).")
  Duration readTimeout;

  @Option(
      names = "--max-retries",
      paramLabel = "N",
      defaultValue = "3",
      description = "Retries of a rate-limited or unconnectable call (default: ${DEFAULT-VALUE}).")
  int maxRetries;

  @Option(
      names = "--min-backoff",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "1s",
      description = "Shortest wait before a retry (default: ${DEFAULT-VALUE}).")
  Duration minBackoff;

  @Option(
      names = "--max-backoff",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "30s",
      description = "Longest wait before a retry (default: ${DEFAULT-VALUE}).")
  Duration maxBackoff;

  /** A client ready to use, the server it talks to, its token, and the embedded sandbox if any. */
  record Connection(
      VrchatGroupsClient client,
      String server,
      String token,
      VrchatSandbox embedded,
      SessionKeeper keeper)
      implements AutoCloseable {
    @Override
    public void close() {
      client.close();
      if (keeper != null) {
        keeper.close();
      }
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  /**
   * Opens a client for the live API (credentials and {@code --user-agent} required) or the embedded
   * sandbox.
   *
   * @throws CliException for anything the user must fix first
   */
  Connection open(Map<String, String> environment, PrintWriter out, RateGovernor governor) {
    return open(environment, out, governor, TimeSource.SYSTEM);
  }

  /** As {@link #open(Map, PrintWriter, RateGovernor)}, the SDK's waits taken from {@code time}. */
  Connection open(
      Map<String, String> environment, PrintWriter out, RateGovernor governor, TimeSource time) {
    return new Connector(this, time).open(environment, out, governor);
  }

  /** The server failures are reported against: the base URL, or the sandbox. */
  String server() {
    return sandbox ? "the embedded sandbox" : baseUrl;
  }

  /** Where the session of {@code login} is kept. */
  CredentialsStore store(Map<String, String> environment) {
    return new CredentialsStore(
        credentialsFile != null ? credentialsFile : CredentialsStore.defaultFile(environment));
  }

  /** A login for the live API (or another --base-url), with these timeouts and retries. */
  io.github.vrchatgroups.client.auth.VrchatLogin login() {
    return new Connector(this).login();
  }
}
