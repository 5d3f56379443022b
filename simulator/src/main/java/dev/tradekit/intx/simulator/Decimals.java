package dev.tradekit.intx.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decimal strings as INTX sends them: plain notation, fixed scale. */
final class Decimals {
  private Decimals() {}

  static String of(double value, int scale) {
    return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
  }

  static BigDecimal parse(String value, String field) {
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("invalid " + field + ": " + value);
    }
  }

  /** A positive decimal, or a 400 naming the field. */
  static BigDecimal positive(String value, String field) {
    BigDecimal decimal = parse(value, field);
    if (decimal.signum() <= 0) {
      throw ApiError.badRequest("invalid " + field + ": must be positive");
    }
    return decimal;
  }
}
