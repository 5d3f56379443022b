/**
 * Build tooling, never shipped: reviews a change (lint of the spec, openapi-diff of the spec, japicmp
 * of intx-generated-client and intx-client against the base's jars) and imports a new spec or docs
 * page; see contract-review/README.md. Public only for exec:java: ContractReview and SpecImport.
 */
package dev.tradekit.intx.contract;
