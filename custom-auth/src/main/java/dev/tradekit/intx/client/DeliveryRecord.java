package dev.tradekit.intx.client;

/**
 * A request tag that remembers whether an attempt of the call may have reached the server without
 * its answer reaching us. {@link LostCancelInterceptor} attaches it; {@link DeliveryWatchInterceptor}
 * marks it. One per call, so a plain volatile flag is enough.
 */
final class DeliveryRecord {
  private volatile boolean mayHaveBeenDelivered;

  void markMayHaveBeenDelivered() {
    mayHaveBeenDelivered = true;
  }

  boolean mayHaveBeenDelivered() {
    return mayHaveBeenDelivered;
  }
}
