package dev.tradekit.intx.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradekit.intx.generated.model.AddressResponseV1;
import dev.tradekit.intx.generated.model.AssetNetworkV1;
import dev.tradekit.intx.generated.model.AssetV1;
import dev.tradekit.intx.generated.model.CreateCounterpartyIdResponseV1;
import dev.tradekit.intx.generated.model.CreateCounterpartyWithdrawResultV1;
import dev.tradekit.intx.generated.model.CreateCryptoWithdrawalResultV1;
import dev.tradekit.intx.generated.model.CreatePortfolioAssetTransfer200Response;
import dev.tradekit.intx.generated.model.GetTransfers200Response;
import dev.tradekit.intx.generated.model.InstrumentV1;
import dev.tradekit.intx.generated.model.OrderSide;
import dev.tradekit.intx.generated.model.PortfolioV1;
import dev.tradekit.intx.generated.model.TransferStatus;
import dev.tradekit.intx.generated.model.TransferType;
import dev.tradekit.intx.generated.model.TransferV1;
import dev.tradekit.intx.generated.model.TransferV1FromPortfolio;
import dev.tradekit.intx.generated.model.TransferV1ToPortfolio;
import dev.tradekit.intx.generated.model.ValidateCounterpartyIdResponseV1;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The Transfers tag and the two portfolio transfers: the transfer record (paged, filtered), and
 * withdrawals, addresses, counterparty ids and transfers between portfolios, each of which adds
 * the transfer it makes to the record.
 */
final class TransferEndpoints {
  private final Ledger<TransferV1> transfers;
  private final Portfolios portfolios;
  private final Market market;
  private final AtomicLong sequence = new AtomicLong();
  private final Set<String> counterpartyIds = java.util.concurrent.ConcurrentHashMap.newKeySet();

  TransferEndpoints(Ledger<TransferV1> transfers, Portfolios portfolios, Market market) {
    this.transfers = transfers;
    this.portfolios = portfolios;
    this.market = market;
  }

  void register(Map<String, Endpoint> endpoints) {
    endpoints.put("GET /api/v1/transfers", this::list);
    endpoints.put("GET /api/v1/transfers/{transfer_uuid}", call -> {
      String id = call.path("transfer_uuid");
      List<TransferV1> found = transfers.find(t -> t.getTransferUuid().toString().equalsIgnoreCase(id));
      if (found.isEmpty()) {
        throw ApiError.badRequest("Invalid transfer(UNKNOWN_TRANSFER - transfer not found)");
      }
      return found.get(0);
    });
    endpoints.put("POST /api/v1/transfers/withdraw", this::withdraw);
    endpoints.put("POST /api/v1/transfers/address", this::address);
    endpoints.put("POST /api/v1/transfers/create-counterparty-id", call -> {
      PortfolioV1 portfolio = portfolios.require(Call.requiredText(call.json(), "portfolio"));
      String id = counterpartyId(portfolio);
      counterpartyIds.add(id);
      return new CreateCounterpartyIdResponseV1().portfolioUuid(portfolio.getPortfolioUuid()).counterpartyId(id);
    });
    endpoints.put("POST /api/v1/transfers/validate-counterparty-id", call -> {
      String id = Call.requiredText(call.json(), "counterparty_id");
      return new ValidateCounterpartyIdResponseV1().counterpartyId(id).valid(isKnownCounterparty(id));
    });
    endpoints.put("POST /api/v1/transfers/withdraw/counterparty", this::counterpartyWithdraw);
    endpoints.put("POST /api/v1/portfolios/transfer", this::portfolioTransfer);
    endpoints.put("POST /api/v1/portfolios/transfer-position", this::positionTransfer);
  }

  private Object list(Call call) {
    Paging paging = Paging.of(call);
    Set<String> ids = new HashSet<>();
    for (String name : call.query.all("portfolio")) {
      ids.add(portfolios.require(name).getPortfolioId());
    }
    for (String name : call.query.all("portfolios")) {
      ids.add(portfolios.require(name).getPortfolioId());
    }
    OffsetDateTime from = call.queryTime("time_from");
    OffsetDateTime to = call.queryTime("time_to");
    TransferStatus status = call.query("status") == null ? null : NewOrders.enumValue(TransferStatus.class, call.query("status"), "status");
    TransferType type = call.query("type") == null ? TransferType.ALL : NewOrders.enumValue(TransferType.class, call.query("type"), "type");
    Predicate<TransferV1> filter = t -> (ids.isEmpty() || involves(t, ids))
        && (from == null || !t.getUpdatedAt().isBefore(from))
        && (to == null || !t.getUpdatedAt().isAfter(to))
        && (status == null || t.getStatus() == status)
        && (type == TransferType.ALL || t.getTransferType() == type);
    return new GetTransfers200Response().pagination(paging.base()).results(transfers.find(filter, paging.offset, paging.limit));
  }

  private static boolean involves(TransferV1 transfer, Set<String> portfolioIds) {
    return (transfer.getFromPortfolio() != null && portfolioIds.contains(transfer.getFromPortfolio().getId()))
        || (transfer.getToPortfolio() != null && portfolioIds.contains(transfer.getToPortfolio().getId()));
  }

  private Object withdraw(Call call) {
    JsonNode body = call.json();
    PortfolioV1 portfolio = portfolios.require(Call.requiredText(body, "portfolio"));
    AssetV1 asset = market.requireAsset(Call.requiredText(body, "asset"));
    BigDecimal amount = Decimals.positive(Call.requiredText(body, "amount"), "amount");
    String network = Call.requiredText(body, "network_arn_id");
    String address = Call.requiredText(body, "address");
    PortfolioBalances.requireAvailable(portfolios, portfolio, asset, amount);
    requireNetwork(asset, network);
    TransferV1 transfer = transfer(TransferType.WITHDRAW, asset, amount, call.now)
        .fromPortfolio(from(portfolio))
        .toAddress(address)
        .networkName(network.split("/")[1]);
    transfers.add(transfer);
    return new CreateCryptoWithdrawalResultV1().idem(transfer.getTransferUuid().toString());
  }

  private Object address(Call call) {
    JsonNode body = call.json();
    PortfolioV1 portfolio = portfolios.require(Call.requiredText(body, "portfolio"));
    AssetV1 asset = market.requireAsset(Call.requiredText(body, "asset"));
    String network = Call.requiredText(body, "network_arn_id");
    requireNetwork(asset, network);
    String hex = Ids.uuid("address:" + portfolio.getPortfolioId() + network).toString().replace("-", "");
    return new AddressResponseV1().address("0x" + hex + hex.substring(0, 8)).networkArnId(network).destinationTag("");
  }

  private Object counterpartyWithdraw(Call call) {
    JsonNode body = call.json();
    PortfolioV1 portfolio = portfolios.require(Call.requiredText(body, "portfolio"));
    String target = Call.requiredText(body, "counterparty_id");
    AssetV1 asset = market.requireAsset(Call.requiredText(body, "asset"));
    BigDecimal amount = Decimals.positive(Call.requiredText(body, "amount"), "amount");
    if (!body.path("nonce").canConvertToLong() || body.path("nonce").asLong() <= 0) {
      throw ApiError.required("nonce");
    }
    if (!isKnownCounterparty(target)) {
      throw ApiError.badRequest("Invalid counterparty(UNKNOWN_COUNTERPARTY - counterparty id not found)");
    }
    PortfolioBalances.requireAvailable(portfolios, portfolio, asset, amount);
    TransferV1 transfer = transfer(TransferType.WITHDRAW, asset, amount, call.now).fromPortfolio(from(portfolio))
        .fromCounterpartyId(counterpartyId(portfolio)).toCounterpartyId(target);
    transfers.add(transfer);
    return new CreateCounterpartyWithdrawResultV1()
        .idem(transfer.getTransferUuid().toString())
        .portfolioUuid(portfolio.getPortfolioUuid())
        .sourceCounterpartyId(counterpartyId(portfolio))
        .targetCounterpartyId(target)
        .asset(asset.getAssetName())
        .amount(amount.toPlainString());
  }

  private Object portfolioTransfer(Call call) {
    JsonNode body = call.json();
    PortfolioV1 from = portfolios.require(Call.requiredText(body, "from"));
    PortfolioV1 to = portfolios.require(Call.requiredText(body, "to"));
    AssetV1 asset = market.requireAsset(Call.requiredText(body, "asset"));
    BigDecimal amount = Decimals.positive(Call.requiredText(body, "amount"), "amount");
    if (from.getPortfolioId().equals(to.getPortfolioId())) {
      throw ApiError.badRequest("Invalid transfer(SAME_PORTFOLIO - from and to are the same portfolio)");
    }
    PortfolioBalances.requireAvailable(portfolios, from, asset, amount);
    transfers.add(transfer(TransferType.INTERNAL, asset, amount, call.now).fromPortfolio(from(from)).toPortfolio(to(to)));
    return new CreatePortfolioAssetTransfer200Response().success(true);
  }

  private Object positionTransfer(Call call) {
    JsonNode body = call.json();
    PortfolioV1 from = portfolios.require(Call.requiredText(body, "from"));
    PortfolioV1 to = portfolios.require(Call.requiredText(body, "to"));
    InstrumentV1 instrument = market.requireInstrument(Call.requiredText(body, "instrument"));
    BigDecimal quantity = Decimals.positive(Call.requiredText(body, "quantity"), "quantity");
    NewOrders.enumValue(OrderSide.class, Call.requiredText(body, "side"), "side");
    if (from.getPortfolioId().equals(to.getPortfolioId())) {
      throw ApiError.badRequest("Invalid transfer(SAME_PORTFOLIO - from and to are the same portfolio)");
    }
    boolean held = portfolios.positions(from.getPortfolioId()).stream().anyMatch(p -> p.getInstrumentId().equals(instrument.getInstrumentId()));
    if (!held) {
      throw ApiError.badRequest("Invalid position(NO_POSITION - no open position in " + instrument.getSymbol() + ")");
    }
    transfers.add(transfer(TransferType.INTERNAL, market.requireAsset(instrument.getBaseAssetId()), quantity, call.now)
        .fromPortfolio(from(from)).toPortfolio(to(to)).instrumentId(instrument.getInstrumentId()).instrumentSymbol(instrument.getSymbol()));
    return new CreatePortfolioAssetTransfer200Response().success(true);
  }

  private TransferV1 transfer(TransferType type, AssetV1 asset, BigDecimal amount, OffsetDateTime now) {
    long n = sequence.incrementAndGet();
    return new TransferV1()
        .transferUuid(Ids.uuid("new-transfer:" + n))
        .transferType(type)
        .amount(amount.toPlainString())
        .asset(asset.getAssetName())
        .status(type == TransferType.WITHDRAW ? TransferStatus.STARTED : TransferStatus.PROCESSED)
        .createdAt(now)
        .updatedAt(now);
  }

  private void requireNetwork(AssetV1 asset, String network) {
    boolean known = market.networks(asset).stream().map(AssetNetworkV1::getNetworkArnId).anyMatch(network::equals);
    if (!known) {
      throw ApiError.badRequest("Invalid network(UNKNOWN_NETWORK - " + asset.getAssetName() + " is not on " + network + ")");
    }
  }

  private static String counterpartyId(PortfolioV1 portfolio) {
    String hex = Long.toString(Math.abs((long) portfolio.getPortfolioUuid().hashCode()), 36).toUpperCase(Locale.ROOT);
    return ("CB" + hex + "XXXXXXXX").substring(0, 10);
  }

  private boolean isKnownCounterparty(String id) {
    return counterpartyIds.contains(id) || portfolios.all().stream().anyMatch(p -> counterpartyId(p).equals(id));
  }

  private static TransferV1FromPortfolio from(PortfolioV1 portfolio) {
    return new TransferV1FromPortfolio().id(portfolio.getPortfolioId()).uuid(portfolio.getPortfolioUuid()).name(portfolio.getName());
  }

  private static TransferV1ToPortfolio to(PortfolioV1 portfolio) {
    return new TransferV1ToPortfolio().id(portfolio.getPortfolioId()).uuid(portfolio.getPortfolioUuid()).name(portfolio.getName());
  }
}
