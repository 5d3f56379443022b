package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);

  @Test
  void secondsAndHttpDates() {
    assertEquals(Duration.ofSeconds(0), RetryAfter.parse("0", CLOCK));
    assertEquals(Duration.ofSeconds(120), RetryAfter.parse(" 120 ", CLOCK));
    assertEquals(Duration.ofSeconds(30), RetryAfter.parse("Fri, 27 Nov 2026 08:00:30 GMT", CLOCK));
    assertEquals(Duration.ZERO, RetryAfter.parse("Fri, 27 Nov 2026 07:00:00 GMT", CLOCK));
  }

  @Test
  void unreadableValuesAreIgnored() {
    assertNull(RetryAfter.parse(null, CLOCK));
    assertNull(RetryAfter.parse(" ", CLOCK));
    assertNull(RetryAfter.parse("-1", CLOCK));
    assertNull(RetryAfter.parse("1.5", CLOCK));
    assertNull(RetryAfter.parse("soon", CLOCK));
  }

  @Test
  void hugeValuesAreBounded() {
    assertEquals(RetryAfter.MAX, RetryAfter.parse("2147483648", CLOCK));
    assertEquals(RetryAfter.MAX, RetryAfter.parse("99999999999999999999999999", CLOCK));
    assertEquals(RetryAfter.MAX, RetryAfter.parse("Fri, 31 Dec 9999 23:59:59 GMT", CLOCK));
    assertEquals(RetryAfter.MAX, RetryAfter.parse(Long.toString(RetryAfter.MAX.getSeconds() + 1), CLOCK));
    assertEquals(RetryAfter.MAX.minusSeconds(1), RetryAfter.parse(Long.toString(RetryAfter.MAX.getSeconds() - 1), CLOCK));
  }
}
