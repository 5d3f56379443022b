package dev.tradekit.intx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
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
    System.exit(commandLine(System.getenv()).execute(args));
  }

  /** The command line with its subcommands, reading credentials from {@code environment}. */
  static CommandLine commandLine(Map<String, String> environment) {
    return new CommandLine(new IntxCli())
        .addSubcommand(new ReadCommands.Portfolios(environment))
        .addSubcommand(new ReadCommands.Balances(environment))
        .addSubcommand(new ReadCommands.Positions(environment))
        .addSubcommand("orders", OrdersCommand.commandLine(environment))
        .addSubcommand(new ReadCommands.Instruments(environment))
        .addSubcommand(new ReadCommands.Assets(environment))
        .addSubcommand(new CancelOrderCommand(environment))
        .addSubcommand(new DemoCommand())
        .addSubcommand(new SimulatorCommand())
        .setExecutionExceptionHandler(new FailureReporter());
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = IntxCli.class.getResourceAsStream("intx-cli.properties")) {
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"intx-cli " + properties.getProperty("version"), "Java " + Runtime.version()};
    }
  }
}
