package dev.tradekit.intx.client;

/**
 * A request tag that remembers whether an attempt of the call may have reached the server without
 * its answer reaching us: it failed after its connection was up (the {@link WriteMarker} says so),
 * or it got a 5xx. {@link LostCancelInterceptor} attaches it; {@link RetryInterceptor}, which sees
 * every attempt, marks it. One per call, so a plain volatile flag is enough.
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
