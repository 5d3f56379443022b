/**
 * Build tooling, never shipped: reviews a spec change (lint, spec diff, Java API diff of the
 * generated client) and imports a new spec or docs page; see contract-review/README.md.
 */
package dev.tradekit.intx.contract;
