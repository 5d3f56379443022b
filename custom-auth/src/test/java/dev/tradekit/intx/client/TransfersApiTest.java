package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tradekit.intx.generated.model.GetTransfers200Response;
import dev.tradekit.intx.generated.model.TransferStatus;
import dev.tradekit.intx.generated.model.TransferType;
import dev.tradekit.intx.generated.model.TransferV1;
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
}
