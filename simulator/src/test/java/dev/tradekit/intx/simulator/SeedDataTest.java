package dev.tradekit.intx.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradekit.intx.generated.model.InstrumentV1;
import dev.tradekit.intx.generated.model.PortfolioFillV1;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The seeded data set: the same every run, consistent with itself, paged as INTX pages. */
@ExtendWith(IntxSimulatorExtension.class)
class SeedDataTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theSameSeedGivesTheSameData() throws Exception {
    SeedData first = SeedData.generate();
    SeedData second = SeedData.generate();
    SeedHistory firstHistory = SeedHistory.generate(first);
    SeedHistory secondHistory = SeedHistory.generate(second);

    assertEquals(Json.MAPPER.writeValueAsString(firstHistory.fills), Json.MAPPER.writeValueAsString(secondHistory.fills));
    assertEquals(Json.MAPPER.writeValueAsString(firstHistory.doneOrders), Json.MAPPER.writeValueAsString(secondHistory.doneOrders));
    assertEquals(Json.MAPPER.writeValueAsString(firstHistory.transfers), Json.MAPPER.writeValueAsString(secondHistory.transfers));
    assertEquals(Json.MAPPER.writeValueAsString(first.portfolios), Json.MAPPER.writeValueAsString(second.portfolios));
    assertEquals(Json.MAPPER.writeValueAsString(first.market.instruments()), Json.MAPPER.writeValueAsString(second.market.instruments()));
  }

  @Test
  void everythingRefersToThingsThatExist() {
    SeedData seed = SeedData.generate();
    SeedHistory history = SeedHistory.generate(seed);
    Set<String> instruments = seed.market.instruments().stream().map(InstrumentV1::getInstrumentId).collect(Collectors.toSet());
    Set<String> portfolios = seed.portfolios.stream().map(p -> p.getPortfolioId()).collect(Collectors.toSet());
    Set<String> orders = history.doneOrders.stream().map(o -> o.getOrderId()).collect(Collectors.toSet());

    assertTrue(history.fills.stream().filter(f -> f.getPortfolioId().equals(DemoOrders.PORTFOLIO_ID)).count() >= 1_000);
    for (PortfolioFillV1 fill : history.fills) {
      assertTrue(instruments.contains(fill.getInstrumentId()), fill.getInstrumentId());
      assertTrue(portfolios.contains(fill.getPortfolioId()), fill.getPortfolioId());
      assertTrue(orders.contains(fill.getOrderId()), fill.getOrderId());
    }
    seed.positions.values().forEach(list -> list.forEach(p -> assertTrue(instruments.contains(p.getInstrumentId()))));
    DemoOrders.all().forEach(o -> assertTrue(instruments.contains(o.getInstrumentId()), o.getSymbol()));
    history.transfers.forEach(t -> assertFalse(t.getAsset().isEmpty()));
    seed.market.positionOffsets().forEach(o -> assertTrue(instruments.contains(o.getPrimaryInstrumentId()) && instruments.contains(o.getSecondaryInstrumentId())));
  }

  private static JsonNode get(IntxSimulator simulator, String path) throws IOException {
    try (Response response = SignedRequests.send(simulator, "GET", path, null)) {
      String body = response.body().string();
      assertEquals(200, response.code(), body);
      return JSON.readTree(body);
    }
  }

  @Test
  void fillsArePagedNewestFirstWithoutGapsOrRepeats(IntxSimulator simulator) throws Exception {
    String ref = SeedData.ORIGIN.toString();
    Set<String> seen = new HashSet<>();
    OffsetDateTime previous = null;
    int pages = 0;
    for (int offset = 0; ; offset += 100) {
      JsonNode page = get(simulator, "/api/v1/portfolios/" + DemoOrders.PORTFOLIO_ID + "/fills?result_limit=100&result_offset=" + offset + "&ref_datetime=" + ref);
      pages++;
      for (JsonNode fill : page.get("results")) {
        OffsetDateTime time = OffsetDateTime.parse(fill.get("event_time").asText());
        assertTrue(previous == null || !time.isAfter(previous), "not newest first");
        previous = time;
        assertTrue(seen.add(fill.get("fill_id").asText()), "repeated " + fill.get("fill_id"));
      }
      if (page.get("results").size() < 100) {
        break;
      }
    }
    assertEquals(SeedHistory.DEMO_FILLS, seen.size());
    assertEquals(13, pages);
  }

  @Test
  void timeFromAndRefDatetimeBoundTheFills(IntxSimulator simulator) throws Exception {
    OffsetDateTime from = SeedData.ORIGIN.minusDays(2);
    OffsetDateTime ref = SeedData.ORIGIN.minusDays(1);
    JsonNode page = get(simulator, "/api/v1/portfolios/fills?portfolios=" + DemoOrders.PORTFOLIO_UUID + "&result_limit=100&time_from=" + from + "&ref_datetime=" + ref);

    assertTrue(page.get("results").size() > 0);
    for (JsonNode fill : page.get("results")) {
      OffsetDateTime time = OffsetDateTime.parse(fill.get("event_time").asText());
      assertTrue(!time.isBefore(from) && !time.isAfter(ref), time.toString());
    }
    assertEquals(ref.toInstant(), OffsetDateTime.parse(page.get("pagination").get("ref_datetime").asText()).toInstant());
  }

  @Test
  void positionsCountTheOpenDemoOrders(IntxSimulator simulator) throws Exception {
    List<JsonNode> positions = List.of(get(simulator, "/api/v1/portfolios/" + DemoOrders.PORTFOLIO_ID + "/positions").elements().next());

    assertEquals("BTC-PERP", positions.get(0).get("symbol").asText());
    assertEquals("1.5423", positions.get(0).get("buy_order_size").asText());
  }
}
