/**
 * {@code intx-cli}: one picocli command per task (portfolios, balances, positions, fills,
 * transfers, orders, instruments, assets, the demo and the simulator), built on the client's
 * public API only. {@link dev.tradekit.intx.cli.IntxCli} is the entry point.
 */
package dev.tradekit.intx.cli;
