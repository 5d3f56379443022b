package dev.tradekit.intx.client;

/**
 * Where {@link SharedRateLimiter} keeps the permits of one API key: under {@code key}, each permit
 * with the time it frees up, on the store's own clock (one clock for every process). A permit is
 * in use until {@code leaseMicros} from its grant unless released earlier, so a process that dies
 * holding permits loses them only for that long. Every method throws a {@link RuntimeException}
 * when the store does not answer quickly; then the limiter falls back to a local limit.
 */
interface PermitStore {
  /**
   * Grants permit {@code id} if fewer than {@code ceiling} permits are in use or cooling down.
   *
   * @return 0 when granted; otherwise how many microseconds until asking again may succeed
   *     (at most {@code windowMicros}: a permit in use frees no sooner than a window after now)
   */
  long tryAcquire(String key, long id, int ceiling, long leaseMicros, long windowMicros);

  /** Permit {@code id} cools down: it frees {@code windowMicros} from now. */
  void release(String key, long id, long windowMicros);

  /** Permit {@code id} is free at once. */
  void discard(String key, long id);
}
