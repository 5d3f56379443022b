package dev.tradekit.intx.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradekit.intx.client.IntxClient;
import dev.tradekit.intx.client.IntxJson;
import dev.tradekit.intx.client.IntxUnknownValues;
import dev.tradekit.intx.generated.model.OrderResultV1;
import dev.tradekit.intx.generated.model.OrderSide;
import dev.tradekit.intx.generated.model.OrderStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An enum value the client does not know, served by the simulator and read by the client. */
@ExtendWith(IntxSimulatorExtension.class)
class UnknownEnumValueTest {
  private static final ObjectMapper JSON = IntxJson.newObjectMapper();

  @Test
  void anOrderStatusTheClientDoesNotKnowReachesItAsSent(IntxSimulator simulator) throws Exception {
    OrderResultV1 known = DemoOrders.order("weird-1", "client-weird-1", "BTC-PERP", "1", "359f66d8-4235-47c3-9733-0fbfe2cfaa0a",
        OrderSide.BUY, "100.5", "1");
    String sent = JSON.writeValueAsString(known).replace("\"order_status\":\"WORKING\"", "\"order_status\":\"WEIRD_STATUS\"");
    simulator.addOrder(JSON.readValue(sent, OrderResultV1.class));
    IntxClient client = IntxClient.builder(simulator.credentials()).baseUrl(simulator.baseUrl()).build();

    OrderResultV1 order = client.orders().getOrder("weird-1", DemoOrders.PORTFOLIO_ID).execute().body();
    OrderResultV1 demo = client.orders().getOrder(DemoOrders.BTC_ORDER_ID, DemoOrders.PORTFOLIO_ID).execute().body();

    assertEquals(OrderStatus.UNKNOWN_DEFAULT_OPEN_API, order.getOrderStatus());
    assertEquals(Map.of("order_status", "WEIRD_STATUS"), IntxUnknownValues.of(order));
    assertEquals(OrderStatus.WORKING, demo.getOrderStatus());
    assertEquals(Map.of(), IntxUnknownValues.of(demo));
  }
}
