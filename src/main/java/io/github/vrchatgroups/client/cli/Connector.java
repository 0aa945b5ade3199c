package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.RetryListener;
import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.VrchatOptions;
import io.github.vrchatgroups.client.auth.VrchatLogin;
import io.github.vrchatgroups.client.internal.SdkVersion;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.Map;

/**
 * Opens what the connection options describe: the SDK's options (checked once, their complaints in
 * flag terms), the client, the login, and the embedded sandbox.
 */
final class Connector {
  private static final String USER_AGENT_REQUIRED =
      "--user-agent is required: VRChat's firewall refuses a request without one that names your"
          + " application, its version and a contact, e.g. --user-agent 'MyGroupBot/1.2"
          + " admin@example.com' (only --sandbox runs without it)";

  private final ConnectionOptions flags;

  Connector(ConnectionOptions flags) {
    this.flags = flags;
  }

  /**
   * Opens a client for the live API (credentials and {@code --user-agent} required) or the embedded
   * sandbox.
   *
   * @throws CliException for anything the user must fix first
   */
  ConnectionOptions.Connection open(
      Map<String, String> environment, PrintWriter out, RetryListener listener) {
    if (flags.sandbox) {
      VrchatSandbox embedded;
      try {
        embedded = SandboxCommand.start(0, flags.sandboxFixture);
      } catch (NoSuchFileException e) {
        throw CliException.usage("--sandbox-fixture " + flags.sandboxFixture + ": no such file");
      } catch (IOException | IllegalArgumentException e) {
        throw CliException.usage(
            "--sandbox-fixture " + flags.sandboxFixture + ": " + e.getMessage());
      }
      out.println(
          "SANDBOX: using the embedded sandbox at "
              + embedded.url()
              + "; nothing is sent to VRChat.");
      String agent =
          flags.userAgent != null
              ? flags.userAgent
              : "vrchat-groups-cli/"
                  + SdkVersion.VERSION
                  + " (sandbox; +https://github.com/vrchatgroups/vrchat-groups-client)";
      return new ConnectionOptions.Connection(
          client(embedded.url(), ConnectionOptions.SANDBOX_TOKEN, agent, listener),
          "sandbox",
          ConnectionOptions.SANDBOX_TOKEN,
          embedded);
    }
    String token =
        Credentials.token(flags.authFile, environment, flags.store(environment), flags.baseUrl);
    if (flags.userAgent == null) {
      throw CliException.usage(USER_AGENT_REQUIRED);
    }
    return new ConnectionOptions.Connection(
        client(flags.baseUrl, token, flags.userAgent, listener), flags.baseUrl, token, null);
  }

  /** A login for the live API (or another --base-url), with these timeouts and retries. */
  VrchatLogin login() {
    if (flags.sandbox) {
      throw CliException.usage(
          "login does not take --sandbox: the embedded sandbox ends with the command; log in to a"
              + " 'vrchat-groups sandbox' process with --base-url instead");
    }
    if (flags.userAgent == null) {
      throw CliException.usage(USER_AGENT_REQUIRED);
    }
    return VrchatLogin.create(options(flags.baseUrl, flags.userAgent, RetryListener.NONE));
  }

  /** The SDK's options from the flags, once; a usage error in flag terms if they are wrong. */
  private VrchatOptions options(String url, String agent, RetryListener listener) {
    try {
      return VrchatOptions.builder()
          .baseUrl(url)
          .userAgent(agent)
          .connectTimeout(flags.connectTimeout)
          .readTimeout(flags.readTimeout)
          .retryPolicy(retryPolicy())
          .retryListener(listener)
          .build();
    } catch (IllegalArgumentException e) {
      throw CliException.usage(inCliTerms(e.getMessage()));
    }
  }

  private RetryPolicy retryPolicy() {
    return RetryPolicy.builder()
        .maxRetries(flags.maxRetries)
        .minBackoff(flags.minBackoff)
        .maxBackoff(flags.maxBackoff)
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
