package dev.tradekit.intx.cli;

/** The CLI's exit codes, as documented in the README. */
final class ExitCode {
  static final int OK = 0;
  /** Bad usage or input: nothing was sent. */
  static final int USAGE = 2;
  /** The exchange rejected the request (4xx). */
  static final int REJECTED = 3;
  /** Server error, timeout, transport failure or malformed response. */
  static final int FAILED = 4;

  private ExitCode() {}
}
