package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.RetryListener;
import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.VrchatOptions;
import io.github.vrchatgroups.client.internal.SdkVersion;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every command that talks to the API shares: where, as whom, how patiently. */
final class ConnectionOptions {
  static final String SANDBOX_TOKEN = "authcookie_sandbox";

  private static final String USER_AGENT_REQUIRED =
      "--user-agent is required: VRChat's firewall refuses a request without one that names your"
          + " application, its version and a contact, e.g. --user-agent 'MyGroupBot/1.2"
          + " admin@example.com' (only --sandbox runs without it)";

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
  record Connection(VrchatGroupsClient client, String server, String token, VrchatSandbox embedded)
      implements AutoCloseable {
    @Override
    public void close() {
      client.close();
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  /**
   * Opens a client for the live API (credentials and {@code --user-agent} required) or the embedded
   * sandbox.
   *
   * @param server how a journal names a live server: its base URL; the sandbox is {@code sandbox}
   * @throws CliException for anything the user must fix first
   */
  Connection open(Map<String, String> environment, PrintWriter out, RetryListener listener) {
    if (sandbox) {
      VrchatSandbox embedded;
      try {
        embedded = SandboxCommand.start(0, sandboxFixture);
      } catch (NoSuchFileException e) {
        throw CliException.usage("--sandbox-fixture " + sandboxFixture + ": no such file");
      } catch (IOException | IllegalArgumentException e) {
        throw CliException.usage("--sandbox-fixture " + sandboxFixture + ": " + e.getMessage());
      }
      out.println(
          "SANDBOX: using the embedded sandbox at "
              + embedded.url()
              + "; nothing is sent to VRChat.");
      String agent =
          userAgent != null
              ? userAgent
              : "vrchat-groups-cli/"
                  + SdkVersion.VERSION
                  + " (sandbox; +https://github.com/vrchatgroups/vrchat-groups-client)";
      return new Connection(
          client(embedded.url(), SANDBOX_TOKEN, agent, listener),
          "sandbox",
          SANDBOX_TOKEN,
          embedded);
    }
    String token = Credentials.token(authFile, environment, store(environment), baseUrl);
    if (userAgent == null) {
      throw CliException.usage(USER_AGENT_REQUIRED);
    }
    return new Connection(client(baseUrl, token, userAgent, listener), baseUrl, token, null);
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
    if (sandbox) {
      throw CliException.usage(
          "login does not take --sandbox: the embedded sandbox ends with the command; log in to a"
              + " 'vrchat-groups sandbox' process with --base-url instead");
    }
    if (userAgent == null) {
      throw CliException.usage(USER_AGENT_REQUIRED);
    }
    return io.github.vrchatgroups.client.auth.VrchatLogin.create(
        options(baseUrl, userAgent, RetryListener.NONE));
  }

  /** The SDK's options from the flags, once; a usage error in flag terms if they are wrong. */
  private VrchatOptions options(String url, String agent, RetryListener listener) {
    try {
      return VrchatOptions.builder()
          .baseUrl(url)
          .userAgent(agent)
          .connectTimeout(connectTimeout)
          .readTimeout(readTimeout)
          .retryPolicy(retryPolicy())
          .retryListener(listener)
          .build();
    } catch (IllegalArgumentException e) {
      throw CliException.usage(inCliTerms(e.getMessage()));
    }
  }

  private RetryPolicy retryPolicy() {
    return RetryPolicy.builder()
        .maxRetries(maxRetries)
        .minBackoff(minBackoff)
        .maxBackoff(maxBackoff)
        .build();
  }

  private VrchatGroupsClient client(
      String url, String token, String agent, RetryListener listener) {
    VrchatOptions options = options(url, agent, listener);
    try {
      return VrchatGroupsClient.builder().options(options).authCookie(token).build();
    } catch (IllegalArgumentException e) {
      throw CliException.usage(inCliTerms(e.getMessage()));
    }
  }

  /** The SDK names its settings as builder methods; a command line user knows flags. */
  static String inCliTerms(String message) {
    return message
        .replace("allowInsecureHttp(true) for a trusted proxy", "a trusted proxy on loopback")
        .replace("baseUrl", "--base-url")
        .replace("userAgent", "--user-agent")
        .replace("authCookie", "the auth cookie (VRCHAT_AUTH or --auth-file)")
        .replace("connectTimeout", "--connect-timeout")
        .replace("readTimeout", "--read-timeout")
        .replace("maxRetries", "--max-retries")
        .replace("minBackoff", "--min-backoff")
        .replace("maxBackoff", "--max-backoff")
        .replace(", without the leading 'auth='", ", without a leading 'auth='");
  }
}
