package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.RateGovernor;
import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.Session;
import io.github.vrchatgroups.client.TimeSource;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.VrchatOptions;
import io.github.vrchatgroups.client.auth.Totp;
import io.github.vrchatgroups.client.auth.TwoFactorPrompt;
import io.github.vrchatgroups.client.auth.VrchatLogin;
import io.github.vrchatgroups.client.internal.SdkVersion;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import io.github.vrchatgroups.client.session.LoginCredentials;
import io.github.vrchatgroups.client.session.SessionKeeper;
import io.github.vrchatgroups.client.session.SessionStore;
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
  private final TimeSource time;

  Connector(ConnectionOptions flags) {
    this(flags, TimeSource.SYSTEM);
  }

  /**
   * A connector whose clients wait between retries on {@code time}, as the command's batch does.
   */
  Connector(ConnectionOptions flags, TimeSource time) {
    this.flags = flags;
    this.time = time;
  }

  /**
   * Opens a client for the live API (credentials and {@code --user-agent} required) or the embedded
   * sandbox.
   *
   * @throws CliException for anything the user must fix first
   */
  ConnectionOptions.Connection open(
      Map<String, String> environment, PrintWriter out, RateGovernor governor) {
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
      // Never a keeper here: the embedded sandbox's session does not end, and a password from the
      // environment is for VRChat, not for a test double.
      VrchatOptions options = options(embedded.url(), agent, governor);
      return new ConnectionOptions.Connection(
          client(options, ConnectionOptions.SANDBOX_TOKEN, null),
          "sandbox",
          ConnectionOptions.SANDBOX_TOKEN,
          embedded,
          null);
    }
    String token =
        Credentials.token(flags.authFile, environment, flags.store(environment), flags.baseUrl);
    if (flags.userAgent == null) {
      throw CliException.usage(USER_AGENT_REQUIRED);
    }
    VrchatOptions options = options(flags.baseUrl, flags.userAgent, governor);
    String username = environment.get("VRCHAT_USERNAME");
    SessionKeeper keeper =
        keeper(
            options,
            token,
            environment,
            username == null
                ? SessionStore.inMemory()
                : flags.store(environment).sessions(flags.baseUrl, username));
    return new ConnectionOptions.Connection(
        client(options, token, keeper), flags.baseUrl, token, null, keeper);
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
    return VrchatLogin.create(options(flags.baseUrl, flags.userAgent, null));
  }

  /**
   * The SDK's options from the flags, once; a usage error in flag terms if they are wrong. {@code
   * governor} is null for the SDK's default.
   */
  private VrchatOptions options(String url, String agent, RateGovernor governor) {
    try {
      VrchatOptions.Builder options = VrchatOptions.builder().timeSource(time);
      if (governor != null) {
        options.rateGovernor(governor);
      }
      return options
          .baseUrl(url)
          .userAgent(agent)
          .connectTimeout(flags.connectTimeout)
          .readTimeout(flags.readTimeout)
          .retryPolicy(retryPolicy())
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

  /**
   * A session keeper when the environment holds credentials (VRCHAT_USERNAME, VRCHAT_PASSWORD, and
   * VRCHAT_TOTP_SECRET for an account with a second factor): a session that ends mid-batch is
   * renewed by one login and saved in {@code store}. Otherwise {@code null}: a 401 stops the batch.
   */
  private static SessionKeeper keeper(
      VrchatOptions options, String token, Map<String, String> environment, SessionStore store) {
    String username = environment.get("VRCHAT_USERNAME");
    String password = environment.get("VRCHAT_PASSWORD");
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      return null;
    }
    String remembered = store.load().map(Session::twoFactorAuthToken).orElse(null);
    return SessionKeeper.builder()
        .options(options)
        .credentials(
            LoginCredentials.of(username, password::toCharArray, secondFactor(environment)))
        .session(new Session(token, remembered))
        .store(store)
        .build();
  }

  private static TwoFactorPrompt secondFactor(Map<String, String> environment) {
    String secret = environment.get("VRCHAT_TOTP_SECRET");
    if (secret == null || secret.isBlank()) {
      return accepted -> {
        throw CliException.usage(
            "the session ended and the account asks for a second factor: set VRCHAT_TOTP_SECRET"
                + " so that a batch can log in again by itself");
      };
    }
    try {
      return TwoFactorPrompt.totp(Totp.fromSecretOrUri(secret));
    } catch (IllegalArgumentException e) {
      throw CliException.usage("VRCHAT_TOTP_SECRET: " + e.getMessage());
    }
  }

  private VrchatGroupsClient client(VrchatOptions options, String token, SessionKeeper keeper) {
    try {
      return keeper != null
          ? keeper.client()
          : VrchatGroupsClient.builder().options(options).authCookie(token).build();
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
