package io.github.vrchatgroups.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vrchatgroups.client.auth.TwoFactorPrompt;
import io.github.vrchatgroups.client.auth.VrchatLogin;
import io.github.vrchatgroups.client.errors.ApiConnectionException;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import io.github.vrchatgroups.client.testing.FaultInjectingServer;
import io.github.vrchatgroups.client.testing.FaultInjectingServer.Fault;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One connection configuration for the client and the login, and the pool they share. */
class VrchatOptionsTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
  private static final String AGENT = "OptionsTest/1.0 t@example.invalid";

  @Test
  void optionsBuiltUnchangedFromToBuilderAreTheSameValue() {
    VrchatOptions options = VrchatOptions.builder().userAgent(AGENT).build();

    assertThat(options.toBuilder().build()).isSameAs(options);
    VrchatOptions slower = options.toBuilder().readTimeout(Duration.ofMinutes(1)).build();
    assertThat(slower).isNotSameAs(options);
    assertThat(slower.readTimeout()).isEqualTo(Duration.ofMinutes(1));
    assertThat(slower.userAgent()).isEqualTo(AGENT);
    assertThat(slower.baseUrl()).isEqualTo(VrchatOptions.DEFAULT_BASE_URL);
  }

  @Test
  void everySettingSurvivesToBuilder() {
    TimeSource frozen =
        new TimeSource() {
          @Override
          public long nanoTime() {
            return 7;
          }

          @Override
          public java.time.Instant now() {
            return java.time.Instant.EPOCH;
          }

          @Override
          public void sleep(Duration duration) {}
        };
    VrchatOptions options =
        VrchatOptions.builder()
            .userAgent(AGENT)
            .baseUrl("http://10.0.0.1:8080/api/1")
            .allowInsecureHttp(true)
            .logLevel(HttpLogLevel.BASIC)
            .timeSource(frozen)
            .build();

    VrchatOptions copy = options.toBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    assertThat(copy.allowInsecureHttp()).isTrue();
    assertThat(copy.baseUrl()).isEqualTo("http://10.0.0.1:8080/api/1");
    assertThat(copy.logLevel()).isEqualTo(HttpLogLevel.BASIC);
    assertThat(copy.timeSource()).isSameAs(frozen);
    assertThat(VrchatOptions.builder().userAgent(AGENT).build().allowInsecureHttp()).isFalse();
    assertThat(TimeSource.SYSTEM.now())
        .isCloseTo(
            java.time.Instant.now(),
            org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));
  }

  @Test
  void optionsAreCheckedOnceWhenBuiltNamingTheSetting() {
    assertThatThrownBy(() -> VrchatOptions.builder().build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("userAgent is required");
    assertThatThrownBy(
            () -> VrchatOptions.builder().userAgent(AGENT).baseUrl("http://example.com").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("baseUrl uses plain http to example.com");
    assertThatThrownBy(() -> VrchatGroupsClient.builder().options(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("options must not be null");
  }

  @Test
  void oneLoginGivesAClientWithItsOptionsAndPoolThatOutlivesTheLogin() throws IOException {
    try (VrchatSandbox sandbox =
        VrchatSandbox.start().addAccount("bot", "pw", USER, "Bot").addMember(GROUP, USER)) {
      VrchatOptions options =
          VrchatOptions.builder().baseUrl(sandbox.url()).userAgent(AGENT).build();
      VrchatGroupsClient client;
      try (VrchatLogin login = VrchatLogin.create(options)) {
        client = login.client(login.login("bot", "pw".toCharArray(), TwoFactorPrompt.NONE));
      }

      assertThat(client.listInvites(GROUP)).isEmpty();
      client.close();
      ApiConnectionException closed =
          catchThrowableOfType(ApiConnectionException.class, () -> client.listInvites(GROUP));
      assertThat(closed.requestMayHaveBeenSent()).isFalse();
    }
  }

  @Test
  void theLoginHonoursTheRetryListenerAndTheRetryPolicyOfTheOptions() throws IOException {
    List<Integer> retried = new ArrayList<>();
    try (FaultInjectingServer server = FaultInjectingServer.start()) {
      server.enqueue(
          Fault.response(429, Map.of("Retry-After", "0"), ""),
          Fault.withHeaderLines(
              200, List.of("Set-Cookie: auth=authcookie_ok"), "{\"id\":\"" + USER + "\"}"));
      VrchatOptions options =
          VrchatOptions.builder()
              .baseUrl(server.url())
              .userAgent(AGENT)
              .retryListener((failure, attempt, wait) -> retried.add(failure.getStatusCode()))
              .build();

      try (VrchatLogin login = VrchatLogin.create(options)) {
        assertThat(login.login("bot", "pw".toCharArray(), TwoFactorPrompt.NONE).authToken())
            .isEqualTo("authcookie_ok");
      }

      assertThat(retried).containsExactly(429);
      assertThat(server.requests()).hasSize(2);
    }
  }

  @Test
  void aClientNeverShowsItsCookieButShowsWhereItGoes() {
    VrchatGroupsClient client =
        VrchatGroupsClient.builder()
            .options(VrchatOptions.builder().userAgent(AGENT).build())
            .authCookie("authcookie_s3cret")
            .build();

    assertThat(client.toString()).contains(VrchatOptions.DEFAULT_BASE_URL).doesNotContain("s3cret");
  }

  @Test
  void theSystemTimeSourceSleepsOnTheCallingThreadSoAnInterruptEndsTheWait() {
    Thread.currentThread().interrupt();

    assertThatThrownBy(() -> TimeSource.SYSTEM.sleep(Duration.ofDays(1)))
        .isInstanceOf(InterruptedException.class);
    assertThat(Thread.interrupted()).isFalse();
  }
}
