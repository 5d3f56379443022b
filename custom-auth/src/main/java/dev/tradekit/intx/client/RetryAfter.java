package dev.tradekit.intx.client;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} header: delay-seconds or an HTTP date. */
final class RetryAfter {
  /**
   * A longer delay is read as this one: no client waits a day, and bounded values keep the
   * arithmetic on them safe (a header of 2147483648 or of 30 digits is still "a long time").
   */
  static final Duration MAX = Duration.ofDays(1);

  private RetryAfter() {}

  /** The delay the header asks for, at most {@link #MAX}; null when absent or unreadable. */
  static Duration parse(String header, Clock clock) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // Digits only: seconds. More than 18 digits would overflow a long; any such value is past MAX.
      return value.length() > 18 ? MAX : bounded(Duration.ofSeconds(Long.parseLong(value)));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration delay = Duration.between(clock.instant(), at.toInstant());
      return delay.isNegative() ? Duration.ZERO : bounded(delay);
    } catch (DateTimeParseException notDate) {
      return null;
    }
  }

  private static Duration bounded(Duration delay) {
    return delay.compareTo(MAX) > 0 ? MAX : delay;
  }
}
