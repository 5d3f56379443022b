package dev.tradekit.intx.simulator;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Undertow, XNIO and JBoss Threads log their versions and every start and stop at INFO through
 * java.util.logging unless something else is configured. The simulator lowers those three loggers
 * to WARNING, and only when the application has not set a level on them itself; no system property
 * is involved.
 */
final class ServerLogs {
  /** Strong references: java.util.logging keeps loggers only weakly, and would forget the level. */
  private static final List<Logger> QUIETED = quiet("io.undertow", "org.xnio", "org.jboss.threads");

  private ServerLogs() {}

  /** Initializes this class, which quiets the loggers once; {@link #QUIETED} keeps them. */
  static void quiet() {
    // Calling a static method runs the class initializer; nothing else to do.
  }

  private static List<Logger> quiet(String... names) {
    List<Logger> loggers = new java.util.ArrayList<>();
    for (String name : names) {
      Logger logger = Logger.getLogger(name);
      if (logger.getLevel() == null) {
        logger.setLevel(Level.WARNING);
      }
      loggers.add(logger);
    }
    return List.copyOf(loggers);
  }
}
