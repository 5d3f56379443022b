package dev.tradekit.intx.client;

import okhttp3.Interceptor;

/**
 * When a call's timeout runs out, on the client's {@link Ticker}. Taken when the call enters the
 * first interceptor of this client and carried as a request tag, so that later attempts and the
 * rate limiter measure against the same moment OkHttp's own call timer started from.
 */
final class CallDeadline {
  private final long nanoTime;
  private final boolean bounded;

  private CallDeadline(long nanoTime, boolean bounded) {
    this.nanoTime = nanoTime;
    this.bounded = bounded;
  }

  /** The deadline a request carries, or one starting now from the call's timeout. */
  static CallDeadline of(Interceptor.Chain chain, Ticker ticker) {
    CallDeadline tagged = chain.request().tag(CallDeadline.class);
    if (tagged != null) {
      return tagged;
    }
    long timeout = chain.call().timeout().timeoutNanos();
    return new CallDeadline(timeout == 0 ? 0 : ticker.nanoTime() + timeout, timeout != 0);
  }

  /** Nanoseconds left (negative when past); {@link Long#MAX_VALUE} when the call has no timeout. */
  long remainingNanos(Ticker ticker) {
    return bounded ? nanoTime - ticker.nanoTime() : Long.MAX_VALUE;
  }
}
