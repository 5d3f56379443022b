package dev.tradekit.intx.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tradekit.intx.simulator.IntxSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** One in-process run of the CLI: exit code and everything it printed. */
final class CliRun {
  final int exitCode;
  final String out;
  final String err;

  private CliRun(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
    assertNoSecrets(out + err);
  }

  static CliRun run(Map<String, String> environment, String... args) {
    return run(IntxCli.commandLine(environment), args);
  }

  static CliRun run(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** The simulator's demo secret and passphrase stand in for a user's: neither may be printed. */
  static void assertNoSecrets(String printed) {
    assertFalse(printed.contains(IntxSimulator.DEMO_SECRET), printed);
    assertFalse(printed.contains(IntxSimulator.DEMO_PASSPHRASE), printed);
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
