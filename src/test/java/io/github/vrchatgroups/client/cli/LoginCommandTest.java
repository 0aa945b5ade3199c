package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vrchatgroups.client.Session;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import io.github.vrchatgroups.client.testing.FaultInjectingServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code login}, then every other command without cookie handling, then {@code logout}. */
class LoginCommandTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String ADMIN = "usr_00000000-0000-4000-8000-00000000ad01";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
  private static final String PASSWORD = "s3cret:pässword";
  private static final String SECRET = "JBSWY3DPEHPK3PXP";

  @TempDir Path dir;
  private VrchatSandbox sandbox;
  private Path credentials;
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void start() throws IOException {
    sandbox =
        VrchatSandbox.start()
            .addAccount("groupbot", PASSWORD, ADMIN, "Group Bot")
            .requireTotp("groupbot", SECRET)
            .addMember(GROUP, ADMIN)
            .addUser(USER, "Tupper");
    credentials = dir.resolve("config").resolve("credentials.json");
    env.put("VRCHAT_USERNAME", "groupbot");
    env.put("VRCHAT_PASSWORD", PASSWORD);
    env.put("VRCHAT_TOTP_SECRET", SECRET);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private CliRun run(String command, String... more) {
    return runAt(sandbox.url(), command, more);
  }

  /** {@code command} against {@code baseUrl} as written, with the saved session. */
  private CliRun runAt(String baseUrl, String command, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                command,
                "--base-url",
                baseUrl,
                "--credentials",
                credentials.toString(),
                "--user-agent",
                "LoginTest/1.0 t@example.invalid"));
    args.addAll(List.of(more));
    return CliRun.of(new TestContext().environment(env).build(), args.toArray(String[]::new));
  }

  @Test
  void theSavedSessionIsFoundForTheSameServerWrittenAnotherWay() {
    assertThat(run("login").exitCode()).isZero();
    String localhost = "http://localhost:" + sandbox.port() + "/";

    CliRun invite = runAt(localhost, "invite", "--group", GROUP, "--user", USER);
    CliRun doubled = runAt(sandbox.url() + "/api/1", "list", "--group", GROUP);
    CliRun otherPort = runAt("http://127.0.0.1:1", "list", "--group", GROUP);

    assertThat(invite.exitCode()).as(invite.err()).isZero();
    assertThat(doubled.exitCode()).as(doubled.err()).isEqualTo(11);
    assertThat(otherPort.exitCode()).isEqualTo(2);
    assertThat(otherPort.err())
        .contains("no credentials (the saved session is for " + sandbox.url())
        .contains("not for http://127.0.0.1:1");
  }

  private static void assertNothingSecret(CliRun run, String... secrets) {
    for (String secret : secrets) {
      assertThat(run.out() + run.err()).doesNotContain(secret);
    }
  }

  @Test
  void aPasswordTheLocaleCouldNotDecodeIsAUsageErrorNamingTheEncodingNotAWrongPassword() {
    env.put("VRCHAT_PASSWORD", "s3cret:p\uFFFD\uFFFDssword");

    CliRun login = run("login");

    assertThat(login.exitCode()).isEqualTo(2);
    assertThat(login.err())
        .contains("VRCHAT_PASSWORD holds characters this process cannot read")
        .contains("LANG=C.UTF-8")
        .doesNotContain("wrong username or password");
    assertThat(sandbox.acceptedAuthTokens()).isEmpty();
  }

  @Test
  void aSecondFactorNobodyKnowsEndsInOneLineAndTheNotAuthenticatedExitCode() throws IOException {
    try (FaultInjectingServer api = FaultInjectingServer.start()) {
      api.enqueue(
          FaultInjectingServer.Fault.withHeaderLines(
              200,
              List.of("Set-Cookie: auth=authcookie_half; Path=/"),
              "{\"requiresTwoFactorAuth\":[\"webauthn\"]}"));
      CliContext context = new TestContext().environment(env).build();

      CliRun login =
          CliRun.of(
              context,
              "login",
              "--base-url",
              api.url(),
              "--credentials",
              credentials.toString(),
              "--user-agent",
              "LoginTest/1.0 t@example.invalid");

      assertThat(login.exitCode()).isEqualTo(7);
      assertThat(login.err().lines())
          .containsExactly(
              "login failed: the account asks for a second factor this tool does not support"
                  + " [webauthn]",
              "Give the account an authenticator app (TOTP) or e-mailed codes, or log in elsewhere"
                  + " and pass the cookie with VRCHAT_AUTH or --auth-file.");
      assertThat(api.requests()).hasSize(1);
    }
  }

  @Test
  void loginSavesAnOwnerOnlySessionThatInviteUsesByDefault() throws IOException {
    CliRun login = run("login");
    CliRun invite = run("invite", "--group", GROUP, "--user", USER);

    assertThat(login.exitCode()).as(login.err()).isZero();
    assertThat(login.out())
        .contains("Logged in as Group Bot (" + ADMIN + "); the session is saved in " + credentials);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
        .isEqualTo("rw-------");
    assertThat(invite.exitCode()).as(invite.err()).isZero();
    assertThat(sandbox.sentInvites()).containsExactly(GROUP + "/" + USER);
    String token = Files.readString(credentials).replaceAll(".*\"authToken\":\"([^\"]+)\".*", "$1");
    assertNothingSecret(login, PASSWORD, SECRET, token);
    assertNothingSecret(invite, PASSWORD, SECRET, token);
  }

  @Test
  void checkReportsWhoIsLoggedIn() {
    run("login");

    CliRun check = run("check", "--group", GROUP);

    assertThat(check.exitCode()).as(check.err()).isZero();
    assertThat(check.out()).contains("Logged in as Group Bot (" + ADMIN + ")");
  }

  @Test
  void logoutEndsTheSessionAndDeletesTheFile() {
    run("login");

    CliRun logout = run("logout");
    CliRun invite = run("invite", "--group", GROUP, "--user", USER);

    assertThat(logout.exitCode()).isZero();
    assertThat(logout.out()).isEqualTo("Logged out; " + credentials + " is deleted.\n");
    assertThat(credentials).doesNotExist();
    assertThat(invite.exitCode()).isEqualTo(2);
    assertThat(invite.err()).contains("no credentials: run 'vrchat-groups login'");
  }

  @Test
  void anEndedSessionWithoutCredentialsInTheEnvironmentTellsTheUserToLogInAgain()
      throws IOException {
    run("login");
    String saved = Files.readString(credentials);
    run("logout");
    Files.createDirectories(credentials.getParent());
    Files.writeString(credentials, saved);
    Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
    env.remove("VRCHAT_PASSWORD");

    CliRun invite = run("invite", "--group", GROUP, "--user", USER);

    assertThat(invite.exitCode()).isEqualTo(7);
    assertThat(invite.err())
        .contains("log in again ('vrchat-groups login'")
        .contains("With VRCHAT_USERNAME, VRCHAT_PASSWORD and VRCHAT_TOTP_SECRET set");
  }

  @Test
  void anEndedSessionIsRenewedFromTheEnvironmentOnceAndSaved() throws IOException {
    run("login");
    String saved = Files.readString(credentials);
    run("logout");
    Files.writeString(credentials, saved);
    Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));

    CliRun invite = run("invite", "--group", GROUP, "--user", USER);

    assertThat(invite.exitCode()).as(invite.err()).isZero();
    assertThat(invite.out()).contains(USER + ": invited");
    assertThat(Files.readString(credentials)).isNotEqualTo(saved).contains("\"server\"");
    assertNothingSecret(invite, PASSWORD);
  }

  @Test
  void aBatchWhoseSessionEndsHalfWayLogsInAgainOnceAndFinishesInTheSameRun() throws IOException {
    run("login");
    sandbox.acceptAnyUser(true).endSessionsAfter(8);
    Path users =
        Files.writeString(
            dir.resolve("users.txt"),
            java.util.stream.IntStream.range(0, 12)
                .mapToObj(BatchSandbox::user)
                .collect(java.util.stream.Collectors.joining("\n")));

    CliRun batch = run("invite", "--group", GROUP, "--from", users.toString(), "--rate", "600/s");

    assertThat(batch.exitCode()).as(batch.err()).isZero();
    assertThat(sandbox.sentInvites()).hasSize(12).doesNotHaveDuplicates();
    assertThat(
            sandbox.requests().stream()
                .filter(r -> r.path().equals("/auth/user") && !r.authCookieSent())
                .filter(r -> r.status() == 200))
        .hasSize(2);
    assertNothingSecret(batch, PASSWORD, SECRET);
  }

  @Test
  void aWrongPasswordOrCodeFailsWithoutShowingThem() {
    env.put("VRCHAT_PASSWORD", "wrong:guess");
    CliRun password = run("login");
    env.put("VRCHAT_PASSWORD", PASSWORD);
    env.remove("VRCHAT_TOTP_SECRET");
    env.put("VRCHAT_2FA_CODE", "000000");
    CliRun code = run("login");

    assertThat(password.exitCode()).isEqualTo(7);
    assertThat(password.err()).contains("login failed: wrong username or password");
    assertThat(code.exitCode()).isEqualTo(7);
    assertThat(code.err()).contains("the two-factor code was not accepted");
    assertThat(credentials).doesNotExist();
    assertNothingSecret(password, "wrong:guess", PASSWORD);
    assertNothingSecret(code, PASSWORD);
  }

  @Test
  void aCredentialsFileOthersCanReadIsNeverWritten() throws IOException {
    Files.createDirectories(credentials.getParent());
    Files.writeString(credentials, "{}");
    Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-r--r--"));

    CliRun login = run("login");

    assertThat(login.exitCode()).isEqualTo(2);
    assertThat(login.err()).contains("others can read it");
    assertThat(Files.readString(credentials)).isEqualTo("{}");
  }

  @Test
  void withoutAConsoleOrEnvironmentTheCodeIsAUsageError() {
    env.remove("VRCHAT_TOTP_SECRET");

    CliRun login = run("login");

    assertThat(login.exitCode()).isEqualTo(2);
    assertThat(login.err()).contains("the account needs a two-factor code (otp, totp)");
  }

  @Test
  void aPersonIsAskedForUsernamePasswordAndCodeAtTheTerminal() throws Exception {
    env.clear();
    java.util.List<String> asked = new java.util.ArrayList<>();
    char[][] typedPassword = new char[1][];
    String code = io.github.vrchatgroups.client.auth.Totp.fromBase32Secret(SECRET).now();
    Prompter person =
        new Prompter() {
          @Override
          public String readLine(String prompt) {
            asked.add(prompt);
            return "groupbot";
          }

          @Override
          public char[] readPassword(String prompt) {
            asked.add(prompt);
            if (prompt.startsWith("Password")) {
              typedPassword[0] = PASSWORD.toCharArray();
              return typedPassword[0];
            }
            return code.toCharArray();
          }
        };
    CliContext context = new TestContext().build();
    picocli.CommandLine commandLine =
        VrchatGroupsCli.commandLine(context, java.util.Optional.of(person));
    java.io.StringWriter out = new java.io.StringWriter();
    commandLine.setOut(new java.io.PrintWriter(out, true));

    int exitCode =
        commandLine.execute(
            "login",
            "--base-url",
            sandbox.url(),
            "--credentials",
            credentials.toString(),
            "--user-agent",
            "LoginTest/1.0 t@example.invalid");

    assertThat(exitCode).isZero();
    assertThat(asked)
        .containsExactly("VRChat username: ", "Password: ", "Two-factor code (otp, totp): ");
    assertThat(out.toString())
        .contains("Logged in as Group Bot")
        .doesNotContain(PASSWORD)
        .doesNotContain(code);
    assertThat(typedPassword[0]).as("the typed password is wiped").containsOnly('\0');
  }

  @Test
  void aCodeThatIsNotSixDigitsIsSentAsARecoveryCode() {
    sandbox.addRecoveryCode("groupbot", "abcd-1234");
    env.remove("VRCHAT_TOTP_SECRET");
    env.put("VRCHAT_2FA_CODE", "abcd-1234");

    CliRun login = run("login");

    assertThat(login.exitCode()).as(login.err()).isZero();
    assertThat(login.out()).contains("Logged in as Group Bot");
  }

  @Test
  void anAccountThatMailsItsCodeLogsInWithIt() {
    sandbox
        .addAccount("mailbot", "mail:pw", USER, "Mail Bot")
        .requireEmailCode("mailbot", "482913");
    env.remove("VRCHAT_TOTP_SECRET");
    env.put("VRCHAT_USERNAME", "mailbot");
    env.put("VRCHAT_PASSWORD", "mail:pw");
    env.put("VRCHAT_2FA_CODE", "482913");

    CliRun login = run("login");

    assertThat(login.exitCode()).as(login.err()).isZero();
    assertThat(login.out()).contains("Logged in as Mail Bot");
  }

  @Test
  void aSecondLoginOnTheSameDeviceNeedsNoSecondFactor() {
    run("login");
    env.remove("VRCHAT_TOTP_SECRET");

    CliRun again = run("login");

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("Logged in as Group Bot");
  }

  @Test
  void aDeviceRememberedOnAnotherServerIsNotSentToThisOne() throws IOException {
    String elsewhere = "https://elsewhere.example/api/1";
    new CredentialsStore(credentials)
        .write(
            new CredentialsStore.Saved(
                elsewhere, "groupbot", new Session("authcookie_x", "device_of_elsewhere")));
    try (FaultInjectingServer server = FaultInjectingServer.start()) {
      server.enqueue(
          FaultInjectingServer.Fault.jsonError(401, "Invalid Username/Email or Password"));

      CliRun login =
          CliRun.of(
              new TestContext().environment(env).build(),
              "login",
              "--base-url",
              server.url(),
              "--credentials",
              credentials.toString(),
              "--user-agent",
              "LoginTest/1.0 t@example.invalid");

      assertThat(login.exitCode()).isEqualTo(Outcome.NOT_AUTHENTICATED.exitCode);
      assertThat(server.requests()).hasSize(1);
      assertThat(String.valueOf(server.requests().get(0).header("Cookie")))
          .doesNotContain("device_of_elsewhere");
    }
  }

  @Test
  void aSessionSavedForAnotherServerIsNotSentToThisOne() throws IOException {
    run("login");
    try (VrchatSandbox other = VrchatSandbox.start()) {
      CliRun invite =
          CliRun.of(
              new TestContext().environment(Map.of()).build(),
              "invite",
              "--base-url",
              other.url(),
              "--credentials",
              credentials.toString(),
              "--user-agent",
              "LoginTest/1.0 t@example.invalid",
              "--group",
              GROUP,
              "--user",
              USER);

      assertThat(invite.exitCode()).isEqualTo(2);
      assertThat(invite.err())
          .contains("no credentials (the saved session is for " + sandbox.url())
          .contains("run 'vrchat-groups login'");
      assertThat(other.requests()).isEmpty();
    }
  }

  @Test
  void logoutWithoutASavedSessionSaysSoAndSucceeds() {
    CliRun logout = run("logout");

    assertThat(logout.exitCode()).isZero();
    assertThat(logout.out()).isEqualTo("Not logged in: there is no " + credentials + ".\n");
  }

  @Test
  void aLoginTheFirewallRefusesSaysWhatToFix() {
    sandbox.blockApplication("LoginTest");

    CliRun login = run("login");

    assertThat(login.exitCode()).isEqualTo(10);
    assertThat(login.err())
        .contains("login failed: blocked by VRChat's firewall")
        .contains("set --user-agent");
  }
}
