package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tradekit.intx.generated.model.GetPositionOffsets200Response;
import dev.tradekit.intx.generated.model.InstrumentPositionOffsetPairV1;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class PositionOffsetsApiTest extends SpecExchange {

  @Test
  void getPositionOffsetsWorksWithoutCredentialsAndSendsNoCbAccessHeader() throws Exception {
    serve("position-offsets.json");

    GetPositionOffsets200Response offsets = publicClient().positionOffsets().getPositionOffsets().execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("GET", request.getMethod());
    assertEquals("/api/v1/position-offsets", request.getPath());
    assertUnsigned(request);
    assertEquals(1, offsets.getPositionOffsets().size());
    InstrumentPositionOffsetPairV1 pair = offsets.getPositionOffsets().get(0);
    assertEquals("14thr7ft-1-0", pair.getPrimaryInstrumentId());
    assertEquals("31bpa1qz-1-1", pair.getSecondaryInstrumentId());
    assertEquals("0.02", pair.getOffset());
  }
}
