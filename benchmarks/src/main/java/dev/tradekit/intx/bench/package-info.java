/**
 * Build tooling, never shipped: JMH micro-benchmarks and the interleaved A/B harness
 * ({@link dev.tradekit.intx.bench.InterleavedAB}); results and commands are in BENCHMARKS.md.
 */
package dev.tradekit.intx.bench;
