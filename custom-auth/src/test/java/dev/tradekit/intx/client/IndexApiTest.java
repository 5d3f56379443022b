package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tradekit.intx.generated.model.GetIndexCandles200Response;
import dev.tradekit.intx.generated.model.IndexCandlesV1;
import dev.tradekit.intx.generated.model.IndexPriceV1;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class IndexApiTest extends SpecExchange {

  @Test
  void getIndexPriceIsSigned() throws Exception {
    serve("index-price.json");

    IndexPriceV1 price = client.index().getIndexPrice("COIN50").execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("GET", request.getMethod());
    assertEquals("/api/v1/index/COIN50/price", request.getPath());
    assertSigned(request);
    assertEquals("COIN50", price.getProductId());
    assertEquals("STATE_OK", price.getStatus());
    assertEquals("2024-11-11T20:42:33Z", price.getTimestamp());
    assertEquals("388.91871799439963", price.getPrice());
    assertEquals("8.940862872710408", price.getPrice24hrChange());
  }

  @Test
  void getIndexCandlesSendsTheRequiredParametersAndNotTheMissingEnd() throws Exception {
    serve("index-candles.json");

    GetIndexCandles200Response candles =
        client.index().getIndexCandles("COIN50", "ONE_DAY", "2024-10-21T00:00:00Z", null).execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("/api/v1/index/COIN50/candles?granularity=ONE_DAY&start=2024-10-21T00%3A00%3A00Z", request.getPath());
    assertSigned(request);
    IndexCandlesV1 day = candles.getAggregations().get(0);
    assertEquals("2024-10-31T00:00:00Z", day.getStart());
    assertEquals("311.4512360891112", day.getOpen());
    assertEquals("312.4418815371496", day.getHigh());
    assertEquals("297.4296073392959", day.getLow());
    assertEquals("299.5950052685418", day.getClose());
  }

  @Test
  void aMissingGranularityIsNamedBeforeSending() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> client.index().getIndexCandles("COIN50", null, "2024-10-21T00:00:00Z", null));

    assertEquals("granularity is required", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void withoutCredentialsTheIndexIsRefusedBeforeSending() {
    assertThrows(IllegalStateException.class, () -> publicClient().index().getIndexPrice("COIN50"));
    assertEquals(0, server.getRequestCount());
  }
}
