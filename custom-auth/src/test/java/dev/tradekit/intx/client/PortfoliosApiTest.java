package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tradekit.intx.generated.model.AutoMarginEnabledRequest;
import dev.tradekit.intx.generated.model.BeneficialOwnerPositionV1;
import dev.tradekit.intx.generated.model.BeneficialOwnerTotalOpenPositionLimitsV1;
import dev.tradekit.intx.generated.model.CreatePortfolioPositionTransferRequest;
import dev.tradekit.intx.generated.model.CreatePortfolioRequest;
import dev.tradekit.intx.generated.model.CrossCollateralEnabledRequest;
import dev.tradekit.intx.generated.model.GetMultiPortfolioFills200Response;
import dev.tradekit.intx.generated.model.InstrumentType;
import dev.tradekit.intx.generated.model.LoanUpdateAction;
import dev.tradekit.intx.generated.model.OrderSide;
import dev.tradekit.intx.generated.model.OrderStatus;
import dev.tradekit.intx.generated.model.PatchPortfolioRequest;
import dev.tradekit.intx.generated.model.PortfolioBalanceV1;
import dev.tradekit.intx.generated.model.PortfolioDetailV1;
import dev.tradekit.intx.generated.model.PortfolioFeeRateV1;
import dev.tradekit.intx.generated.model.PortfolioFillV1;
import dev.tradekit.intx.generated.model.PortfolioGetAvailableLoanResultV1;
import dev.tradekit.intx.generated.model.PortfolioLoanInfoResultV1;
import dev.tradekit.intx.generated.model.PortfolioPositionV1;
import dev.tradekit.intx.generated.model.PortfolioPreviewLoanUpdateResultV1;
import dev.tradekit.intx.generated.model.PortfolioSummaryV1;
import dev.tradekit.intx.generated.model.PortfolioUpdateLoanResultV1;
import dev.tradekit.intx.generated.model.PortfolioUpdateMarginOverrideV1;
import dev.tradekit.intx.generated.model.PortfolioV1;
import dev.tradekit.intx.generated.model.SelfTradePreventionMode;
import dev.tradekit.intx.generated.model.SetPortfolioMarginOverrideRequest;
import dev.tradekit.intx.generated.model.Source;
import dev.tradekit.intx.generated.model.TimeInForce;
import dev.tradekit.intx.generated.model.UpdatePortfolioLoanRequest;
import dev.tradekit.intx.generated.model.UpdatePortfolioRequest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The read side of Portfolios against MockWebServer, request and response checked against the spec. */
class PortfoliosApiTest extends SpecExchange {

  static void assertInvestmentAccount(PortfolioV1 portfolio) {
    assertEquals("14thr7ft-1-0", portfolio.getPortfolioId());
    assertEquals(UUID.fromString("3d50e347-6a59-4965-a4cd-b25934d84126"), portfolio.getPortfolioUuid());
    assertEquals("Investment Account", portfolio.getName());
    assertEquals(UUID.fromString("f67de785-60a7-45ea-b87a-07e83eae7c12"), portfolio.getUserUuid());
    assertEquals("0.02", portfolio.getMakerFeeRate());
    assertEquals("0.04", portfolio.getTakerFeeRate());
    assertEquals(Boolean.FALSE, portfolio.getTradingLock());
    assertEquals(Boolean.FALSE, portfolio.getBorrowDisabled());
    assertEquals(Boolean.FALSE, portfolio.getIsLsp());
    assertEquals(Boolean.TRUE, portfolio.getIsDefault());
    assertEquals(Boolean.FALSE, portfolio.getCrossCollateralEnabled());
    assertEquals(Boolean.FALSE, portfolio.getPreLaunchTradingEnabled());
  }

  static void assertFill(PortfolioFillV1 fill) {
    assertEquals("t4umaqa-1-1", fill.getPortfolioId());
    assertEquals("018ab3b1-d38a-750e-8a1d-8b7815ea8bfb", fill.getPortfolioUuid());
    assertEquals("portfolio1", fill.getPortfolioName());
    assertEquals("14thr7g8-1-1", fill.getFillId());
    assertEquals("224040873497739742", fill.getExecId());
    assertEquals("14thr7eg-1-1", fill.getOrderId());
    assertEquals(UUID.fromString("c3f2130a-1e47-4f33-9a88-beffc11fdd50"), fill.getInstrumentUuid());
    assertEquals("BTC-PERP", fill.getSymbol());
    assertEquals("14thr75g-0-0", fill.getMatchId());
    assertEquals("31011.75", fill.getFillPrice());
    assertEquals("0.2", fill.getFillQty());
    assertEquals("4V5LrMqiJPU44hpQ", fill.getClientId());
    assertEquals("ABC123", fill.getClientOrderId());
    assertEquals("1.2", fill.getOrderQty());
    assertEquals("31012.0", fill.getLimitPrice());
    assertEquals("0.1", fill.getTotalFilled());
    assertEquals("31011.1", fill.getFilledVwap());
    assertEquals(OffsetDateTime.parse("2023-03-16T23:59:53Z"), fill.getExpireTime());
    assertEquals("31010.5", fill.getStopPrice());
    assertEquals(OrderSide.BUY, fill.getSide());
    assertEquals(TimeInForce.GTC, fill.getTif());
    assertEquals(SelfTradePreventionMode.AGGRESSING, fill.getStpMode());
    assertEquals("75.53", fill.getFee());
    assertEquals("USDC", fill.getFeeAsset());
    assertEquals(OrderStatus.WORKING, fill.getOrderStatus());
    assertEquals(OffsetDateTime.parse("2023-03-16T23:59:53Z"), fill.getEventTime());
    assertEquals(Source.CLIENT_ORDER, fill.getSource());
  }

  @Test
  void getPortfolios() throws Exception {
    serve("portfolios.json");

    List<PortfolioV1> portfolios = client.portfolios().getPortfolios().execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("GET", request.getMethod());
    assertEquals("/api/v1/portfolios", request.getPath());
    assertSigned(request);
    assertEquals(1, portfolios.size());
    assertInvestmentAccount(portfolios.get(0));
  }

  @Test
  void withoutCredentialsGetPortfoliosThrowsBeforeAnythingIsSent() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> publicClient().portfolios().getPortfolios());

    assertEquals(
        "PortfoliosApi.getPortfolios needs an API key, and this client was built without credentials (IntxClient.builder(credentials))",
        e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void getPortfolio() throws Exception {
    serve("portfolio.json");

    PortfolioV1 portfolio = client.portfolios().getPortfolio(PORTFOLIO).execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("/api/v1/portfolios/5189861793641175", request.getPath());
    assertSigned(request);
    assertInvestmentAccount(portfolio);
  }

  @Test
  void getPortfolioBalances() throws Exception {
    serve("balances.json");

    List<PortfolioBalanceV1> balances = client.portfolios().getPortfolioBalances(PORTFOLIO).execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("/api/v1/portfolios/5189861793641175/balances", request.getPath());
    assertSigned(request);
    PortfolioBalanceV1 btc = balances.get(0);
    assertEquals("14thr7fc-1-1", btc.getAssetId());
    assertEquals("BTC", btc.getAssetName());
    assertEquals(UUID.fromString("d92669ba-8a04-46d8-9b28-a2bbaeee3b9a"), btc.getAssetUuid());
    assertEquals("1.75", btc.getQuantity());
    assertEquals("0.5", btc.getHold());
    assertEquals("0.5", btc.getHoldAvailableForCollateral());
    assertEquals("0.25", btc.getTransferHold());
    assertEquals("0.9", btc.getCollateralValue());
    assertEquals("0.9", btc.getMaxWithdrawAmount());
    assertEquals("1.0", btc.getLoan());
    assertEquals("0", btc.getLoanCollateralRequirement());
    assertEquals("0.5", btc.getPledgedCollateralQuantity());
    String contribution = btc.getLoanInitialMarginContribution();
    assertEquals("0.07", contribution);
    assertEquals("100.5", btc.getCollateralBackedOverdraftLoan());
    assertEquals("548.5", btc.getUserRequestedLoan());
  }

  @Test
  void getPortfolioPositions() throws Exception {
    serve("positions.json");

    List<PortfolioPositionV1> positions = client.portfolios().getPortfolioPositions(PORTFOLIO).execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("/api/v1/portfolios/5189861793641175/positions", request.getPath());
    assertSigned(request);
    PortfolioPositionV1 position = positions.get(0);
    assertEquals("1tvrktwe-1-457", position.getId());
    assertEquals("BTC-PERP", position.getSymbol());
    assertEquals("14thr7ft-1-0", position.getInstrumentId());
    assertEquals(UUID.fromString("8ca6c040-48df-426b-bb4e-74413909da26"), position.getInstrumentUuid());
    assertEquals("31011.75", position.getVwap());
    assertEquals("1.75", position.getNetSize());
    assertEquals("2.65", position.getBuyOrderSize());
    assertEquals("1.2", position.getSellOrderSize());
    assertDecimal("0.07", position.getImContribution());
    assertEquals("2953.01", position.getUnrealizedPnl());
    assertEquals("20000.63", position.getMarkPrice());
    assertEquals("34021.45", position.getEntryVwap());
  }

  @Test
  void getPortfolioFillsSendsDateTimesLikeTheSpecExample() throws Exception {
    serve("fills-page.json");

    GetMultiPortfolioFills200Response page =
        client.portfolios()
            .getPortfolioFills(
                PORTFOLIO, null, "ABC123", OffsetDateTime.parse("2023-03-16T23:59:53Z"), 30, 50,
                OffsetDateTime.parse("2023-03-16T00:00Z"))
            .execute()
            .body();

    RecordedRequest request = conformingRequest();
    assertEquals(
        "/api/v1/portfolios/5189861793641175/fills?client_order_id=ABC123&ref_datetime=2023-03-16T23%3A59%3A53Z"
            + "&result_limit=30&result_offset=50&time_from=2023-03-16T00%3A00%3A00Z",
        request.getPath());
    assertEquals("2023-03-16T23:59:53Z", request.getRequestUrl().queryParameter("ref_datetime"));
    assertSigned(request);
    assertEquals(30, page.getPagination().getResultLimit());
    assertEquals(50, page.getPagination().getResultOffset());
    assertEquals(OffsetDateTime.parse("2023-03-16T23:59:53Z"), page.getPagination().getRefDatetime());
    assertFill(page.getResults().get(0));
  }

  @Test
  void getPortfolioFillsWithNoFiltersSendsNoQuery() throws Exception {
    serve("fills-page.json");

    client.portfolios().getPortfolioFills(PORTFOLIO, null, null, null, null, null, null).execute();

    assertEquals("/api/v1/portfolios/5189861793641175/fills", conformingRequest().getPath());
  }

  @Test
  void getMultiPortfolioFills() throws Exception {
    serve("fills-page.json");

    GetMultiPortfolioFills200Response page =
        client.portfolios()
            .getMultiPortfolioFills("17ac272b-18af-4d12-91de-d0182d559a3c", "43877033468085758", null, null, 30, null, null)
            .execute()
            .body();

    RecordedRequest request = conformingRequest();
    assertEquals(
        "/api/v1/portfolios/fills?portfolios=17ac272b-18af-4d12-91de-d0182d559a3c&order_id=43877033468085758&result_limit=30",
        request.getPath());
    assertSigned(request);
    assertEquals(1, page.getResults().size());
    assertFill(page.getResults().get(0));
  }

  @Test
  void aMissingPortfolioIsNamedBeforeSending() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> client.portfolios().getPortfolioBalances(null));

    assertEquals("portfolio is required", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void getPortfolioSummary() throws Exception {
    serve("portfolio-summary.json");

    PortfolioSummaryV1 summary = client.portfolios().getPortfolioSummary(PORTFOLIO).execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("/api/v1/portfolios/5189861793641175/summary", request.getPath());
    assertSigned(request);
    assertEquals("14750.53", summary.getCollateral());
    assertEquals("2953.01", summary.getUnrealizedPnl());
    assertEquals("0", summary.getUnrealizedPnlPercent());
    assertEquals("1050.32", summary.getPositionNotional());
    assertEquals("3010.02", summary.getOpenPositionNotional());
    assertEquals("120.31", summary.getPendingFees());
    assertEquals("4111.32", summary.getBorrow());
    assertEquals("10.02", summary.getAccruedInterest());
    assertEquals("311.02", summary.getRollingDebt());
    assertEquals("15751.6", summary.getBalance());
    assertEquals("14964.02", summary.getBuyingPower());
    assertDecimal("0.05", summary.getPortfolioInitialMargin());
    assertDecimal("0.033", summary.getPortfolioMaintenanceMargin());
    assertDecimal("0.01665", summary.getPortfolioCloseOutMargin());
    assertEquals(Boolean.FALSE, summary.getInLiquidation());
    assertDecimal("1571.5345", summary.getPortfolioInitialMarginNotional());
    assertDecimal("482.6651", summary.getPortfolioCloseOutMarginNotional());
    assertDecimal("0.2", summary.getMarginOverride());
    assertDecimal("0.3", summary.getLockUpInitialMargin());
    assertEquals("0", summary.getLoanCollateralRequirement());
    assertDecimal("3010.02", summary.getPositionOffsetNotional());
  }

  @Test
  void getPortfolioLoans() throws Exception {
    serve("loans.json");

    List<PortfolioLoanInfoResultV1> loans = client.portfolios().getPortfolioLoans(PORTFOLIO).execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("/api/v1/portfolios/5189861793641175/loans", request.getPath());
    assertSigned(request);
    PortfolioLoanInfoResultV1 usdc = loans.get(0);
    assertEquals("t4umaqa-1-1", usdc.getPortfolioId());
    assertEquals("14thr7fc-1-1", usdc.getAssetId());
    assertEquals(UUID.fromString("d92669ba-8a04-46d8-9b28-a2bbaeee3b9a"), usdc.getAssetUuid());
    assertEquals("USDC", usdc.getAsset());
    assertEquals("100.75", usdc.getTotalLoan());
    assertEquals("10.5", usdc.getCollateralBackedOverdraftLoan());
    assertEquals("64.5", usdc.getUserRequestedLoan());
    assertEquals("10.01", usdc.getCollateralRequirement());
    String contribution = usdc.getInitialMarginContribution();
    String requirement = usdc.getInitialMarginRequirement();
    assertEquals("0.07", contribution);
    assertEquals("0.15", requirement);
    assertEquals("0.085", usdc.getCurrentInterestRate());
    assertEquals("0.9", usdc.getPendingInterestCharge());
  }

  @Test
  void getPortfolioDetail() throws Exception {
    serve("portfolio-detail.json");

    PortfolioDetailV1 detail = client.portfolios().getPortfolioDetail(PORTFOLIO).execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("/api/v1/portfolios/5189861793641175/detail", request.getPath());
    assertSigned(request);
    assertEquals("15751.6", detail.getSummary().getBalance());
    assertEquals("1.75", detail.getBalances().get(0).getQuantity());
    assertEquals("1.75", detail.getPositions().get(0).getNetSize());
  }

  @Test
  void getPortfolioBalanceLoanAndPositionOfOneAssetOrInstrument() throws Exception {
    serve("balance.json");
    serve("loan.json");
    serve("position.json");

    PortfolioBalanceV1 balance = client.portfolios().getPortfolioBalance(PORTFOLIO, "BTC").execute().body();
    PortfolioLoanInfoResultV1 loan = client.portfolios().getPortfolioLoan(PORTFOLIO, "USDC").execute().body();
    PortfolioPositionV1 position = client.portfolios().getPortfolioPosition(PORTFOLIO, "BTC-PERP").execute().body();

    assertEquals("/api/v1/portfolios/5189861793641175/balances/BTC", conformingRequest().getPath());
    assertEquals("/api/v1/portfolios/5189861793641175/loans/USDC", conformingRequest().getPath());
    RecordedRequest last = conformingRequest();
    assertEquals("/api/v1/portfolios/5189861793641175/positions/BTC-PERP", last.getPath());
    assertSigned(last);
    assertEquals("1.75", balance.getQuantity());
    assertEquals("100.75", loan.getTotalLoan());
    assertEquals("34021.45", position.getEntryVwap());
  }

  @Test
  void updatePortfolioLoanPreviewAndAvailability() throws Exception {
    serve("loan-update.json");
    serve("loan-preview.json");
    serve("loan-availability.json");
    UpdatePortfolioLoanRequest acquire = new UpdatePortfolioLoanRequest().action(LoanUpdateAction.ACQUIRE).amount("1000");

    PortfolioUpdateLoanResultV1 updated = client.portfolios().updatePortfolioLoan(PORTFOLIO, "USDC", acquire).execute().body();
    PortfolioPreviewLoanUpdateResultV1 preview =
        client.portfolios().previewUpdatePortfolioLoan(PORTFOLIO, "USDC", acquire).execute().body();
    PortfolioGetAvailableLoanResultV1 available = client.portfolios().portfolioLoanAvailability(PORTFOLIO, "USDC").execute().body();

    RecordedRequest update = conformingRequest();
    assertEquals("POST", update.getMethod());
    assertEquals("/api/v1/portfolios/5189861793641175/loans/USDC", update.getPath());
    assertEquals("{\"action\":\"ACQUIRE\",\"amount\":\"1000\"}", update.getBody().clone().readUtf8());
    assertSigned(update);
    RecordedRequest previewRequest = conformingRequest();
    assertEquals("/api/v1/portfolios/5189861793641175/loans/USDC/preview", previewRequest.getPath());
    assertEquals("{\"action\":\"ACQUIRE\",\"amount\":\"1000\"}", previewRequest.getBody().readUtf8());
    assertEquals("/api/v1/portfolios/5189861793641175/loans/USDC/availability", conformingRequest().getPath());
    assertDecimal("10.75", updated.getDelta());
    assertDecimal("100.75", updated.getTotal());
    assertEquals(UUID.fromString("018ab3b1-d38a-750e-8a1d-8b7815ea8bfb"), updated.getPortfolioUuid());
    assertEquals("0.07", preview.getInitialMarginDelta());
    assertEquals("500.9", preview.getMaxAvailable());
    assertEquals(Boolean.TRUE, preview.getIsValid());
    assertEquals("50000", available.getAvailable());
  }

  @Test
  void positionLimits() throws Exception {
    serve("position-limits.json");
    serve("position-limits-positions.json");
    serve("position-limit.json");

    BeneficialOwnerTotalOpenPositionLimitsV1 total = client.portfolios().getPortfolioPositionLimits(PORTFOLIO).execute().body();
    List<BeneficialOwnerPositionV1> all =
        client.portfolios().getPortfolioPositionLimitsAllInstruments(PORTFOLIO).execute().body();
    BeneficialOwnerPositionV1 one =
        client.portfolios().getPortfolioPositionLimitsInstrument(PORTFOLIO, "BTC-PERP").execute().body();

    assertEquals("/api/v1/portfolios/5189861793641175/position-limits", conformingRequest().getPath());
    assertEquals("/api/v1/portfolios/5189861793641175/position-limits/positions", conformingRequest().getPath());
    assertEquals("/api/v1/portfolios/5189861793641175/position-limits/positions/BTC-PERP", conformingRequest().getPath());
    assertEquals(new BigDecimal("2.25E9"), total.getTotalOpenPositionNotionalLimit());
    assertEquals(Boolean.TRUE, total.getTotalOpenPositionNotionalLimitEnforced());
    assertEquals("BTC-PERP", all.get(0).getSymbol());
    assertEquals(new BigDecimal("2.5E8"), one.getOpenPositionNotionalLimit());
  }

  @Test
  void createUpdateAndPatchAPortfolioSendOnlyWhatIsSet() throws Exception {
    serve("portfolio.json");
    serve("portfolio.json");
    serve("portfolio.json");

    client.portfolios().createPortfolio(new CreatePortfolioRequest().name("Investment Account")).execute();
    client.portfolios().updatePortfolio(PORTFOLIO, new UpdatePortfolioRequest().name("Investment Account")).execute();
    PortfolioV1 patched = client.portfolios().patchPortfolio(new PatchPortfolioRequest().autoMarginEnabled(true)).execute().body();

    RecordedRequest create = conformingRequest();
    assertEquals("POST", create.getMethod());
    assertEquals("/api/v1/portfolios", create.getPath());
    assertEquals("{\"name\":\"Investment Account\"}", create.getBody().readUtf8());
    RecordedRequest update = conformingRequest();
    assertEquals("PUT", update.getMethod());
    assertEquals("/api/v1/portfolios/5189861793641175", update.getPath());
    assertEquals("{\"name\":\"Investment Account\"}", update.getBody().readUtf8());
    RecordedRequest patch = conformingRequest();
    assertEquals("PATCH", patch.getMethod());
    assertEquals("/api/v1/portfolios", patch.getPath());
    // Only the one setting changed: the others, left null, must not go out as nulls.
    assertEquals("{\"auto_margin_enabled\":true}", patch.getBody().clone().readUtf8());
    assertSigned(patch);
    assertInvestmentAccount(patched);
  }

  @Test
  void crossCollateralAutoMarginAndMarginOverride() throws Exception {
    serve("portfolio.json");
    serve("portfolio.json");
    serve("margin-override.json");

    client.portfolios().crossCollateralEnabled(PORTFOLIO, new CrossCollateralEnabledRequest().enabled(true)).execute();
    client.portfolios().autoMarginEnabled(PORTFOLIO, new AutoMarginEnabledRequest().enabled(false)).execute();
    PortfolioUpdateMarginOverrideV1 override =
        client.portfolios()
            .setPortfolioMarginOverride(new SetPortfolioMarginOverrideRequest().portfolioId(PORTFOLIO).marginOverride("0.2"))
            .execute()
            .body();

    RecordedRequest cross = conformingRequest();
    assertEquals("/api/v1/portfolios/5189861793641175/cross-collateral-enabled", cross.getPath());
    assertEquals("{\"enabled\":true}", cross.getBody().readUtf8());
    RecordedRequest auto = conformingRequest();
    assertEquals("/api/v1/portfolios/5189861793641175/auto-margin-enabled", auto.getPath());
    assertEquals("{\"enabled\":false}", auto.getBody().readUtf8());
    RecordedRequest margin = conformingRequest();
    assertEquals("/api/v1/portfolios/margin", margin.getPath());
    assertEquals("{\"portfolio_id\":\"5189861793641175\",\"margin_override\":\"0.2\"}", margin.getBody().clone().readUtf8());
    assertSigned(margin);
    assertEquals("t4umaqa-1-1", override.getPortfolioId());
    assertDecimal("0.2", override.getMarginOverride());
  }

  @Test
  void transferAPositionAndListFeeRates() throws Exception {
    serve("transfer-success.json");
    serve("portfolio-fee-rates.json");

    Boolean success =
        client.portfolios()
            .createPortfolioPositionTransfer(
                new CreatePortfolioPositionTransferRequest()
                    .from(PORTFOLIO)
                    .to("892e8c7c-e979-4cad-b61b-55a197932cf1")
                    .instrument("BTC-PERP")
                    .quantity("0.5")
                    .side("BUY"))
            .execute()
            .body()
            .getSuccess();
    List<PortfolioFeeRateV1> rates = client.portfolios().getPortfoliosFeeRates().execute().body();

    RecordedRequest transfer = conformingRequest();
    assertEquals("/api/v1/portfolios/transfer-position", transfer.getPath());
    assertEquals(
        "{\"from\":\"5189861793641175\",\"to\":\"892e8c7c-e979-4cad-b61b-55a197932cf1\",\"instrument\":\"BTC-PERP\","
            + "\"quantity\":\"0.5\",\"side\":\"BUY\"}",
        transfer.getBody().readUtf8());
    assertEquals("/api/v1/portfolios/fee-rates", conformingRequest().getPath());
    assertEquals(Boolean.TRUE, success);
    PortfolioFeeRateV1 rate = rates.get(0);
    assertEquals(InstrumentType.PERP, rate.getInstrumentType());
    assertEquals("1", rate.getFeeTierId());
    assertEquals(Boolean.FALSE, rate.getIsVipTier());
    assertEquals("Public Tier 1", rate.getFeeTierName());
    assertEquals("0.02", rate.getMakerFeeRate());
    assertEquals("0.04", rate.getTakerFeeRate());
    assertEquals(Boolean.FALSE, rate.getIsOverride());
    assertEquals("1000.0", rate.getTrailing30dayVolume());
    assertEquals("1000.0", rate.getTrailing24hrUsdcBalance());
  }
}
