package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradekit.intx.generated.model.GetOrders200Response;
import dev.tradekit.intx.generated.model.OrderEventType;
import dev.tradekit.intx.generated.model.OrderResultV1;
import dev.tradekit.intx.generated.model.OrderSide;
import dev.tradekit.intx.generated.model.OrderStatus;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** An enum value the exchange added after this client was built: typed as unknown, its text kept. */
class UnknownEnumValueTest extends MockExchange {
  private static final String WEIRD_ORDER = ORDER_JSON.replace("\"order_status\":\"DONE\"", "\"order_status\":\"WEIRD_STATUS\"");
  private final ObjectMapper json = IntxJson.newObjectMapper();

  private OrderResultV1 getOrder(String body) throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(body));
    return client.orders().getOrder("43877033468085760", "5189861793641175").execute().body();
  }

  @Test
  void anUnknownValueIsTypedAsUnknownAndItsTextIsKept() throws Exception {
    OrderResultV1 order = getOrder(WEIRD_ORDER.replace("\"side\":\"BUY\"", "\"side\":\"sideways \\u00e9\""));

    assertEquals(OrderStatus.UNKNOWN_DEFAULT_OPEN_API, order.getOrderStatus());
    assertEquals(OrderSide.UNKNOWN_DEFAULT_OPEN_API, order.getSide());
    assertEquals(Map.of("order_status", "WEIRD_STATUS", "side", "sideways \u00e9"), IntxUnknownValues.of(order));
    assertEquals(OrderEventType.CANCELED, order.getEventType());
  }

  @Test
  void nothingIsKeptWhenEveryValueIsKnown() throws Exception {
    OrderResultV1 order = getOrder(ORDER_JSON);

    assertEquals(OrderStatus.DONE, order.getOrderStatus());
    assertEquals(Map.of(), IntxUnknownValues.of(order));
  }

  @Test
  void anUnknownValueInAnOrderInsideAPageIsKeptOnThatOrder() throws Exception {
    String body = "{\"pagination\":{\"result_limit\":2,\"result_offset\":0},\"results\":[" + ORDER_JSON + ","
        + ORDER_JSON.replace("\"event_type\":\"CANCELED\"", "\"event_type\":\"PARTIALLY_REPLACED\"") + "]}";
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(body));

    GetOrders200Response page = client.orders().getOrders(null, null, null, null, null, null, null, null, null, null).execute().body();

    assertEquals(Map.of(), IntxUnknownValues.of(page));
    assertEquals(Map.of(), IntxUnknownValues.of(page.getResults().get(0)));
    assertEquals(OrderEventType.UNKNOWN_DEFAULT_OPEN_API, page.getResults().get(1).getEventType());
    assertEquals(Map.of("event_type", "PARTIALLY_REPLACED"), IntxUnknownValues.of(page.getResults().get(1)));
  }

  /** Models compare by value: an equal order read without the unknown value must not share its text. */
  @Test
  void theTextIsHeldAgainstTheModelObjectNotAnEqualOne() throws Exception {
    OrderResultV1 weird = json.readValue(WEIRD_ORDER, OrderResultV1.class);
    OrderResultV1 equal = json.readValue(WEIRD_ORDER.replace("WEIRD_STATUS", "unknown_default_open_api"), OrderResultV1.class);

    assertEquals(weird, equal);
    assertEquals(Map.of("order_status", "WEIRD_STATUS"), IntxUnknownValues.of(weird));
    assertEquals(Map.of("order_status", "unknown_default_open_api"), IntxUnknownValues.of(equal));
    assertEquals(Map.of(), IntxUnknownValues.of(json.readValue(ORDER_JSON, OrderResultV1.class)));
  }

  @Test
  void theClientsMapperWritesTheModelBackAsItWasSent() throws Exception {
    OrderResultV1 order = getOrder(WEIRD_ORDER);

    JsonNode written = json.valueToTree(order);
    assertEquals("WEIRD_STATUS", written.get("order_status").asText());
    assertEquals("WEIRD_STATUS", json.readTree(json.writeValueAsString(order)).get("order_status").asText());

    order.setOrderStatus(OrderStatus.WORKING);
    assertEquals("WORKING", json.valueToTree(order).get("order_status").asText());
  }

  @Test
  void unknownValuesInAListOfEnumsAreKeptByPosition() throws Exception {
    List<OrderStatus> list = json.readValue("[\"DONE\",\"PAUSED\",\"WORKING\"]", new TypeReference<List<OrderStatus>>() {});

    assertEquals(OrderStatus.UNKNOWN_DEFAULT_OPEN_API, list.get(1));
    assertEquals(Map.of("1", "PAUSED"), IntxUnknownValues.of(list));
    assertEquals("[\"DONE\",\"PAUSED\",\"WORKING\"]", json.writeValueAsString(list));
  }

  @Test
  void theAccessorNamesANullModel() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> IntxUnknownValues.of(null));

    assertEquals("model", e.getMessage());
  }

  @Test
  void aModelBuiltInCodeWritesTheUnknownConstantAsItsOwnValue() throws Exception {
    OrderResultV1 built = new OrderResultV1().orderStatus(OrderStatus.UNKNOWN_DEFAULT_OPEN_API);

    assertTrue(IntxUnknownValues.of(built).isEmpty());
    assertEquals("{\"order_status\":\"unknown_default_open_api\"}",
        IntxJson.newObjectMapper().setDefaultPropertyInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL).writeValueAsString(built));
  }
}
