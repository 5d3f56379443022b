package dev.tradekit.intx.cli;

import dev.tradekit.intx.client.IntxError;
import dev.tradekit.intx.client.IntxHttpException;
import dev.tradekit.intx.client.ServerText;
import dev.tradekit.intx.client.UncheckedIntxException;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one line on stderr and an exit code; the stack trace only with
 * {@code --verbose}. Messages come from the client's exceptions, which never carry secrets. Every
 * message printed passes through {@link ServerText#forDisplay(String)}: it may quote the server.
 */
final class FailureReporter implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception thrown, CommandLine command, ParseResult parsed) {
    // A page of a paged export fails as an unchecked wrapper around the call's IntxException.
    Exception e = thrown instanceof UncheckedIntxException ? ((UncheckedIntxException) thrown).getCause() : thrown;
    PrintWriter err = command.getErr();
    int code = exitCodeOf(e);
    String message = ServerText.forDisplay(e.getMessage());
    if (code == ExitCode.REJECTED) {
      IntxHttpException http = (IntxHttpException) e;
      err.println("error: the exchange rejected the request: " + message);
      http.error().flatMap(IntxError::code).ifPresent(reason -> err.println("reason code: " + ServerText.forDisplay(reason)));
    } else if (e instanceof IllegalArgumentException) {
      err.println("error: " + message + " (nothing was sent)");
    } else {
      err.println("error: " + message);
    }
    if (command.getParseResult().hasMatchedOption("--verbose")) {
      printStackTrace(e, err);
    }
    err.flush();
    return code;
  }

  /**
   * Like {@link Throwable#printStackTrace(PrintWriter)}, but each message is one safe line: a
   * cause may quote the server (OkHttp's "Unexpected status line: ..."). Suppressed exceptions
   * are named without their frames.
   */
  static void printStackTrace(Throwable thrown, PrintWriter err) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    String prefix = "";
    for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
      err.println(prefix + describe(t));
      for (StackTraceElement frame : t.getStackTrace()) {
        err.println("\tat " + frame);
      }
      for (Throwable suppressed : t.getSuppressed()) {
        err.println("\tSuppressed: " + describe(suppressed));
      }
      prefix = "Caused by: ";
    }
  }

  private static String describe(Throwable t) {
    String message = t.getLocalizedMessage();
    return t.getClass().getName() + (message == null ? "" : ": " + ServerText.forDisplay(message));
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
