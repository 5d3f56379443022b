package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tradekit.intx.generated.model.AddressResponseV1;
import dev.tradekit.intx.generated.model.CounterpartyWithdrawRequest;
import dev.tradekit.intx.generated.model.CreateAddressRequest;
import dev.tradekit.intx.generated.model.CreateCounterpartyIdRequest;
import dev.tradekit.intx.generated.model.CreateCounterpartyIdResponseV1;
import dev.tradekit.intx.generated.model.CreateCounterpartyWithdrawResultV1;
import dev.tradekit.intx.generated.model.CreateCryptoWithdrawalResultV1;
import dev.tradekit.intx.generated.model.GetTransfers200Response;
import dev.tradekit.intx.generated.model.TransferStatus;
import dev.tradekit.intx.generated.model.TransferType;
import dev.tradekit.intx.generated.model.TransferV1;
import dev.tradekit.intx.generated.model.ValidateCounterpartyIdRequest;
import dev.tradekit.intx.generated.model.ValidateCounterpartyIdResponseV1;
import dev.tradekit.intx.generated.model.WithdrawRequest;
import java.time.OffsetDateTime;
import java.util.UUID;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class TransfersApiTest extends SpecExchange {

  @Test
  void getTransfersSendsTheDeprecatedPortfolioAsPortfolioAndDateTimesLikeTheSpecExample() throws Exception {
    serve("transfers-page.json");

    GetTransfers200Response page =
        client.transfers()
            .getTransfers(
                PORTFOLIO, null, OffsetDateTime.parse("2023-03-16T23:59:53Z"), OffsetDateTime.parse("2023-03-17T00:00Z"),
                30, 50, TransferStatus.PROCESSED, TransferType.DEPOSIT)
            .execute()
            .body();

    RecordedRequest request = conformingRequest();
    assertEquals("GET", request.getMethod());
    assertEquals(
        "/api/v1/transfers?portfolio=5189861793641175&time_from=2023-03-16T23%3A59%3A53Z&time_to=2023-03-17T00%3A00%3A00Z"
            + "&result_limit=30&result_offset=50&status=PROCESSED&type=DEPOSIT",
        request.getPath());
    assertEquals(PORTFOLIO, request.getRequestUrl().queryParameter("portfolio"));
    assertEquals("2023-03-16T23:59:53Z", request.getRequestUrl().queryParameter("time_from"));
    assertSigned(request);
    assertEquals(30, page.getPagination().getResultLimit());
    assertEquals(50, page.getPagination().getResultOffset());
    TransferV1 transfer = page.getResults().get(0);
    assertEquals(UUID.fromString("7975e6ab-57ed-4751-b359-13f63f4da793"), transfer.getTransferUuid());
    assertEquals(TransferType.DEPOSIT, transfer.getTransferType());
    assertEquals("5100.5", transfer.getAmount());
    assertEquals("USDC", transfer.getAsset());
    assertEquals(TransferStatus.PROCESSED, transfer.getStatus());
    assertEquals("ethereum", transfer.getNetworkName());
    assertEquals(OffsetDateTime.parse("2023-01-29T14:32:28Z"), transfer.getCreatedAt());
    assertEquals(OffsetDateTime.parse("2023-01-29T14:32:28Z"), transfer.getUpdatedAt());
    assertEquals("14thr7ft-1-0", transfer.getFromPortfolio().getId());
    assertEquals(UUID.fromString("7975e6ab-57ed-4751-b359-13f63f4da793"), transfer.getToPortfolio().getUuid());
    assertEquals("portfolio1", transfer.getToPortfolio().getName());
    assertEquals("238770378910795775261891991804011952898568033205", transfer.getFromAddress());
    assertEquals("64ac90a106d1db7863f9ab7d", transfer.getToCbAccount());
    assertEquals("CBTQDGENHE", transfer.getFromCounterpartyId());
    assertEquals("CBA6POFJW7", transfer.getToCounterpartyId());
    assertEquals("2562519737567269", transfer.getInstrumentId());
    assertEquals("BTC-PERP", transfer.getInstrumentSymbol());
    assertEquals("Z3dQkmcWeuQxHKFPfsQs8QA8Jq9PFWr5yCwUjhQKcX5o99q3BmnyFfqZGNqRg9CWY9xV6QDBdDA9pH3AM6Ajpaq", transfer.getTxnHash());
    assertEquals("14thr7ft-1-0", transfer.getPositionId());
  }

  @Test
  void getTransfersWithNoFiltersSendsNoQuery() throws Exception {
    serve("transfers-page.json");

    client.transfers().getTransfers(null, null, null, null, null, null, null, null).execute();

    RecordedRequest request = conformingRequest();
    assertEquals("/api/v1/transfers", request.getPath());
    assertSigned(request);
  }

  @Test
  void getTransfersByTheCurrentPortfoliosParameter() throws Exception {
    serve("transfers-page.json");

    client.transfers().getTransfers(null, "892e8c7c-e979-4cad-b61b-55a197932cf1", null, null, null, null, null, TransferType.ALL).execute();

    assertEquals(
        "/api/v1/transfers?portfolios=892e8c7c-e979-4cad-b61b-55a197932cf1&type=ALL", conformingRequest().getPath());
  }

  @Test
  void getTransfer() throws Exception {
    serve("transfer.json");

    TransferV1 transfer = client.transfers().getTransfer(UUID.fromString("7975e6ab-57ed-4751-b359-13f63f4da793")).execute().body();

    RecordedRequest request = conformingRequest();
    assertEquals("/api/v1/transfers/7975e6ab-57ed-4751-b359-13f63f4da793", request.getPath());
    assertSigned(request);
    assertEquals("5100.5", transfer.getAmount());
    assertEquals(TransferStatus.PROCESSED, transfer.getStatus());
  }

  @Test
  void withdrawToAnAddress() throws Exception {
    serve("withdrawal.json");

    CreateCryptoWithdrawalResultV1 result =
        client.transfers()
            .withdraw(
                new WithdrawRequest()
                    .portfolio(PORTFOLIO)
                    .asset("USDC")
                    .amount("100.5")
                    .addNetworkFeeToTotal(false)
                    .networkArnId("networks/ethereum-mainnet/assets/313ef8a9-ae5a-5f2f-8a56-572c0e2a4d5a")
                    .address("877010097389230820866297038469880281036974838588")
                    .nonce(30))
            .execute()
            .body();

    RecordedRequest request = conformingRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("/api/v1/transfers/withdraw", request.getPath());
    assertEquals(
        "{\"portfolio\":\"5189861793641175\",\"asset\":\"USDC\",\"amount\":\"100.5\",\"add_network_fee_to_total\":false,"
            + "\"network_arn_id\":\"networks/ethereum-mainnet/assets/313ef8a9-ae5a-5f2f-8a56-572c0e2a4d5a\","
            + "\"address\":\"877010097389230820866297038469880281036974838588\",\"nonce\":30}",
        request.getBody().clone().readUtf8());
    assertSigned(request);
    assertEquals("253b30a5-9b03-4cd2-9c76-d0f32b2bd733", result.getIdem());
  }

  @Test
  void createAnAddress() throws Exception {
    serve("address.json");

    AddressResponseV1 address =
        client.transfers()
            .createAddress(
                new CreateAddressRequest()
                    .portfolio(PORTFOLIO)
                    .asset("USDC")
                    .networkArnId("networks/ethereum-mainnet/assets/313ef8a9-ae5a-5f2f-8a56-572c0e2a4d5a"))
            .execute()
            .body();

    RecordedRequest request = conformingRequest();
    assertEquals("/api/v1/transfers/address", request.getPath());
    assertEquals(
        "{\"portfolio\":\"5189861793641175\",\"asset\":\"USDC\","
            + "\"network_arn_id\":\"networks/ethereum-mainnet/assets/313ef8a9-ae5a-5f2f-8a56-572c0e2a4d5a\"}",
        request.getBody().readUtf8());
    assertEquals("1KpPmua1jzSxMMZ5iPGizyetpCPkZHNKTd", address.getAddress());
    assertEquals("networks/ethereum-mainnet/assets/313ef8a9-ae5a-5f2f-8a56-572c0e2a4d5a", address.getNetworkArnId());
    assertEquals("1234", address.getDestinationTag());
  }

  @Test
  void counterpartyIdCreateValidateAndWithdraw() throws Exception {
    serve("counterparty-id.json");
    serve("counterparty-valid.json");
    serve("counterparty-withdrawal.json");

    CreateCounterpartyIdResponseV1 created =
        client.transfers().createCounterpartyId(new CreateCounterpartyIdRequest().portfolio(PORTFOLIO)).execute().body();
    ValidateCounterpartyIdResponseV1 valid =
        client.transfers().validateCounterpartyId(new ValidateCounterpartyIdRequest().counterpartyId("CBTQDGENHE")).execute().body();
    CreateCounterpartyWithdrawResultV1 withdrawal =
        client.transfers()
            .counterpartyWithdraw(
                new CounterpartyWithdrawRequest()
                    .portfolio(PORTFOLIO)
                    .counterpartyId("CBA6POFJW7")
                    .asset("USDC")
                    .amount("5100.5")
                    .nonce(30))
            .execute()
            .body();

    RecordedRequest create = conformingRequest();
    assertEquals("/api/v1/transfers/create-counterparty-id", create.getPath());
    assertEquals("{\"portfolio\":\"5189861793641175\"}", create.getBody().readUtf8());
    RecordedRequest validate = conformingRequest();
    assertEquals("/api/v1/transfers/validate-counterparty-id", validate.getPath());
    assertEquals("{\"counterparty_id\":\"CBTQDGENHE\"}", validate.getBody().readUtf8());
    RecordedRequest withdraw = conformingRequest();
    assertEquals("/api/v1/transfers/withdraw/counterparty", withdraw.getPath());
    assertEquals(
        "{\"portfolio\":\"5189861793641175\",\"counterparty_id\":\"CBA6POFJW7\",\"asset\":\"USDC\",\"amount\":\"5100.5\",\"nonce\":30}",
        withdraw.getBody().clone().readUtf8());
    assertSigned(withdraw);
    assertEquals(UUID.fromString("3d50e347-6a59-4965-a4cd-b25934d84126"), created.getPortfolioUuid());
    assertEquals("CBTQDGENHE", created.getCounterpartyId());
    assertEquals(Boolean.TRUE, valid.getValid());
    assertEquals("253b30a5-9b03-4cd2-9c76-d0f32b2bd733", withdrawal.getIdem());
    assertEquals("CBTQDGENHE", withdrawal.getSourceCounterpartyId());
    assertEquals("CBA6POFJW7", withdrawal.getTargetCounterpartyId());
    assertEquals("5100.5", withdrawal.getAmount());
  }
}
