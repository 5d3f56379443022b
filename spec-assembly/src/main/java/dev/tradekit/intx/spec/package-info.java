/**
 * Build tooling, never shipped: assembles the spec the client is generated from (the published
 * spec, the docs pages over it, the overlay's declared adaptations) and the operation table the
 * client checks calls against. {@link dev.tradekit.intx.spec.SpecAssembly} is the entry point.
 */
package dev.tradekit.intx.spec;
