package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vrchatgroups.client.errors.ApiConnectionException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The connection a command opens from its flags, and what closing it releases. */
class ConnectionOptionsTest {
  @Test
  void closingASandboxConnectionClosesItsClientAndStopsItsEmbeddedSandbox() throws Exception {
    ConnectionOptions options = CommandLine.populateCommand(new ConnectionOptions(), "--sandbox");
    ConnectionOptions.Connection connection =
        options.open(Map.of(), new PrintWriter(new StringWriter()), null);
    URI sandbox = URI.create(connection.embedded().url());
    assertThat(connection.client().listInvites(BatchSandbox.GROUP, 1, 0)).isNotNull();

    connection.close();

    assertThatThrownBy(() -> connection.client().listInvites(BatchSandbox.GROUP, 1, 0))
        .isInstanceOf(ApiConnectionException.class);
    try (Socket socket = new Socket()) {
      assertThatThrownBy(
              () ->
                  socket.connect(new InetSocketAddress(sandbox.getHost(), sandbox.getPort()), 2000))
          .as("the embedded sandbox no longer listens")
          .isInstanceOf(ConnectException.class);
    }
  }
}
