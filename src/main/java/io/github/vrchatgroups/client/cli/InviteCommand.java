package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import io.github.vrchatgroups.client.internal.SdkVersion;
import io.github.vrchatgroups.client.internal.VrchatIds;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code invite}: one user, or every user of a file, paced, journaled and resumable. */
@Command(
    name = "invite",
    mixinStandardHelpOptions = true,
    description = {
      "Invite one user (--user) or every user listed in a file (--from) to a VRChat group.",
      "Credentials come from the VRCHAT_AUTH environment variable or --auth-file, never from the command line.",
      "With --sandbox nothing reaches VRChat: the embedded sandbox answers instead."
    })
final class InviteCommand implements Callable<Integer> {
  static final String SANDBOX_TOKEN = "authcookie_sandbox";

  @Spec CommandSpec spec;

  @Option(
      names = "--group",
      required = true,
      paramLabel = "grp_…",
      description = "The group to invite to.")
  String groupId;

  @ArgGroup(multiplicity = "1")
  Target target;

  static final class Target {
    @Option(names = "--user", paramLabel = "usr_…", description = "The one user to invite.")
    String userId;

    @Option(
        names = "--from",
        paramLabel = "FILE",
        description = "A file of user IDs, one per line; blank lines and # comments allowed.")
    Path usersFile;
  }

  @Option(
      names = "--no-confirm-override-block",
      negatable = false,
      description = "Do not invite users the group blocked before.")
  boolean noConfirmOverrideBlock;

  @Option(
      names = "--rate",
      paramLabel = "N/min",
      converter = RateConverter.class,
      description = "Most invites sent per minute in a batch (default: ${DEFAULT-VALUE}).")
  double ratePerMinute = 30;

  @Option(
      names = "--journal",
      paramLabel = "FILE",
      description = "The batch's journal (default: the input file's name + .journal, beside it).")
  Path journal;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Write each user's outcome to FILE, as JSON (.json) or CSV (any other name).")
  Path report;

  @Option(
      names = "--auth-file",
      paramLabel = "FILE",
      description = "A file holding the auth cookie's value (instead of VRCHAT_AUTH).")
  Path authFile;

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
      description = "e.g. 10s, 500ms, PT10S (default: 10s).")
  Duration connectTimeout = VrchatGroupsClient.DEFAULT_CONNECT_TIMEOUT;

  @Option(
      names = "--read-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "e.g. 30s (default: 30s).")
  Duration readTimeout = VrchatGroupsClient.DEFAULT_READ_TIMEOUT;

  @Option(
      names = "--max-retries",
      paramLabel = "N",
      description = "Retries of a rate-limited or unconnectable call (default: ${DEFAULT-VALUE}).")
  int maxRetries = RetryPolicy.defaults().maxRetries();

  @Option(
      names = "--min-backoff",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Shortest wait before a retry (default: 1s).")
  Duration minBackoff = RetryPolicy.defaults().minBackoff();

  @Option(
      names = "--max-backoff",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Longest wait before a retry (default: 30s).")
  Duration maxBackoff = RetryPolicy.defaults().maxBackoff();

  /** Called after each outcome is journaled; tests use it to crash a batch halfway. */
  Consumer<String> afterEachOutcome = userId -> {};

  Map<String, String> environment = System.getenv();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try {
      VrchatIds.requireGroupId(groupId, "--group");
      if (target.userId != null) {
        VrchatIds.requireUserId(target.userId, "--user");
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    VrchatSandbox embedded = null;
    try {
      String url = baseUrl;
      String token;
      String agent = userAgent;
      if (sandbox) {
        embedded = SandboxCommand.start(0, sandboxFixture);
        url = embedded.url();
        token = SANDBOX_TOKEN;
        agent = agent == null ? "vrchat-groups-cli/" + SdkVersion.VERSION + " sandbox" : agent;
        out.println(
            "SANDBOX: using the embedded sandbox at " + url + "; nothing is sent to VRChat.");
      } else {
        token = credentials();
        if (agent == null) {
          throw new ParameterException(
              spec.commandLine(),
              "--user-agent is required for the live API, e.g. --user-agent 'MyGroupBot/1.2 admin@example.com'");
        }
      }
      VrchatGroupsClient client = client(url, token, agent);
      return target.userId != null ? inviteOne(client, out) : new BatchRun(this, client, out).run();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  private int inviteOne(VrchatGroupsClient client, PrintWriter out) {
    InviteOutcome outcome;
    String detail = "";
    try {
      client.inviteUser(groupId, target.userId, !noConfirmOverrideBlock);
      outcome = InviteOutcome.INVITED;
    } catch (VrchatApiException e) {
      outcome = InviteOutcome.of(e);
      detail = e.getMessage();
    }
    out.println(
        target.userId + ": " + outcome.words + (detail.isEmpty() ? "" : " (" + detail + ")"));
    return outcome.exitCode;
  }

  private String credentials() throws IOException {
    String token;
    if (authFile != null) {
      token = Files.readString(authFile, StandardCharsets.UTF_8).strip();
    } else {
      token = environment.get("VRCHAT_AUTH");
    }
    if (token == null || token.isBlank()) {
      throw new ParameterException(
          spec.commandLine(),
          "no credentials: set VRCHAT_AUTH to your auth cookie's value, or pass --auth-file FILE"
              + " (or use --sandbox to try it offline)");
    }
    return token;
  }

  private VrchatGroupsClient client(String url, String token, String agent) {
    try {
      return VrchatGroupsClient.builder()
          .baseUrl(url)
          .authCookie(token)
          .userAgent(agent)
          .connectTimeout(connectTimeout)
          .readTimeout(readTimeout)
          .retryPolicy(
              RetryPolicy.builder()
                  .maxRetries(maxRetries)
                  .minBackoff(minBackoff)
                  .maxBackoff(maxBackoff)
                  .build())
          .build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Reads {@code 30/min}, {@code 2/s} or a bare number per minute. */
  static final class RateConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      String[] parts = value.trim().toLowerCase(Locale.ROOT).split("/");
      double count = Double.parseDouble(parts[0]);
      double perMinute =
          parts.length == 1 || parts[1].equals("min")
              ? count
              : parts[1].equals("s") ? count * 60 : Double.NaN;
      if (!(perMinute > 0) || parts.length > 2) {
        throw new IllegalArgumentException("expected N/min or N/s with N > 0, got '" + value + "'");
      }
      return perMinute;
    }
  }

  /** Reads {@code 500ms}, {@code 10s}, {@code 2m} or ISO-8601 ({@code PT10S}). */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String text = value.trim().toLowerCase(Locale.ROOT);
      try {
        if (text.startsWith("pt")) {
          return Duration.parse(text.toUpperCase(Locale.ROOT));
        }
        if (text.endsWith("ms")) {
          return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        }
        if (text.endsWith("s")) {
          return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
        }
        if (text.endsWith("m")) {
          return Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
        }
      } catch (NumberFormatException | DateTimeParseException e) {
        // Falls through to the message below.
      }
      throw new IllegalArgumentException(
          "expected a duration such as 500ms, 10s, 2m or PT10S, got '" + value + "'");
    }
  }
}
