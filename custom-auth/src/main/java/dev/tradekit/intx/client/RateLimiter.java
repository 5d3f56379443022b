package dev.tradekit.intx.client;

/**
 * Decides when a request may be sent: at most a number of requests in any sliding second, with
 * some of them kept for cancels, so that a cancel never waits behind reads. {@link
 * LocalRateLimiter} counts this client's requests; {@link SharedRateLimiter} counts every client
 * on the API key, in any process, through Redis or Hazelcast.
 */
interface RateLimiter {
  /**
   * A permit to send one request, waiting for it less than {@code maxWaitNanos} ({@link
   * Long#MAX_VALUE}: no limit); null, without waiting in vain, as soon as none can come in time.
   *
   * @param cancel true for a cancel, which may also take the permits kept for cancels
   */
  Permit acquire(boolean cancel, long maxWaitNanos) throws InterruptedException;

  /** One request's permit; exactly one of its methods is called, once. */
  interface Permit {
    /** The request's answer or failure is in: the permit cools down for a second from now. */
    void release();

    /** The request never reached the server: the permit is free at once. */
    void unused();
  }
}
