package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.Session;
import io.github.vrchatgroups.client.auth.LoggedInUser;
import io.github.vrchatgroups.client.auth.Totp;
import io.github.vrchatgroups.client.auth.TwoFactorCode;
import io.github.vrchatgroups.client.auth.TwoFactorMethod;
import io.github.vrchatgroups.client.auth.TwoFactorPrompt;
import io.github.vrchatgroups.client.auth.VrchatLogin;
import io.github.vrchatgroups.client.errors.TwoFactorRejectedException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code login}: username, password and second factor in, a saved session out, so that no other
 * command needs a cookie dug out of a browser. Prompts without echo on a terminal; for automation
 * reads {@code VRCHAT_USERNAME}, {@code VRCHAT_PASSWORD} and {@code VRCHAT_TOTP_SECRET} or {@code
 * VRCHAT_2FA_CODE}. Nothing secret is printed.
 */
@Command(
    name = "login",
    mixinStandardHelpOptions = true,
    description = {
      "Log in to VRChat and save the session for the other commands (reuse it: logins are rate-limited).",
      "Password and code are asked for without echo, or read from VRCHAT_PASSWORD and VRCHAT_TOTP_SECRET"
          + " (or VRCHAT_2FA_CODE) for automation."
    })
final class LoginCommand implements Callable<Integer> {
  private final CliContext context;
  private final Optional<Prompter> console;

  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Option(
      names = "--username",
      paramLabel = "NAME",
      description = "The account's username or e-mail (default: VRCHAT_USERNAME, else asked for).")
  String username;

  LoginCommand(CliContext context, Optional<Prompter> console) {
    this.context = context;
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, String> env = context.environment();
    CredentialsStore store = connection.store(env);
    String name = username(env);
    char[] password = password(env);
    String remembered =
        store
            .read()
            .filter(
                saved ->
                    SameServer.as(saved.server(), connection.baseUrl)
                        && name.equals(saved.username()))
            .map(saved -> saved.session().twoFactorAuthToken())
            .orElse(null);
    try (VrchatLogin login = connection.login()) {
      Session session;
      try {
        session = login.login(name, password, remembered, prompt(env));
      } catch (TwoFactorRejectedException e) {
        if (env.get("VRCHAT_TOTP_SECRET") != null) {
          throw new CliException(
              Outcome.NOT_AUTHENTICATED.exitCode,
              "not authenticated (the code made from VRCHAT_TOTP_SECRET was not accepted: check"
                  + " the secret, and that this machine's clock is right)");
        }
        throw e;
      }
      // Who the session belongs to before it is saved: a session VRChat ends at once is not kept.
      LoggedInUser user;
      try {
        user = login.whoAmI(session);
      } catch (UnauthorizedException e) {
        throw new CliException(
            Outcome.NOT_AUTHENTICATED.exitCode,
            "not authenticated (the login was accepted, but VRChat refused the new session at once;"
                + " nothing was saved: try again later)");
      }
      store.write(new CredentialsStore.Saved(connection.baseUrl, name, session));
      out.println(
          "Logged in as "
              + user.displayName()
              + " ("
              + user.userId()
              + "); the session is saved in "
              + store.file()
              + " (owner-only).");
      return 0;
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private String username(Map<String, String> env) {
    String name = username != null ? username : readable(env, "VRCHAT_USERNAME");
    if (name == null) {
      name = console.map(c -> c.readLine("VRChat username: ")).orElse(null);
    }
    if (name == null || name.isBlank()) {
      throw CliException.usage("no username: pass --username or set VRCHAT_USERNAME");
    }
    return name;
  }

  private char[] password(Map<String, String> env) {
    String fromEnv = readable(env, "VRCHAT_PASSWORD");
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return fromEnv.toCharArray();
    }
    char[] typed = console.map(c -> c.readPassword("Password: ")).orElse(null);
    if (typed == null || typed.length == 0) {
      throw CliException.usage("no password: type it at the prompt, or set VRCHAT_PASSWORD");
    }
    return typed;
  }

  /** A variable's value; a usage error naming the locale if Java could not decode it. */
  private static String readable(Map<String, String> env, String variable) {
    String value = env.get(variable);
    if (ProcessEnvironment.unreadable(value)) {
      throw CliException.usage(ProcessEnvironment.unreadableAdvice(variable));
    }
    return value;
  }

  private TwoFactorPrompt prompt(Map<String, String> env) {
    String secret = env.get("VRCHAT_TOTP_SECRET");
    if (secret != null && !secret.isBlank()) {
      try {
        return TwoFactorPrompt.totp(Totp.fromSecretOrUri(secret));
      } catch (IllegalArgumentException e) {
        throw CliException.usage("VRCHAT_TOTP_SECRET: " + e.getMessage());
      }
    }
    String code = env.get("VRCHAT_2FA_CODE");
    return accepted -> {
      String given = code;
      if (given == null) {
        given =
            console
                .map(c -> new String(c.readPassword("Two-factor code (" + names(accepted) + "): ")))
                .orElseThrow(
                    () ->
                        CliException.usage(
                            "the account needs a two-factor code ("
                                + names(accepted)
                                + "): type it at the prompt, or set VRCHAT_TOTP_SECRET or VRCHAT_2FA_CODE"));
      }
      TwoFactorMethod method =
          accepted.contains(TwoFactorMethod.TOTP) && given.strip().matches("\\d{6}")
              ? TwoFactorMethod.TOTP
              : accepted.contains(TwoFactorMethod.EMAIL_CODE)
                  ? TwoFactorMethod.EMAIL_CODE
                  : TwoFactorMethod.RECOVERY_CODE;
      return new TwoFactorCode(method, given);
    };
  }

  private static String names(Set<TwoFactorMethod> accepted) {
    return String.join(", ", accepted.stream().map(TwoFactorMethod::apiName).sorted().toList());
  }
}
