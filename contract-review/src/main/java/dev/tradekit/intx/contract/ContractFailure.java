package dev.tradekit.intx.contract;

/**
 * The review or the import refuses: the message says what and how to go on. It is a verdict, not
 * a bug, so it carries no stack trace (exec:java would print it under the message).
 */
public final class ContractFailure extends Exception {
  private static final long serialVersionUID = 1L;

  public ContractFailure(String message) {
    super(message, null, false, false);
  }
}
