package dev.tradekit.intx.simulator;

/** Serves one operation: returns the 200 body, or throws {@link ApiError}. */
@FunctionalInterface
interface Endpoint {
  Object serve(Call call);
}
