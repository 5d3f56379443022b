package dev.tradekit.intx.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlayTest {
  private static ObjectNode yaml(String text) throws Exception {
    return (ObjectNode) SpecAssembly.YAML.readTree(text);
  }

  private static final String SPEC =
      "openapi: 3.0.3\n"
          + "paths:\n"
          + "  /a:\n"
          + "    get:\n"
          + "      parameters:\n"
          + "        - $ref: '#/components/parameters/auth_key'\n"
          + "        - name: side\n"
          + "          in: query\n"
          + "        - $ref: '#/components/parameters/auth_sign'\n"
          + "  /b:\n"
          + "    post:\n"
          + "      parameters: []\n";

  @Test
  void removeDeletesEveryMatchAndKeepsTheRest() throws Exception {
    ObjectNode spec = yaml(SPEC);
    Overlay.apply(spec, yaml(
        "overlay: 1.0.0\nactions:\n"
            + "  - target: \"$.paths.*.*.parameters[?(@['$ref'] =~ /.*auth_.*/)]\"\n    remove: true\n"));

    assertEquals(1, spec.at("/paths/~1a/get/parameters").size());
    assertEquals("side", spec.at("/paths/~1a/get/parameters/0/name").asText());
  }

  @Test
  void updateMergesIntoObjectsAndAppendsToArrays() throws Exception {
    ObjectNode spec = yaml(SPEC);
    Overlay.apply(spec, yaml(
        "overlay: 1.0.0\nactions:\n"
            + "  - target: \"$.paths['/a'].get.parameters[?(@.name == 'side')]\"\n"
            + "    update:\n      schema:\n        type: string\n"
            + "  - target: \"$.paths['/b'].post.parameters\"\n"
            + "    update:\n      - name: portfolio\n        in: path\n"
            + "  - target: \"$.paths['/b'].post\"\n"
            + "    update:\n      x-internal: true\n"));

    assertEquals("string", spec.at("/paths/~1a/get/parameters/1/schema/type").asText());
    assertEquals("query", spec.at("/paths/~1a/get/parameters/1/in").asText(), "merged, not replaced");
    assertEquals("portfolio", spec.at("/paths/~1b/post/parameters/0/name").asText());
    assertTrue(spec.at("/paths/~1b/post/x-internal").asBoolean());
  }

  @Test
  void anActionThatMatchesNothingFailsAndNamesItself() throws Exception {
    ObjectNode spec = yaml(SPEC);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Overlay.apply(spec, yaml(
        "overlay: 1.0.0\nactions:\n"
            + "  - target: \"$.paths['/gone'].get\"\n    description: Fix the gone operation.\n    update:\n      x-internal: true\n")));

    assertTrue(e.getMessage().contains("overlay action 1 (Fix the gone operation.)"), e.getMessage());
    assertTrue(e.getMessage().contains("matches nothing"), e.getMessage());
  }

  @Test
  void onlyOverlayOneIsAccepted() throws Exception {
    assertThrows(IllegalArgumentException.class, () -> Overlay.apply(yaml(SPEC), yaml("overlay: 2.0.0\nactions: []\n")));
    assertFalse(yaml(SPEC).has("overlay"));
  }

  @Test
  void anUpdateOfSeveralKeysAtOnceChangesEachOfThem() throws Exception {
    ObjectNode spec =
        (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"p\":{\"a\":{\"format\":\"string\"},\"b\":{\"format\":\"string\"},\"c\":{}}}");
    ObjectNode overlay =
        (ObjectNode)
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"overlay\":\"1.0.0\",\"actions\":[{\"target\":\"$.p['a','b']\",\"update\":{\"type\":\"string\"}}]}");

    Overlay.apply(spec, overlay);

    assertEquals(
        "{\"p\":{\"a\":{\"format\":\"string\",\"type\":\"string\"},\"b\":{\"format\":\"string\",\"type\":\"string\"},\"c\":{}}}",
        spec.toString());
  }

  @Test
  void aRemovalOfSeveralKeysAtOnceStillRemovesEach() throws Exception {
    ObjectNode spec = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"p\":{\"type\":\"string\",\"enum\":[\"A\"],\"name\":\"x\"}}");
    ObjectNode overlay =
        (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"overlay\":\"1.0.0\",\"actions\":[{\"target\":\"$.p['type','enum']\",\"remove\":true}]}");

    Overlay.apply(spec, overlay);

    assertEquals("{\"p\":{\"name\":\"x\"}}", spec.toString());
  }

  @Test
  void singleNodesSplitsOnlyAMultiKeyLastStep() {
    assertEquals(List.of("$['p']['a']", "$['p']['b']"), Overlay.singleNodes("$['p']['a', 'b']"));
    assertEquals(List.of("$['p']['a']"), Overlay.singleNodes("$['p']['a']"));
    assertEquals(List.of("$['p'][0]"), Overlay.singleNodes("$['p'][0]"));
  }
}
