package io.github.vrchatgroups.client.cli;

import io.github.vrchatgroups.client.VrchatOptions;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import io.github.vrchatgroups.client.internal.SdkVersion;
import java.io.PrintWriter;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vrchat-groups} command line: {@code login} and {@code logout}, {@code invite} one user
 * or a list, {@code list}, {@code cancel} and {@code decline} invites, {@code check} the set-up,
 * and {@code sandbox} to serve the embedded sandbox. Exit codes are documented in the README; 2 is
 * a usage mistake, 130 an interrupted batch.
 */
@Command(
    name = "vrchat-groups",
    mixinStandardHelpOptions = true,
    versionProvider = VrchatGroupsCli.Version.class,
    description = "Invite users to a VRChat group, safely paced and resumable.")
public final class VrchatGroupsCli {
  private VrchatGroupsCli() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    run(args, CliContext.real(), ShutdownHooks.runtime()).ifPresent(System::exit);
  }

  /**
   * Runs one command with a stop hook installed for its duration. Returns its exit code, or empty
   * when Ctrl-C or SIGTERM arrived: the JVM is shutting down then, and the hook decides the code.
   */
  static OptionalInt run(String[] args, CliContext context, ShutdownHooks hooks) {
    CountDownLatch finished = new CountDownLatch(1);
    Thread stopper =
        new Thread(() -> onStopSignal(context, finished, hooks.halt()), "vrchat-groups-stop");
    hooks.add().accept(stopper);
    int exitCode = commandLine(context).execute(args);
    finished.countDown();
    if (context.stopRequested().get()) {
      return OptionalInt.empty();
    }
    hooks.remove().accept(stopper);
    return OptionalInt.of(exitCode);
  }

  /**
   * Where the stop hook goes and how it ends the JVM; {@link #runtime()} is the process's, tests
   * pass their own.
   */
  record ShutdownHooks(Consumer<Thread> add, Consumer<Thread> remove, IntConsumer halt) {
    static ShutdownHooks runtime() {
      Runtime runtime = Runtime.getRuntime();
      return new ShutdownHooks(
          runtime::addShutdownHook, runtime::removeShutdownHook, runtime::halt);
    }
  }

  /**
   * What Ctrl-C or SIGTERM does: asks the command to stop; while a batch runs, waits for its invite
   * in flight to be journaled and its summary written ({@code finished}), then exits 130. Anything
   * else (a prompt, a single call) just ends, as the JVM does on a signal.
   */
  static void onStopSignal(CliContext context, CountDownLatch finished, IntConsumer exit) {
    context.stopRequested().set(true);
    if (!context.batchRunning().get()) {
      return;
    }
    try {
      if (finished.await(2, TimeUnit.MINUTES)) {
        exit.accept(BatchRun.INTERRUPTED);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static CommandLine commandLine(CliContext context) {
    return commandLine(context, Prompter.console());
  }

  static CommandLine commandLine(CliContext context, java.util.Optional<Prompter> prompter) {
    CommandLine commandLine =
        new CommandLine(new VrchatGroupsCli())
            .addSubcommand("invite", new InviteCommand(context))
            .addSubcommand("list", new ListCommand(context))
            .addSubcommand("cancel", new CancelCommand(context))
            .addSubcommand("decline", new DeclineCommand(context))
            .addSubcommand("requests", RequestsCommand.commandLine(context))
            .addSubcommand("report", new ReportCommand(context))
            .addSubcommand("check", new CheckCommand(context))
            .addSubcommand("login", new LoginCommand(context, prompter))
            .addSubcommand("logout", new LogoutCommand(context))
            .addSubcommand("sandbox", new SandboxCommand(context));
    commandLine.setParameterExceptionHandler(
        (problem, args) -> {
          CommandLine command = problem.getCommandLine();
          command
              .getErr()
              .println(
                  "vrchat-groups: " + UsageProblem.describe(problem, args) + helpHint(command));
          return CliException.USAGE;
        });
    // Completion for bash and zsh, from the live command tree (so it sees every subcommand added
    // above): vrchat-groups generate-completion > vrchat-groups_completion; source it.
    CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
    completion.getCommandSpec().usageMessage().hidden(true);
    commandLine.addSubcommand("generate-completion", completion);
    commandLine.addSubcommand("generate-man-pages", new ManPages());
    ExitCodes.listIn(commandLine);
    // login writes the credentials file: an auth file to read a cookie from means nothing to it.
    CommandLine.Model.CommandSpec login =
        commandLine.getSubcommands().get("login").getCommandSpec();
    login.remove(login.findOption("--auth-file"));
    commandLine.setExecutionExceptionHandler(VrchatGroupsCli::handle);
    return commandLine;
  }

  /**
   * The one error path of every command: a usage mistake, or a failure of the SDK, becomes one line
   * (and what to fix, if anything) on stderr and the exit code of its {@link FailureReport}. Never
   * a stack trace for something the user can act on.
   */
  private static int handle(Exception failure, CommandLine line, CommandLine.ParseResult parsed)
      throws Exception {
    PrintWriter err = line.getErr();
    if (failure instanceof CliException) {
      int exitCode = ((CliException) failure).exitCode;
      err.println(
          "vrchat-groups: "
              + failure.getMessage()
              + (exitCode == CliException.USAGE ? helpHint(line) : ""));
      return exitCode;
    }
    String subject = "";
    Throwable cause = failure;
    if (failure instanceof FailedFor) {
      subject = ((FailedFor) failure).subject + ": ";
      cause = failure.getCause();
    }
    if (!(cause instanceof VrchatApiException)) {
      throw failure;
    }
    String server = server(line);
    FailureReport report =
        line.getCommandName().equals("login")
            ? FailureReport.ofLogin((VrchatApiException) cause, server)
            : FailureReport.of((VrchatApiException) cause, server);
    boolean login = line.getCommandName().equals("login");
    err.println(
        login
            ? "login failed: "
                + (report.outcome() == Outcome.NOT_AUTHENTICATED ? report.detail() : report.line())
            : subject + report.line());
    if (report.fix() != null) {
      err.println(report.fix());
    }
    return report.outcome().exitCode;
  }

  /** Where to read more: {@code (see requests accept --help)}, the command's whole name. */
  static String helpHint(CommandLine command) {
    String name = command.getCommandSpec().qualifiedName(" ");
    String root = "vrchat-groups ";
    return " (see " + (name.startsWith(root) ? name.substring(root.length()) : name) + " --help)";
  }

  /** The server the failed command talked to, as its options name it. */
  private static String server(CommandLine line) {
    Object connection =
        line.getCommandSpec().mixins().get("connection") == null
            ? null
            : line.getCommandSpec().mixins().get("connection").userObject();
    return connection instanceof ConnectionOptions
        ? ((ConnectionOptions) connection).server()
        : VrchatOptions.DEFAULT_BASE_URL;
  }

  /** A failure about one subject, such as the user of a single invite. */
  static final class FailedFor extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String subject;

    FailedFor(String subject, VrchatApiException cause) {
      super(cause.getMessage(), cause, false, false);
      this.subject = subject;
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"vrchat-groups " + SdkVersion.VERSION};
    }
  }
}
