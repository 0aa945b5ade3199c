package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path of a cron job or a systemd service: the -cli jar in a process of its own whose locale is
 * {@code C}, so Java decodes the environment as ASCII, logging in with a non-ASCII password from
 * {@code VRCHAT_PASSWORD}. The password's bytes are written by {@code printf}, so they reach the
 * process as UTF-8 whatever this JVM's own locale is.
 */
class LoginWithoutAUtf8LocaleIT {
  private static final String USER = "usr_00000000-0000-4000-8000-00000000ad01";

  @Test
  void aNonAsciiPasswordFromTheEnvironmentLogsInUnderTheCLocale(@TempDir Path dir)
      throws IOException, InterruptedException {
    try (VrchatSandbox sandbox =
        VrchatSandbox.start().addAccount("groupbot", "s3cret:p\u00e4ssw\u00f6rd", USER, "Bot")) {
      ProcessBuilder builder =
          new ProcessBuilder(
              List.of(
                  "sh",
                  "-c",
                  "VRCHAT_PASSWORD=\"$(printf 's3cret:p\\303\\244ssw\\303\\266rd')\" exec \"$@\"",
                  "sh",
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-jar",
                  System.getProperty("sdk.cli.jar"),
                  "login",
                  "--base-url",
                  sandbox.url(),
                  "--username",
                  "groupbot",
                  "--credentials",
                  dir.resolve("credentials.json").toString(),
                  "--user-agent",
                  "LocaleTest/1.0 t@example.invalid"));
      Map<String, String> env = builder.environment();
      env.keySet().removeIf(name -> name.startsWith("LC_") || name.startsWith("VRCHAT_"));
      env.put("LANG", "C");
      env.put("LC_ALL", "C");
      Process login = builder.redirectErrorStream(true).start();
      String output = new String(login.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(login.waitFor(60, TimeUnit.SECONDS)).isTrue();

      assertThat(login.exitValue()).as(output).isZero();
      assertThat(output).contains("Logged in as Bot (" + USER + ")");
    }
  }
}
