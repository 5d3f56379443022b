package dev.tradekit.intx.simulator;

import dev.tradekit.intx.generated.model.AssetNetworkV1;
import dev.tradekit.intx.generated.model.AssetV1;
import dev.tradekit.intx.generated.model.FeeRateTierV1;
import dev.tradekit.intx.generated.model.IndexCompositionV1;
import dev.tradekit.intx.generated.model.InstrumentPositionOffsetPairV1;
import dev.tradekit.intx.generated.model.InstrumentV1;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The exchange's reference data: assets and their networks, instruments with their quotes, the
 * index, fee-rate tiers and position offsets. Seeded once and never changed; every getter returns
 * copies, so it is safe to share.
 */
final class Market {
  static final String INDEX = "COIN50";

  private final List<AssetV1> assets;
  private final Map<String, List<AssetNetworkV1>> networksByAssetId;
  private final List<InstrumentV1> instruments;
  private final IndexCompositionV1 index;
  private final List<FeeRateTierV1> feeRateTiers;
  private final List<InstrumentPositionOffsetPairV1> positionOffsets;

  Market(List<AssetV1> assets, Map<String, List<AssetNetworkV1>> networksByAssetId, List<InstrumentV1> instruments,
      IndexCompositionV1 index, List<FeeRateTierV1> feeRateTiers, List<InstrumentPositionOffsetPairV1> positionOffsets) {
    this.assets = List.copyOf(assets);
    this.networksByAssetId = Map.copyOf(networksByAssetId);
    this.instruments = List.copyOf(instruments);
    this.index = index;
    this.feeRateTiers = List.copyOf(feeRateTiers);
    this.positionOffsets = List.copyOf(positionOffsets);
  }

  List<AssetV1> assets() {
    return copies(assets, AssetV1.class);
  }

  /** By name ({@code BTC}), asset id or asset UUID. */
  Optional<AssetV1> asset(String nameIdOrUuid) {
    return assets.stream()
        .filter(asset -> asset.getAssetName().equalsIgnoreCase(nameIdOrUuid) || asset.getAssetId().equals(nameIdOrUuid)
            || asset.getAssetUuid().toString().equalsIgnoreCase(nameIdOrUuid))
        .findFirst()
        .map(asset -> Copies.of(asset, AssetV1.class));
  }

  AssetV1 requireAsset(String nameIdOrUuid) {
    return asset(nameIdOrUuid).orElseThrow(() -> ApiError.badRequest("Invalid asset(UNKNOWN_ASSET - asset not found: " + nameIdOrUuid + ")"));
  }

  List<AssetNetworkV1> networks(AssetV1 asset) {
    return copies(networksByAssetId.getOrDefault(asset.getAssetId(), List.of()), AssetNetworkV1.class);
  }

  List<InstrumentV1> instruments() {
    return copies(instruments, InstrumentV1.class);
  }

  /** By symbol ({@code BTC-PERP}), instrument id or instrument UUID. */
  Optional<InstrumentV1> instrument(String symbolIdOrUuid) {
    return instruments.stream()
        .filter(instrument -> instrument.getSymbol().equalsIgnoreCase(symbolIdOrUuid)
            || instrument.getInstrumentId().equals(symbolIdOrUuid)
            || instrument.getInstrumentUuid().toString().equalsIgnoreCase(symbolIdOrUuid))
        .findFirst()
        .map(instrument -> Copies.of(instrument, InstrumentV1.class));
  }

  InstrumentV1 requireInstrument(String symbolIdOrUuid) {
    return instrument(symbolIdOrUuid)
        .orElseThrow(() -> ApiError.badRequest("Invalid instrument(UNKNOWN_INSTRUMENT - instrument not found: " + symbolIdOrUuid + ")"));
  }

  /** The mark price of an instrument the market lists. */
  double markPrice(String symbolIdOrUuid) {
    return Double.parseDouble(requireInstrument(symbolIdOrUuid).getQuote().getMarkPrice());
  }

  /** Whether {@code type} (SPOT, PERP or PERPETUAL_FUTURE) names this instrument's type. */
  static boolean isOfType(InstrumentV1 instrument, String type) {
    String wanted = type.toUpperCase(Locale.ROOT);
    String actual = instrument.getType().getValue();
    return actual.equals(wanted) || ("PERP".equals(actual) && "PERPETUAL_FUTURE".equals(wanted));
  }

  IndexCompositionV1 index(String name) {
    if (!INDEX.equalsIgnoreCase(name)) {
      throw ApiError.badRequest("Invalid index(UNKNOWN_INDEX - index not found: " + name + ")");
    }
    return Copies.of(index, IndexCompositionV1.class);
  }

  List<FeeRateTierV1> feeRateTiers() {
    return copies(feeRateTiers, FeeRateTierV1.class);
  }

  List<InstrumentPositionOffsetPairV1> positionOffsets() {
    return copies(positionOffsets, InstrumentPositionOffsetPairV1.class);
  }

  private static <T> List<T> copies(List<T> values, Class<T> type) {
    return values.stream().map(value -> Copies.of(value, type)).collect(java.util.stream.Collectors.toList());
  }
}
