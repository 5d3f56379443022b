package dev.tradekit.intx.simulator;

import java.util.SplittableRandom;
import java.util.UUID;

/** UUIDs that depend only on a name and the seed: the same name, the same UUID, on every run. */
final class Ids {
  private Ids() {}

  /** A version-4-shaped UUID drawn from the seed and {@code name}. */
  static UUID uuid(String name) {
    SplittableRandom random = new SplittableRandom(SeedData.SEED * 31 + name.hashCode());
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }
}
