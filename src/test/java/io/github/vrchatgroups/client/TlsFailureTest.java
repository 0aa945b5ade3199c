package io.github.vrchatgroups.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vrchatgroups.client.errors.ApiConnectionException;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An https base URL to a server that speaks plain http: the handshake fails, nothing was sent. */
class TlsFailureTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";

  private VrchatSandbox sandbox;

  @BeforeEach
  void start() throws IOException {
    sandbox = VrchatSandbox.start().addGroup(GROUP).acceptAuthToken("authcookie_tls");
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void aHandshakeWithAPlainHttpPortEndsWithTheConnectTimeoutAndSaysNothingWasSent() {
    try (VrchatGroupsClient client =
        VrchatGroupsClient.builder()
            .baseUrl(sandbox.url().replace("http://", "https://"))
            .userAgent("TlsTest/1.0 t@example.invalid")
            .authCookie("authcookie_tls")
            .connectTimeout(java.time.Duration.ofSeconds(1))
            .maxRetries(0)
            .build()) {
      ApiConnectionException failure =
          catchThrowableOfType(
              ApiConnectionException.class, () -> client.inviteUserLiftingBan(GROUP, USER));

      assertThat(failure.requestMayHaveBeenSent()).isFalse();
      assertThat(failure.getCause())
          .isNotInstanceOf(SocketTimeoutException.class)
          .hasMessageContaining("does the port speak plain http?");
    }
    assertThat(sandbox.sentInvites()).isEmpty();
  }
}
