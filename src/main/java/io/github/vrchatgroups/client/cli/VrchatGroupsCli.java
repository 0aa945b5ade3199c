package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.internal.SdkVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vrchat-groups} command line: {@code invite} one user or a list, and {@code sandbox} to
 * serve the embedded sandbox. Exit codes: 0 done; 1 a batch left users unfinished (run it again to
 * resume); 2 usage error; 3 already a member; 4 already invited; 5 can't invite; 6 group not found;
 * 7 not authenticated; 8 rate limited; 9 any other failure.
 */
@Command(
    name = "vrchat-groups",
    mixinStandardHelpOptions = true,
    versionProvider = VrchatGroupsCli.Version.class,
    description = "Invite users to a VRChat group, safely paced and resumable.")
public final class VrchatGroupsCli {

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(commandLine(new InviteCommand()).execute(args));
  }

  static CommandLine commandLine(InviteCommand invite) {
    return new CommandLine(new VrchatGroupsCli())
        .addSubcommand("invite", invite)
        .addSubcommand("sandbox", new SandboxCommand());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"vrchat-groups " + SdkVersion.VERSION};
    }
  }
}
