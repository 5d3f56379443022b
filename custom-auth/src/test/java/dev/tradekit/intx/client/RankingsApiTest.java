package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tradekit.intx.generated.model.GetStatistics200Response;
import java.time.OffsetDateTime;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class RankingsApiTest extends SpecExchange {

  @Test
  void getStatistics() throws Exception {
    serve("rankings-statistics.json");

    GetStatistics200Response statistics =
        client.rankings().getStatistics("PERPETUAL_FUTURE", "LAST_30_DAYS", null).execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("GET", request.getMethod());
    assertEquals("/api/v1/rankings/statistics?instrument_type=PERPETUAL_FUTURE&period=LAST_30_DAYS", request.getPath());
    assertSigned(request);
    assertEquals(OffsetDateTime.parse("2023-01-29T14:32:28Z"), statistics.getLastUpdated());
    assertEquals("1", statistics.getStatistics().getMaker().getRank());
    assertEquals("30.0", statistics.getStatistics().getMaker().getRelativePercent());
    assertEquals("1000000", statistics.getStatistics().getMaker().getVolume());
    assertEquals("10+", statistics.getStatistics().getTaker().getRank());
    assertEquals("0.5", statistics.getStatistics().getTaker().getRelativePercent());
    assertEquals("3", statistics.getStatistics().getTotal().getRank());
    assertEquals("1020000", statistics.getStatistics().getTotal().getVolume());
  }

  @Test
  void aMissingInstrumentTypeIsNamedBeforeSending() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> client.rankings().getStatistics(null, "THIS_MONTH", null));

    assertEquals("instrument_type is required", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }
}
