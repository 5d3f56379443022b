package dev.tradekit.intx.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlayTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anUpdateOfSeveralKeysAtOnceChangesEachOfThem() throws Exception {
    ObjectNode spec =
        (ObjectNode) JSON.readTree("{\"p\":{\"a\":{\"format\":\"string\"},\"b\":{\"format\":\"string\"},\"c\":{}}}");
    ObjectNode overlay =
        (ObjectNode)
            JSON.readTree(
                "{\"overlay\":\"1.0.0\",\"actions\":[{\"target\":\"$.p['a','b']\",\"update\":{\"type\":\"string\"}}]}");

    Overlay.apply(spec, overlay);

    assertEquals(
        "{\"p\":{\"a\":{\"format\":\"string\",\"type\":\"string\"},\"b\":{\"format\":\"string\",\"type\":\"string\"},\"c\":{}}}",
        spec.toString());
  }

  @Test
  void aRemovalOfSeveralKeysAtOnceStillRemovesEach() throws Exception {
    ObjectNode spec = (ObjectNode) JSON.readTree("{\"p\":{\"type\":\"string\",\"enum\":[\"A\"],\"name\":\"x\"}}");
    ObjectNode overlay =
        (ObjectNode) JSON.readTree("{\"overlay\":\"1.0.0\",\"actions\":[{\"target\":\"$.p['type','enum']\",\"remove\":true}]}");

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
