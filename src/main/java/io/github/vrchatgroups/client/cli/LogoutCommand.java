package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.auth.VrchatLogin;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code logout}: ends the saved session at VRChat and deletes the credentials file. */
@Command(
    name = "logout",
    mixinStandardHelpOptions = true,
    description = "End the saved session and delete the credentials file.")
final class LogoutCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  LogoutCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    CredentialsStore store = connection.store(context.environment());
    var saved = store.read();
    if (saved.isEmpty()) {
      out.println("Not logged in: there is no " + store.file() + ".");
      return 0;
    }
    connection.baseUrl = saved.get().server();
    try (VrchatLogin login = connection.login()) {
      login.logout(saved.get().session());
    } catch (UnauthorizedException alreadyOver) {
      // The session had ended already: deleting the file is all that is left to do.
    }
    store.delete();
    out.println("Logged out; " + store.file() + " is deleted.");
    return 0;
  }
}
