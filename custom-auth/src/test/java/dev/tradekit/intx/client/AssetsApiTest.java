package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tradekit.intx.generated.model.AssetNetworkV1;
import dev.tradekit.intx.generated.model.AssetStatus;
import dev.tradekit.intx.generated.model.AssetV1;
import java.util.List;
import java.util.UUID;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Assets, public market data: spec-shaped answers, checked against the spec both ways. */
class AssetsApiTest extends SpecExchange {

  @Test
  void getAssetsWorksWithoutCredentialsAndSendsNoCbAccessHeader() throws Exception {
    serve("assets.json");

    List<AssetV1> assets = publicClient().assets().getAssets().execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("GET", request.getMethod());
    assertEquals("/api/v1/assets", request.getPath());
    assertUnsigned(request);
    assertEquals(1, assets.size());
    AssetV1 btc = assets.get(0);
    assertEquals("3351829018369611", btc.getAssetId());
    assertEquals(UUID.fromString("592a8039-db3e-45ed-b752-ffd1983eead2"), btc.getAssetUuid());
    assertEquals("BTC", btc.getAssetName());
    assertEquals(AssetStatus.ACTIVE, btc.getStatus());
    assertDecimal("0.9", btc.getCollateralWeight());
    assertEquals(Boolean.TRUE, btc.getSupportedNetworksEnabled());
    assertEquals("10", btc.getMinBorrowQty());
    assertEquals("1000000", btc.getMaxBorrowQty());
    assertDecimal("1.2", btc.getLoanCollateralRequirementMultiplier());
    assertEquals(Boolean.FALSE, btc.getEcosystemCollateralLimitBreached());
    assertEquals("0.15", btc.getLoanInitialMargin());
    assertEquals("3", btc.getMaxLoanLeverage());
  }

  @Test
  void getAssetNetworksWithCredentialsIsSignedAnyway() throws Exception {
    serve("asset-networks.json");

    List<AssetNetworkV1> networks = client.assets().getAssetNetworks("ETH").execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("/api/v1/assets/ETH/networks", request.getPath());
    assertSigned(request);
    AssetNetworkV1 eth = networks.get(0);
    assertEquals("3379757734632303", eth.getAssetId());
    assertEquals("ETH", eth.getAssetName());
    assertEquals("networks/ethereum-mainnet/assets/313ef8a9-ae5a-5f2f-8a56-572c0e2a4d5a", eth.getNetworkArnId());
    assertEquals("0.001", eth.getMinWithdrawalAmt());
    assertEquals("355.575", eth.getMaxWithdrawalAmt());
    assertEquals(5, eth.getNetworkConfirms());
    assertEquals(3600, eth.getProcessingTime());
    assertEquals(Boolean.TRUE, eth.getIsDefault());
    assertEquals("ethereum", eth.getNetworkName());
    assertEquals("Ethereum", eth.getDisplayName());
  }

  @Test
  void getAsset() throws Exception {
    serve("asset.json");

    AssetV1 btc = publicClient().assets().getAsset("BTC").execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("/api/v1/assets/BTC", request.getPath());
    assertUnsigned(request);
    assertEquals("3351829018369611", btc.getAssetId());
    assertEquals(AssetStatus.ACTIVE, btc.getStatus());
    assertEquals("3", btc.getMaxLoanLeverage());
  }
}
