package dev.tradekit.intx.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class DocsPagesTest {
  private static ObjectNode yaml(String text) throws Exception {
    return (ObjectNode) SpecAssembly.YAML.readTree(text);
  }

  @Test
  void aPageReplacesItsOperationAndComponentsAndNothingElse() throws Exception {
    ObjectNode spec = yaml(
        "openapi: 3.0.3\ninfo: {title: whole}\n"
            + "paths:\n"
            + "  /api/v1/orders/{id}:\n"
            + "    get: {operationId: getOrder}\n"
            + "    delete: {operationId: cancelOrder, summary: old}\n"
            + "components:\n"
            + "  schemas:\n"
            + "    Order: {description: old}\n"
            + "    Other: {description: kept}\n");
    ObjectNode page = yaml(
        "openapi: 3.0.3\ninfo: {title: page}\nsecurity: []\n"
            + "paths:\n"
            + "  /api/v1/orders/{id}:\n"
            + "    delete: {operationId: cancelOrder, summary: new}\n"
            + "components:\n"
            + "  schemas:\n"
            + "    Order: {description: new}\n"
            + "  securitySchemes:\n"
            + "    auth_client_id: {type: apiKey, in: header, name: CB-ACCESS-KEY}\n");

    DocsPages.apply(spec, page);

    assertEquals("new", spec.at("/paths/~1api~1v1~1orders~1{id}/delete/summary").asText());
    assertEquals("getOrder", spec.at("/paths/~1api~1v1~1orders~1{id}/get/operationId").asText());
    assertEquals("new", spec.at("/components/schemas/Order/description").asText());
    assertEquals("kept", spec.at("/components/schemas/Other/description").asText());
    assertEquals("CB-ACCESS-KEY", spec.at("/components/securitySchemes/auth_client_id/name").asText());
    assertEquals("whole", spec.at("/info/title").asText());
    assertTrue(spec.at("/security").isMissingNode());
  }

  @Test
  void aPageWithoutPathsIsRefused() throws Exception {
    assertThrows(IllegalArgumentException.class, () -> DocsPages.apply(yaml("openapi: 3.0.3\n"), yaml("openapi: 3.0.3\npaths: {}\n")));
  }
}
