package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tradekit.intx.generated.api.OrdersApi;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An API object from the client keeps the contract of equals and hashCode: it can be a map key. */
class ApiObjectMethodsTest extends MockExchange {

  @Test
  void anApiEqualsItselfAndNoOtherApi() {
    OrdersApi orders = client.orders();
    OrdersApi ofAnotherClient = clientFor(server).build().orders();

    assertEquals(orders, orders);
    assertNotEquals(orders, ofAnotherClient);
    assertEquals(orders.hashCode(), orders.hashCode());
    Set<OrdersApi> set = new HashSet<>();
    set.add(orders);
    assertTrue(set.contains(orders));
    assertEquals(0, server.getRequestCount());
  }
}
