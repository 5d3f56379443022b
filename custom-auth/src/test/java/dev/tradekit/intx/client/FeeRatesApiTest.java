package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tradekit.intx.generated.model.FeeRateTierV1;
import dev.tradekit.intx.generated.model.FeeTierType;
import dev.tradekit.intx.generated.model.InstrumentType;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class FeeRatesApiTest extends SpecExchange {

  @Test
  void getFeeRateTiersWorksWithoutCredentialsAndSendsNoCbAccessHeader() throws Exception {
    serve("fee-rate-tiers.json");

    List<FeeRateTierV1> tiers = publicClient().feeRates().getFeeRateTiers().execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("GET", request.getMethod());
    assertEquals("/api/v1/fee-rate-tiers", request.getPath());
    assertUnsigned(request);
    FeeRateTierV1 tier = tiers.get(0);
    assertEquals(FeeTierType.LIQUIDITY_PROGRAM, tier.getFeeTierType());
    assertEquals(InstrumentType.PERP, tier.getInstrumentType());
    assertEquals("1", tier.getFeeTierId());
    assertEquals("Public Tier 1", tier.getFeeTierName());
    assertEquals("0.02", tier.getMakerFeeRate());
    assertEquals("0.04", tier.getTakerFeeRate());
    assertEquals("1000.0", tier.getMinBalance());
    assertEquals("1000.0", tier.getMinVolume());
    assertEquals(Boolean.FALSE, tier.getRequireBalanceAndVolume());
  }

  @Test
  void withCredentialsTheSameCallIsSignedLikeThePublishedVector() throws Exception {
    serve("fee-rate-tiers.json");

    client.feeRates().getFeeRateTiers().execute();

    assertSigned(conformingRequest());
  }
}
