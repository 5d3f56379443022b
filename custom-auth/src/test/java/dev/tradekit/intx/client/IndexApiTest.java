package dev.tradekit.intx.client;

import dev.tradekit.intx.generated.model.GetIndexCandles200Response;
import dev.tradekit.intx.generated.model.IndexCandlesV1;
import dev.tradekit.intx.generated.model.IndexCompositionV1;
import dev.tradekit.intx.generated.model.IndexConstituentV1;
import dev.tradekit.intx.generated.model.IndexPriceV1;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

  @Test
  void getIndexComposition() throws Exception {
    serve("index-composition.json");

    IndexCompositionV1 composition = client.index().getIndexComposition("COIN50").execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("/api/v1/index/COIN50/composition", request.getPath());
    assertSigned(request);
    assertEquals("COIN50", composition.getProductId());
    assertEquals("3.93581342191702E9", composition.getDivisor());
    assertEquals("2024-11-11T14:47:26Z", composition.getTimestamp());
    assertEquals("2020-12-31T00:00:00Z", composition.getInceptionTimestamp());
    assertEquals("2024-08-30T00:00:00Z", composition.getLastRebalance());
    IndexConstituentV1 btc = composition.getConstituents().get(0);
    assertEquals("BTC-USD", btc.getSymbol());
    assertEquals("Bitcoin", btc.getName());
    assertDecimal("1.0", btc.getRank());
    assertEquals("0.456192678887042", btc.getCapFactor());
    assertEquals("19745468", btc.getAmount());
    assertEquals("1625637364529.9463", btc.getMarketCap());
    assertEquals("741603864223.787", btc.getIndexMarketCap());
    assertEquals("0.5130230783794717", btc.getWeight());
    assertEquals("0.5130230783794717", btc.getRunningWeight());
  }

  @Test
  void getIndexCompositionHistorySendsOnlyTheParametersGiven() throws Exception {
    serve("index-composition.json");

    client.index().getIndexCompositionHistory("COIN50", "2024-10-31T00:00:00Z", 3, null).execute();

    RecordedRequest request = conformingRequest();
    assertEquals("/api/v1/index/COIN50/composition-history?time_from=2024-10-31T00%3A00%3A00Z&result_limit=3", request.getPath());
    assertSigned(request);
  }
}
