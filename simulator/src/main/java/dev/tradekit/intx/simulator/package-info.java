/**
 * An embedded INTX for tests, examples and the CLI demo: a real HTTP server on 127.0.0.1 that
 * checks signatures with its own code. Public: {@link dev.tradekit.intx.simulator.IntxSimulator}
 * and its builder, the JUnit 5 {@link dev.tradekit.intx.simulator.IntxSimulatorExtension} and the
 * demo data's ids; the handlers behind them are package-private.
 */
package dev.tradekit.intx.simulator;
