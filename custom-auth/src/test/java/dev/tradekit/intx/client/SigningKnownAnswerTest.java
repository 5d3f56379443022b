package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tradekit.intx.generated.model.CreatePortfolioAssetTransferRequest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Known answers for CB-ACCESS-SIGN through the whole client, beyond signing-vectors.json (which is
 * a copy of the project's shared vectors and stays at four): a GET with a query, whose signed path
 * leaves the query out, and a POST, signed over the exact body bytes the server received. Each
 * expected value is a constant computed outside Java (Python's hmac) and is also recomputed here
 * with javax.crypto from the literal prehash, so neither depends on {@link RequestSigner}.
 */
class SigningKnownAnswerTest extends SpecExchange {
  /** 1700000000 GET /api/v1/portfolios/5189861793641175/fills, the query excluded. */
  static final String GET_WITH_QUERY = "TM5w8A0LzWzkYholMnmhoNy8EuhvJRqHycaM+J98XcM=";
  /** The same with the query included: what a signer that kept the query would send. */
  static final String GET_WITH_QUERY_WRONGLY_SIGNED = "8mGnWkZecJqbhHgTeX0Vn4XAqdCvEXgG/KPwp68uaIQ=";

  static final String TRANSFER_BODY =
      "{\"from\":\"5189861793641175\",\"to\":\"892e8c7c-e979-4cad-b61b-55a197932cf1\",\"asset\":\"USDC\",\"amount\":\"100.5\"}";
  /** 1700000000 POST /api/v1/portfolios/transfer with {@link #TRANSFER_BODY}. */
  static final String POST_WITH_BODY = "WQeAeP/kZwt6XkQFi+S6iZlHOoVsNTAHgWbj/Upl0ng=";

  @Test
  void aGetWithAQueryIsSignedOverThePathWithoutTheQuery() throws Exception {
    serve("fills-page.json");

    client.portfolios()
        .getPortfolioFills(PORTFOLIO, null, null, OffsetDateTime.parse("2023-03-16T23:59:53Z"), 100, null, null)
        .execute();

    RecordedRequest request = conformingRequest();
    assertEquals(
        "/api/v1/portfolios/5189861793641175/fills?ref_datetime=2023-03-16T23%3A59%3A53Z&result_limit=100",
        request.getPath());
    assertEquals("1700000000", request.getHeader("CB-ACCESS-TIMESTAMP"));
    assertEquals(GET_WITH_QUERY, request.getHeader("CB-ACCESS-SIGN"));
    assertEquals(hmac("1700000000", "GET", "/api/v1/portfolios/5189861793641175/fills", new byte[0]), GET_WITH_QUERY);
    assertEquals(
        hmac("1700000000", "GET", request.getPath(), new byte[0]), GET_WITH_QUERY_WRONGLY_SIGNED);
    assertNotEquals(GET_WITH_QUERY_WRONGLY_SIGNED, request.getHeader("CB-ACCESS-SIGN"));
    assertEquals(0, request.getBodySize());
  }

  @Test
  void aPostIsSignedOverTheExactBodyBytesTheServerReceived() throws Exception {
    serve("transfer-success.json");

    Boolean success =
        client.portfolios()
            .createPortfolioAssetTransfer(
                new CreatePortfolioAssetTransferRequest()
                    .from(PORTFOLIO)
                    .to("892e8c7c-e979-4cad-b61b-55a197932cf1")
                    .asset("USDC")
                    .amount("100.5"))
            .execute()
            .body()
            .getSuccess();

    RecordedRequest request = conformingRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/api/v1/portfolios/transfer", request.getPath());
    byte[] received = request.getBody().readByteArray();
    assertArrayEquals(TRANSFER_BODY.getBytes(StandardCharsets.UTF_8), received);
    assertEquals(String.valueOf(received.length), request.getHeader("Content-Length"));
    assertEquals("1700000000", request.getHeader("CB-ACCESS-TIMESTAMP"));
    assertEquals(POST_WITH_BODY, request.getHeader("CB-ACCESS-SIGN"));
    assertEquals(hmac("1700000000", "POST", "/api/v1/portfolios/transfer", received), POST_WITH_BODY);
    assertEquals(Boolean.TRUE, success);
  }
}
