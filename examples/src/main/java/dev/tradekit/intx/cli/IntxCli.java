package dev.tradekit.intx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code intx-cli}: read portfolios, balances, positions, fills and transfers, manage orders, run the demo, or serve the simulator. */
@Command(
    name = "intx-cli",
    description = "Command-line client for the Coinbase International Exchange (INTX) REST API (unofficial).",
    mixinStandardHelpOptions = true,
    versionProvider = IntxCli.Version.class,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "2:bad usage or input, nothing sent",
      "3:the exchange rejected the request (4xx)",
      "4:server error, timeout, transport failure or malformed response"
    })
public final class IntxCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // Answered before picocli builds anything: a command line costs several times a bare JVM start.
    if (isVersionRequest(args)) {
      for (String line : versionLines()) {
        System.out.println(line);
      }
      System.exit(ExitCode.OK);
    }
    System.exit(commandLine(System.getenv(), args).execute(args));
  }

  private static boolean isVersionRequest(String[] args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  /** The command line with all its subcommands, reading credentials from {@code environment}. */
  static CommandLine commandLine(Map<String, String> environment) {
    return commandLine(environment, new String[0]);
  }

  /**
   * The command line for {@code args}: when they name a command, only that command is built, so a
   * run does not pay for reflecting over every other one; {@code --version} builds none; otherwise
   * (help, a typo) all.
   */
  static CommandLine commandLine(Map<String, String> environment, String[] args) {
    CommandLine line = new CommandLine(new IntxCli()).setExecutionExceptionHandler(new FailureReporter());
    if (isVersionRequest(args)) {
      return line;
    }
    Map<String, Supplier<Object>> commands = commands(environment);
    Supplier<Object> named = args.length > 0 ? commands.get(args[0]) : null;
    if (named != null) {
      return line.addSubcommand(args[0], named.get());
    }
    commands.forEach((name, command) -> line.addSubcommand(name, command.get()));
    return line;
  }

  /** Every command by name, in the order the help lists them. */
  private static Map<String, Supplier<Object>> commands(Map<String, String> environment) {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("portfolios", () -> new ReadCommands.Portfolios(environment));
    commands.put("balances", () -> new ReadCommands.Balances(environment));
    commands.put("positions", () -> new ReadCommands.Positions(environment));
    commands.put("fills", () -> new PagedCommands.Fills(environment));
    commands.put("transfers", () -> new PagedCommands.Transfers(environment));
    commands.put("orders", () -> OrdersCommand.commandLine(environment));
    commands.put("instruments", () -> new ReadCommands.Instruments(environment));
    commands.put("assets", () -> new ReadCommands.Assets(environment));
    // The cancel path's original command: the same as `orders cancel`.
    commands.put("cancel-order", () -> new CommandLine(new OrdersCommand.Cancel(environment)).setCommandName("cancel-order"));
    commands.put("demo", DemoCommand::new);
    commands.put("simulator", SimulatorCommand::new);
    return commands;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return versionLines();
    }
  }

  static String[] versionLines() {
    Properties properties = new Properties();
    try (InputStream in = IntxCli.class.getResourceAsStream("intx-cli.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The text of Runtime.version(), without the lambdas that parsing it costs on a cold JVM.
    return new String[] {"intx-cli " + properties.getProperty("version"), "Java " + System.getProperty("java.runtime.version")};
  }
}
