package dev.tradekit.intx.client;

import dev.tradekit.intx.generated.model.GetInstrumentCandles200Response;
import dev.tradekit.intx.generated.model.GetInstrumentVolumesDaily200Response;
import dev.tradekit.intx.generated.model.InstrumentCandlesAggregationV1;
import dev.tradekit.intx.generated.model.InstrumentDailyVolumeV1;
import dev.tradekit.intx.generated.model.InstrumentFundingV1;
import dev.tradekit.intx.generated.model.InstrumentMode;
import dev.tradekit.intx.generated.model.InstrumentQuoteV1;
import dev.tradekit.intx.generated.model.InstrumentTradingState;
import dev.tradekit.intx.generated.model.InstrumentType;
import dev.tradekit.intx.generated.model.InstrumentV1;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InstrumentsApiTest extends SpecExchange {

  @Test
  void getInstrumentsWorksWithoutCredentialsAndSendsNoCbAccessHeader() throws Exception {
    serve("instruments.json");

    List<InstrumentV1> instruments = publicClient().instruments().getInstruments().execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("/api/v1/instruments", request.getPath());
    assertUnsigned(request);
    InstrumentV1 btc = instruments.get(0);
    assertEquals("22653087021498353", btc.getInstrumentId());
    assertEquals(UUID.fromString("97645486-8058-4d98-aa1e-5ab2685d09c8"), btc.getInstrumentUuid());
    assertEquals("BTC-USDC", btc.getSymbol());
    assertEquals(InstrumentType.PERP, btc.getType());
    assertEquals(InstrumentMode.STANDARD, btc.getMode());
    assertEquals("BTC", btc.getBaseAssetName());
    assertEquals(UUID.fromString("a96dc949-7650-4a70-8227-955366a22297"), btc.getQuoteAssetUuid());
    assertEquals("1.0E-6", btc.getBaseIncrement());
    assertEquals("0.01", btc.getQuoteIncrement());
    assertDecimal("0.02", btc.getPriceBandPercent());
    assertDecimal("0.015", btc.getMarketOrderPercent());
    assertEquals("4318.12", btc.getQty24hr());
    assertEquals("57509393.1183", btc.getPositionNotionalLimit());
    assertDecimal("0.1", btc.getBaseImf());
    assertEquals("36000000000", btc.getFundingInterval());
    assertEquals(InstrumentTradingState.TRADING, btc.getTradingState());
    assertEquals("20001.75", btc.getQuote().getBestAskPrice());
    assertEquals("SPOT", btc.getUnderlyingType());
  }

  @Test
  void getInstrumentQuote() throws Exception {
    serve("instrument-quote.json");

    InstrumentQuoteV1 quote = publicClient().instruments().getInstrumentQuote("BTC-PERP").execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("/api/v1/instruments/BTC-PERP/quote", request.getPath());
    assertUnsigned(request);
    assertEquals("20000.5", quote.getBestBidPrice());
    assertEquals("3.541424", quote.getBestBidSize());
    assertEquals("20001.75", quote.getBestAskPrice());
    assertEquals("2.8754", quote.getBestAskSize());
    assertEquals("20000.63", quote.getTradePrice());
    assertEquals("0.73", quote.getTradeQty());
    assertEquals("20001.45", quote.getIndexPrice());
    assertEquals("20000.63", quote.getMarkPrice());
    assertEquals("20000.23", quote.getSettlementPrice());
    assertEquals("21056.35", quote.getLimitUp());
    assertEquals("19531.5", quote.getLimitDown());
    assertEquals("0.1543", quote.getPredictedFunding());
    assertEquals(OffsetDateTime.parse("2023-03-16T23:59:53Z"), quote.getTimestamp());
  }

  @Test
  void getInstrumentVolumesDailySendsOnlyTheParametersGiven() throws Exception {
    serve("instrument-volumes-daily.json");

    GetInstrumentVolumesDaily200Response volumes =
        publicClient().instruments().getInstrumentVolumesDaily("BTC-PERP,ETH-PERP", null, null, null, null).execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("/api/v1/instruments/volumes/daily?instruments=BTC-PERP%2CETH-PERP", request.getPath());
    assertEquals(30, volumes.getPagination().getResultLimit());
    assertEquals(5, volumes.getPagination().getResultOffset());
    InstrumentDailyVolumeV1 day = volumes.getResults().get(0);
    assertEquals("2024-04-23T00:00:00Z", day.getTimestamp());
    assertEquals("BTC-PERP", day.getInstruments().get(0).getSymbol());
    assertEquals("2180.5428999997785", day.getInstruments().get(0).getVolume());
    assertEquals("145087054.13650635", day.getInstruments().get(0).getNotional());
    assertEquals("255682824.87039998", day.getTotals().getTotalExchangeVolume());
  }

  @Test
  void getInstrumentVolumesDailyWithEveryOptionalParameter() throws Exception {
    serve("instrument-volumes-daily.json");

    publicClient().instruments().getInstrumentVolumesDaily("BTC-PERP", 30, 5, "2024-03-01T00:00:00Z", true).execute();

    RecordedRequest request = conformingRequest();
    assertEquals(
        "/api/v1/instruments/volumes/daily?instruments=BTC-PERP&result_limit=30&result_offset=5"
            + "&time_from=2024-03-01T00%3A00%3A00Z&show_other=true",
        request.getPath());
  }

  @Test
  void aMissingRequiredQueryParameterIsNamedBeforeAnythingIsSent() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> publicClient().instruments().getInstrumentVolumesDaily(null, 30, null, null, null));

    assertEquals("instruments is required", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void getInstrumentCandlesNamesAMissingStart() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> publicClient().instruments().getInstrumentCandles("BTC-PERP", "ONE_DAY", null, null));

    assertEquals("start is required", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void getInstrument() throws Exception {
    serve("instrument.json");

    InstrumentV1 instrument = publicClient().instruments().getInstrument("BTC-USDC").execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("/api/v1/instruments/BTC-USDC", request.getPath());
    assertUnsigned(request);
    assertEquals("22653087021498353", instrument.getInstrumentId());
    assertEquals("20000.63", instrument.getQuote().getMarkPrice());
  }

  @Test
  void getInstrumentCandles() throws Exception {
    serve("instrument-candles.json");

    GetInstrumentCandles200Response candles =
        publicClient()
            .instruments()
            .getInstrumentCandles("BTC-PERP", "ONE_HOUR", "2024-03-01T00:00:00Z", "2024-03-02T00:00:00Z")
            .execute()
            .body();

    RecordedRequest request = conformingRequest();
    assertEquals(
        "/api/v1/instruments/BTC-PERP/candles?granularity=ONE_HOUR&start=2024-03-01T00%3A00%3A00Z&end=2024-03-02T00%3A00%3A00Z",
        request.getPath());
    assertUnsigned(request);
    InstrumentCandlesAggregationV1 hour = candles.getAggregations().get(0);
    assertEquals("2024-04-23T00:00:00Z", hour.getStart());
    assertEquals("62884.4", hour.getOpen());
    assertEquals("64710.6", hour.getHigh());
    assertEquals("62884.4", hour.getLow());
    assertEquals("63508.4", hour.getClose());
    assertEquals("3253.9983", hour.getVolume());
  }

  @Test
  void getInstrumentFunding() throws Exception {
    serve("instrument-funding.json");

    InstrumentFundingV1 funding = publicClient().instruments().getInstrumentFunding("BTC-PERP", 30, null).execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("/api/v1/instruments/BTC-PERP/funding?result_limit=30", request.getPath());
    assertUnsigned(request);
    assertEquals("14thr7ft-1-0", funding.getInstrumentId());
    assertEquals("0.1543", funding.getFundingRate());
    assertEquals("20000.63", funding.getMarkPrice());
    assertEquals(OffsetDateTime.parse("2023-03-16T23:59:53Z"), funding.getEventTime());
  }
}
