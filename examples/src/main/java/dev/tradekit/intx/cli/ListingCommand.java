package dev.tradekit.intx.cli;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A command that prints a list of records in the chosen format, every page of it. */
abstract class ListingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Option(names = "--format", paramLabel = "json|jsonl|csv", description = "Output format (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.json;

  final Map<String, String> environment;

  ListingCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  /** The records to print, fetched lazily where the operation is paged. */
  abstract Iterator<?> records() throws Exception;

  @Override
  public Integer call() throws Exception {
    Iterator<?> records = records();
    new RecordWriter(format, spec.commandLine().getOut())
        .writeAll(records, RecordWriter.Progress.onTerminal(spec.commandLine().getErr()));
    return ExitCode.OK;
  }
}
