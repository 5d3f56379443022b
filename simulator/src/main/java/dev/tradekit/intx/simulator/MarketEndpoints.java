package dev.tradekit.intx.simulator;

import dev.tradekit.intx.generated.model.GetIndexCandles200Response;
import dev.tradekit.intx.generated.model.GetInstrumentCandles200Response;
import dev.tradekit.intx.generated.model.GetInstrumentVolumesDaily200Response;
import dev.tradekit.intx.generated.model.GetPositionOffsets200Response;
import dev.tradekit.intx.generated.model.GetStatistics200Response;
import dev.tradekit.intx.generated.model.GetStatistics200ResponseStatistics;
import dev.tradekit.intx.generated.model.IndexCandlesV1;
import dev.tradekit.intx.generated.model.IndexCompositionV1;
import dev.tradekit.intx.generated.model.IndexPriceV1;
import dev.tradekit.intx.generated.model.InstrumentCandlesAggregationV1;
import dev.tradekit.intx.generated.model.InstrumentDailyVolumeEntryV1;
import dev.tradekit.intx.generated.model.InstrumentDailyVolumeTotalsV1;
import dev.tradekit.intx.generated.model.InstrumentDailyVolumeV1;
import dev.tradekit.intx.generated.model.InstrumentFundingV1;
import dev.tradekit.intx.generated.model.InstrumentV1;
import dev.tradekit.intx.generated.model.RankingsV1;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Public market data and the account-independent tags: Assets, Instruments, Index, Position
 * Offsets, Fee Rates and Rankings. Time series (candles, funding, daily volumes, index history)
 * are computed from the seed and the time asked for, so the same question gets the same answer.
 */
final class MarketEndpoints {
  private static final int MAX_CANDLES = 300;
  private final Market market;

  MarketEndpoints(Market market) {
    this.market = market;
  }

  void register(Map<String, Endpoint> endpoints) {
    endpoints.put("GET /api/v1/assets", call -> market.assets());
    endpoints.put("GET /api/v1/assets/{asset}", call -> market.requireAsset(call.path("asset")));
    endpoints.put("GET /api/v1/assets/{asset}/networks", call -> market.networks(market.requireAsset(call.path("asset"))));
    endpoints.put("GET /api/v1/instruments", call -> market.instruments());
    endpoints.put("GET /api/v1/instruments/{instrument}", call -> market.requireInstrument(call.path("instrument")));
    endpoints.put("GET /api/v1/instruments/{instrument}/quote", call -> market.requireInstrument(call.path("instrument")).getQuote());
    endpoints.put("GET /api/v1/instruments/volumes/daily", this::dailyVolumes);
    endpoints.put("GET /api/v1/instruments/{instrument}/candles", this::instrumentCandles);
    endpoints.put("GET /api/v1/instruments/{instrument}/funding", this::funding);
    endpoints.put("GET /api/v1/index/{index}/composition", call -> market.index(call.path("index")));
    endpoints.put("GET /api/v1/index/{index}/composition-history", this::compositionHistory);
    endpoints.put("GET /api/v1/index/{index}/price", this::indexPrice);
    endpoints.put("GET /api/v1/index/{index}/candles", this::indexCandles);
    endpoints.put("GET /api/v1/position-offsets", call -> new GetPositionOffsets200Response().positionOffsets(market.positionOffsets()));
    endpoints.put("GET /api/v1/fee-rate-tiers", call -> market.feeRateTiers());
    endpoints.put("GET /api/v1/rankings/statistics", this::statistics);
  }

  private Object dailyVolumes(Call call) {
    List<InstrumentV1> instruments = new ArrayList<>();
    for (String name : call.query.all("instruments")) {
      instruments.add(market.requireInstrument(name));
    }
    Paging paging = Paging.of(call);
    OffsetDateTime from = call.queryTime("time_from");
    OffsetDateTime day = call.now.truncatedTo(ChronoUnit.DAYS);
    List<InstrumentDailyVolumeV1> days = new ArrayList<>();
    for (int i = 0; i < 90 && (from == null || !day.isBefore(from.truncatedTo(ChronoUnit.DAYS))); i++, day = day.minusDays(1)) {
      SplittableRandom random = random("volume", day);
      InstrumentDailyVolumeV1 volume = new InstrumentDailyVolumeV1().timestamp(day.toString());
      double totalVolume = 0;
      double totalNotional = 0;
      for (InstrumentV1 instrument : instruments) {
        double mark = Double.parseDouble(instrument.getQuote().getMarkPrice());
        double quantity = 2_000_000 / mark * random.nextDouble(0.5, 1.5);
        totalVolume += quantity;
        totalNotional += quantity * mark;
        volume.addInstrumentsItem(new InstrumentDailyVolumeEntryV1()
            .symbol(instrument.getSymbol()).volume(Decimals.of(quantity, 4)).notional(Decimals.of(quantity * mark, 2)));
      }
      if (Boolean.parseBoolean(call.query("show_other"))) {
        volume.addInstrumentsItem(new InstrumentDailyVolumeEntryV1().symbol("OTHER").volume("1000.0000").notional("5000000.00"));
      }
      days.add(volume.totals(new InstrumentDailyVolumeTotalsV1()
          .totalInstrumentsVolume(Decimals.of(totalVolume, 4))
          .totalInstrumentsNotional(Decimals.of(totalNotional, 2))
          .totalExchangeVolume(Decimals.of(totalVolume * 3, 4))
          .totalExchangeNotional(Decimals.of(totalNotional * 3, 2))));
    }
    return new GetInstrumentVolumesDaily200Response().pagination(paging.base()).results(paging.page(days));
  }

  private Object instrumentCandles(Call call) {
    InstrumentV1 instrument = market.requireInstrument(call.path("instrument"));
    GetInstrumentCandles200Response answer = new GetInstrumentCandles200Response().aggregations(new ArrayList<>());
    double base = Double.parseDouble(instrument.getQuote().getMarkPrice());
    for (OffsetDateTime start : candleStarts(call)) {
      double[] bar = bar(instrument.getSymbol(), start, base);
      answer.addAggregationsItem(new InstrumentCandlesAggregationV1()
          .start(start.toString()).open(Decimals.of(bar[0], 2)).high(Decimals.of(bar[1], 2)).low(Decimals.of(bar[2], 2))
          .close(Decimals.of(bar[3], 2)).volume(Decimals.of(bar[4], 4)));
    }
    return answer;
  }

  private Object indexCandles(Call call) {
    IndexCompositionV1 index = market.index(call.path("index"));
    GetIndexCandles200Response answer = new GetIndexCandles200Response().aggregations(new ArrayList<>());
    for (OffsetDateTime start : candleStarts(call)) {
      double[] bar = bar(index.getProductId(), start, 4150.0);
      answer.addAggregationsItem(new IndexCandlesV1()
          .start(start.toString()).open(Decimals.of(bar[0], 2)).high(Decimals.of(bar[1], 2)).low(Decimals.of(bar[2], 2))
          .close(Decimals.of(bar[3], 2)));
    }
    return answer;
  }

  /** Newest first, as INTX returns candles, from {@code start} to {@code end} (default now). */
  private static List<OffsetDateTime> candleStarts(Call call) {
    Duration step = granularity(call.query("granularity"));
    OffsetDateTime start = call.queryTime("start");
    OffsetDateTime end = call.queryTime("end") == null ? call.now : call.queryTime("end");
    if (end.isBefore(start)) {
      throw ApiError.badRequest("invalid end: before start");
    }
    long first = start.toEpochSecond() / step.getSeconds() * step.getSeconds();
    List<OffsetDateTime> starts = new ArrayList<>();
    for (long at = first; at <= end.toEpochSecond() && starts.size() < MAX_CANDLES; at += step.getSeconds()) {
      starts.add(0, OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(at), java.time.ZoneOffset.UTC));
    }
    return starts;
  }

  private static Duration granularity(String value) {
    switch (value) {
      case "ONE_MINUTE": return Duration.ofMinutes(1);
      case "FIVE_MINUTE": return Duration.ofMinutes(5);
      case "FIFTEEN_MINUTE": return Duration.ofMinutes(15);
      case "THIRTY_MINUTE": return Duration.ofMinutes(30);
      case "ONE_HOUR": return Duration.ofHours(1);
      case "TWO_HOUR": return Duration.ofHours(2);
      case "SIX_HOUR": return Duration.ofHours(6);
      case "ONE_DAY": return Duration.ofDays(1);
      default: throw ApiError.badRequest("invalid granularity: " + value);
    }
  }

  /** Open, high, low, close and volume of one bar, the same for the same name and start. */
  private static double[] bar(String name, OffsetDateTime start, double base) {
    SplittableRandom random = random(name, start);
    double open = base * random.nextDouble(0.97, 1.03);
    double close = open * random.nextDouble(0.99, 1.01);
    double high = Math.max(open, close) * random.nextDouble(1.0, 1.005);
    double low = Math.min(open, close) * random.nextDouble(0.995, 1.0);
    return new double[] {open, high, low, close, random.nextDouble(10, 1000)};
  }

  private static SplittableRandom random(String name, OffsetDateTime time) {
    return new SplittableRandom(SeedData.SEED ^ name.hashCode() * 31L ^ time.toEpochSecond());
  }

  private Object funding(Call call) {
    InstrumentV1 instrument = market.requireInstrument(call.path("instrument"));
    OffsetDateTime hour = call.now.truncatedTo(ChronoUnit.HOURS);
    SplittableRandom random = random(instrument.getSymbol() + ":funding", hour);
    return new InstrumentFundingV1()
        .instrumentId(instrument.getInstrumentId())
        .fundingRate(Decimals.of(random.nextDouble(-0.0001, 0.0001), 6))
        .markPrice(instrument.getQuote().getMarkPrice())
        .eventTime(hour);
  }

  private Object compositionHistory(Call call) {
    IndexCompositionV1 index = market.index(call.path("index"));
    OffsetDateTime from = call.queryTime("time_from");
    if (from != null && from.isAfter(OffsetDateTime.parse(index.getLastRebalance()))) {
      index.setTimestamp(from.toString());
    }
    return index;
  }

  private Object indexPrice(Call call) {
    IndexCompositionV1 index = market.index(call.path("index"));
    double[] bar = bar(index.getProductId(), call.now.truncatedTo(ChronoUnit.MINUTES), 4150.0);
    return new IndexPriceV1()
        .productId(index.getProductId())
        .status("ACTIVE")
        .timestamp(call.now.toString())
        .price(Decimals.of(bar[3], 2))
        .price24hrChange(Decimals.of(bar[3] / bar[0] - 1, 4));
  }

  private Object statistics(Call call) {
    String type = call.query("instrument_type");
    if (!"SPOT".equals(type) && !"PERPETUAL_FUTURE".equals(type)) {
      throw ApiError.badRequest("invalid instrument_type: " + type);
    }
    for (String instrument : call.query.all("instruments")) {
      market.requireInstrument(instrument);
    }
    String period = call.query("period") == null ? "THIS_MONTH" : call.query("period");
    SplittableRandom random = random(type + ":" + period, call.now.truncatedTo(ChronoUnit.DAYS));
    return new GetStatistics200Response()
        .lastUpdated(call.now.truncatedTo(ChronoUnit.HOURS))
        .statistics(new GetStatistics200ResponseStatistics()
            .maker(ranking(random))
            .taker(ranking(random))
            .total(ranking(random)));
  }

  private static RankingsV1 ranking(SplittableRandom random) {
    return new RankingsV1()
        .rank(Integer.toString(1 + random.nextInt(500)))
        .relativePercent(Decimals.of(random.nextDouble(0.01, 0.99), 2))
        .volume(Decimals.of(random.nextDouble(10_000, 5_000_000), 2));
  }
}
