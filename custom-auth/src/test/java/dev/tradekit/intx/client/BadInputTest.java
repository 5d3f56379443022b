package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BadInputTest extends MockExchange {

  static Stream<Arguments> badIds() {
    return Stream.of(
        Arguments.of(null, "id is required"),
        Arguments.of("", "id must not be empty or blank"),
        Arguments.of("   ", "id must not be empty or blank"),
        Arguments.of("\t", "id must not be empty or blank"),
        Arguments.of("\u00a0", "id must not be empty or blank"),
        Arguments.of("\u200b\u200b", "id must not be empty or blank"),
        Arguments.of("\u00a0\u2007\u202f\ufeff", "id must not be empty or blank"),
        Arguments.of("abc\n123", "id must not contain control characters"),
        Arguments.of("abc\u0000", "id must not contain control characters"),
        Arguments.of("abc\u007f", "id must not contain control characters"),
        Arguments.of(".", "id must not be '.' or '..'"),
        Arguments.of("..", "id must not be '.' or '..'"),
        Arguments.of("a\uD800b", "id is not valid Unicode (unpaired surrogate)"),
        Arguments.of("a\uD800", "id is not valid Unicode (unpaired surrogate)"),
        Arguments.of("\uD800\uD800", "id is not valid Unicode (unpaired surrogate)"),
        Arguments.of("a\uDE00b", "id is not valid Unicode (unpaired surrogate)"),
        Arguments.of("\uD83D\uDE00\uDE00", "id is not valid Unicode (unpaired surrogate)"),
        Arguments.of("x".repeat(257), "id is longer than 256 characters"));
  }

  @ParameterizedTest
  @MethodSource("badIds")
  void aBadIdIsRejectedBeforeAnythingIsSent(String id, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> client.orders().cancelOrder(id, "5189861793641175"));

    assertEquals(message, e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  /** A surrogate pair is one character: sent, UTF-8 encoded. */
  @Test
  void anIdWithACharacterOutsideTheBasicPlaneIsSent() throws Exception {
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    client.orders().cancelOrder("a\uD83D\uDE00b", "5189861793641175").execute();

    assertEquals("/api/v1/orders/a%F0%9F%98%80b?portfolio=5189861793641175", server.takeRequest().getPath());
  }

  @Test
  void anIdOfTheLongestAllowedLengthIsSent() throws Exception {
    server.enqueue(new MockResponse().setBody(ORDER_JSON));

    client.orders().cancelOrder("x".repeat(ParameterValidator.MAX_LENGTH), "5189861793641175").execute();

    assertEquals("/api/v1/orders/" + "x".repeat(256) + "?portfolio=5189861793641175", server.takeRequest().getPath());
  }

  static Stream<Arguments> badPortfolios() {
    return Stream.of(
        Arguments.of(null, "portfolio is required"),
        Arguments.of("", "portfolio must not be empty or blank"),
        Arguments.of(" ", "portfolio must not be empty or blank"),
        Arguments.of("p\r\n", "portfolio must not contain control characters"));
  }

  @ParameterizedTest
  @MethodSource("badPortfolios")
  void aBadPortfolioIsRejectedBeforeAnythingIsSent(String portfolio, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> client.orders().cancelOrder("ABC123", portfolio));

    assertEquals(message, e.getMessage());
    assertEquals(0, server.getRequestCount());
  }
}
