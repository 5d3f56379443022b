package dev.tradekit.intx.cli;

import dev.tradekit.intx.client.IntxHttpException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one line on stderr and an exit code; the stack trace only with
 * {@code --verbose}. Messages come from the client's exceptions, which never carry secrets.
 */
final class FailureReporter implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    int code = exitCodeOf(e);
    if (code == ExitCode.REJECTED) {
      IntxHttpException http = (IntxHttpException) e;
      err.println("error: the exchange rejected the request: " + http.getMessage());
      http.error().flatMap(error -> error.code()).ifPresent(reason -> err.println("reason code: " + reason));
    } else if (e instanceof IllegalArgumentException) {
      err.println("error: " + e.getMessage() + " (nothing was sent)");
    } else {
      err.println("error: " + e.getMessage());
    }
    if (command.getParseResult().hasMatchedOption("--verbose")) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  static int exitCodeOf(Exception e) {
    if (e instanceof IllegalArgumentException) {
      return ExitCode.USAGE;
    }
    if (e instanceof IntxHttpException) {
      int status = ((IntxHttpException) e).statusCode();
      return status >= 400 && status < 500 ? ExitCode.REJECTED : ExitCode.FAILED;
    }
    // IntxException (server, timeout, transport, malformed response) and anything unexpected.
    return ExitCode.FAILED;
  }
}
