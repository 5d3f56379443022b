package dev.tradekit.intx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tradekit.intx.client.paging.IntxPages;
import dev.tradekit.intx.generated.model.GetMultiPortfolioFills200Response;
import dev.tradekit.intx.generated.model.GetOrders200Response;
import dev.tradekit.intx.generated.model.OrderResultV1;
import dev.tradekit.intx.generated.model.GetTransfers200Response;
import dev.tradekit.intx.generated.model.PortfolioFillV1;
import dev.tradekit.intx.generated.model.TransferV1;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PagingTest extends MockExchange {
  static final String PORTFOLIO = "5189861793641175";
  static final String REF = "2023-11-14T22:13:20Z"; // NOW, the test clock's time

  /** Fills as INTX serves them: newest first up to ref_datetime, result_limit at a time from result_offset. */
  static final class FillLedger extends Dispatcher {
    final List<Instant> fillTimes = new CopyOnWriteArrayList<>();
    final List<Instant> arrivingAfterFirstPage = new CopyOnWriteArrayList<>();
    volatile int failAtOffset = -1;

    FillLedger(int fills) {
      for (int i = 0; i < fills; i++) {
        fillTimes.add(NOW.minusSeconds(1 + i));
      }
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      HttpUrl url = request.getRequestUrl();
      if (!url.encodedPath().equals("/api/v1/portfolios/" + PORTFOLIO + "/fills")) {
        return new MockResponse().setResponseCode(404);
      }
      int limit = Integer.parseInt(url.queryParameter("result_limit"));
      int offset = Integer.parseInt(url.queryParameter("result_offset"));
      if (offset == failAtOffset) {
        return new MockResponse().setResponseCode(400).setBody("{\"title\":\"invalid result_offset\",\"status\":400}");
      }
      Instant ref = Instant.parse(url.queryParameter("ref_datetime"));
      List<Instant> visible =
          fillTimes.stream()
              .filter(t -> !t.isAfter(ref))
              .sorted(Comparator.reverseOrder())
              .skip(offset)
              .limit(limit)
              .collect(Collectors.toList());
      fillTimes.addAll(arrivingAfterFirstPage);
      arrivingAfterFirstPage.clear();
      String results = visible.stream().map(FillLedger::fillJson).collect(Collectors.joining(","));
      return new MockResponse()
          .setBody("{\"pagination\":{\"result_limit\":" + limit + ",\"result_offset\":" + offset
              + ",\"ref_datetime\":\"" + ref + "\"},\"results\":[" + results + "]}");
    }

    static String fillJson(Instant time) {
      return "{\"fill_id\":\"" + fillId(time) + "\",\"portfolio_id\":\"" + PORTFOLIO + "\",\"fill_qty\":\"1\","
          + "\"event_time\":\"" + time + "\"}";
    }

    static String fillId(Instant time) {
      return "fill-" + time.getEpochSecond();
    }
  }

  FillLedger ledger;

  @BeforeEach
  void serveFills() {
    ledger = new FillLedger(1234);
    server.setDispatcher(ledger);
  }

  IntxPages<GetMultiPortfolioFills200Response, PortfolioFillV1> fills() {
    return IntxPages.of(
            page -> client.portfolios().getPortfolioFills(
                PORTFOLIO, null, null, page.refDatetime(), page.limit(), page.offset(), null),
            GetMultiPortfolioFills200Response::getResults)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static List<String> expectedIds(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "fill-" + (NOW.getEpochSecond() - 1 - i)).collect(Collectors.toList());
  }

  /** The requests received since the last call. */
  List<HttpUrl> requests() throws InterruptedException {
    List<HttpUrl> urls = new ArrayList<>();
    for (RecordedRequest r = server.takeRequest(0, TimeUnit.SECONDS); r != null; r = server.takeRequest(0, TimeUnit.SECONDS)) {
      urls.add(r.getRequestUrl());
    }
    return urls;
  }

  static void assertPages(List<HttpUrl> requests, int firstOffset) {
    for (int i = 0; i < requests.size(); i++) {
      HttpUrl url = requests.get(i);
      assertEquals(REF, url.queryParameter("ref_datetime"), url.toString());
      assertEquals("100", url.queryParameter("result_limit"), url.toString());
      assertEquals(String.valueOf(firstOffset + 100 * i), url.queryParameter("result_offset"), url.toString());
      assertNull(url.queryParameter("time_from"));
    }
  }

  @Test
  void walksEveryPageOnceAtTheLargestSizeWithOnePinnedReferenceTime() throws Exception {
    List<String> ids = fills().stream().map(PortfolioFillV1::getFillId).collect(Collectors.toList());

    assertEquals(expectedIds(0, 1234), ids);
    List<HttpUrl> requests = requests();
    assertEquals(13, requests.size(), "12 full pages and a short one");
    assertPages(requests, 0);
  }

  @Test
  void anExactMultipleOfThePageSizeEndsWithAnEmptyPage() throws Exception {
    server.setDispatcher(ledger = new FillLedger(300));

    assertEquals(300, fills().stream().count());
    List<HttpUrl> requests = requests();
    assertEquals(4, requests.size());
    assertPages(requests, 0);
  }

  @Test
  void anEmptyResultIsOneRequestAndAnEmptyStream() throws Exception {
    server.setDispatcher(ledger = new FillLedger(0));

    assertEquals(List.of(), fills().stream().collect(Collectors.toList()));
    List<HttpUrl> requests = requests();
    assertEquals(1, requests.size());
    assertPages(requests, 0);
  }

  @Test
  void fillsArrivingDuringTheWalkNeitherShiftNorRepeatThePages() throws Exception {
    for (int i = 1; i <= 150; i++) {
      ledger.arrivingAfterFirstPage.add(NOW.plusSeconds(i)); // newer than the pinned ref_datetime
    }

    List<String> ids = fills().stream().map(PortfolioFillV1::getFillId).collect(Collectors.toList());

    assertEquals(1234 + 150, ledger.fillTimes.size(), "the new fills did arrive during the walk");
    assertEquals(expectedIds(0, 1234), ids);
    assertEquals(ids.size(), new HashSet<>(ids).size());
    assertPages(requests(), 0);
  }

  @Test
  void aWalkResumesFromAnOffsetAtAPinnedTime() throws Exception {
    OffsetDateTime ref = OffsetDateTime.parse(REF);

    List<String> ids =
        fills().startingAt(300).pinnedAt(ref).clock(Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC)).stream()
            .map(PortfolioFillV1::getFillId)
            .collect(Collectors.toList());

    assertEquals(expectedIds(300, 1234), ids);
    List<HttpUrl> requests = requests();
    assertEquals(10, requests.size());
    assertPages(requests, 300);
  }

  @Test
  void onlyThePagesTheConsumerNeedsAreFetched() throws Exception {
    Stream<PortfolioFillV1> stream = fills().stream();
    assertEquals(0, server.getRequestCount(), "nothing is sent before the stream is used");

    List<String> firstFive = stream.limit(5).map(PortfolioFillV1::getFillId).collect(Collectors.toList());

    assertEquals(expectedIds(0, 5), firstFive);
    assertEquals(1, server.getRequestCount());

    Iterator<PortfolioFillV1> iterator = fills().iterator();
    for (int i = 0; i < 100; i++) {
      iterator.next();
    }
    assertEquals(2, server.getRequestCount(), "the second page waits until the 101st fill is wanted");
    assertTrue(iterator.hasNext());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void aFailingPageThrowsTheTypedExceptionAndCanBeAskedForAgain() throws Exception {
    ledger.failAtOffset = 200;
    Iterator<PortfolioFillV1> iterator = fills().iterator();
    for (int i = 0; i < 200; i++) {
      iterator.next();
    }

    UncheckedIntxException e = assertThrows(UncheckedIntxException.class, iterator::next);

    IntxBadRequestException cause = assertInstanceOf(IntxBadRequestException.class, e.getCause());
    assertEquals("invalid result_offset", cause.reason().orElseThrow());
    ledger.failAtOffset = -1;
    assertEquals(expectedIds(200, 201).get(0), iterator.next().getFillId());
    List<HttpUrl> requests = requests();
    assertEquals(4, requests.size());
    assertPages(requests.subList(0, 3), 0);
    assertEquals(requests.get(2), requests.get(3), "the failed page is asked for again");
  }

  @Test
  void aFailingPageSurfacesFromTheStream() {
    ledger.failAtOffset = 0;

    UncheckedIntxException e = assertThrows(UncheckedIntxException.class, () -> fills().stream().count());

    assertInstanceOf(IntxBadRequestException.class, e.getCause());
  }

  @Test
  void transfersPinTheWalkWithTimeTo() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse()
                .setBody("{\"pagination\":{},\"results\":[{\"transfer_uuid\":\"00000000-0000-0000-0000-000000000001\"},{\"transfer_uuid\":\"00000000-0000-0000-0000-000000000002\"}]}");
          }
        });

    Set<String> ids =
        IntxPages.of(
                page -> client.transfers().getTransfers(
                    PORTFOLIO, null, null, page.refDatetime(), page.limit(), page.offset(), null, null),
                GetTransfers200Response::getResults)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .stream()
            .map(transfer -> transfer.getTransferUuid().toString().substring(35))
            .collect(Collectors.toSet());

    assertEquals(Set.of("1", "2"), ids);
    HttpUrl url = server.takeRequest().getRequestUrl();
    assertEquals("/api/v1/transfers", url.encodedPath());
    assertEquals(REF, url.queryParameter("time_to"));
    assertEquals("100", url.queryParameter("result_limit"));
    assertEquals("0", url.queryParameter("result_offset"));
    assertFalse(url.queryParameterNames().contains("ref_datetime"));
    assertEquals(1, server.getRequestCount());
  }

  /** Serves {@code total} results named {@code prefix-i}, honouring result_limit and result_offset. */
  static Dispatcher numbered(String path, String prefix, String idField, int total) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getRequestUrl();
        if (!url.encodedPath().equals(path)) {
          return new MockResponse().setResponseCode(404);
        }
        int limit = Integer.parseInt(url.queryParameter("result_limit"));
        int offset = Integer.parseInt(url.queryParameter("result_offset"));
        String results =
            IntStream.range(offset, Math.min(total, offset + limit))
                .mapToObj(i -> "{\"" + idField + "\":\"" + prefix + "-" + i + "\"}")
                .collect(Collectors.joining(","));
        return new MockResponse().setBody("{\"pagination\":{},\"results\":[" + results + "]}");
      }
    };
  }

  @Test
  void openOrdersAndMultiPortfolioFillsPageTheSameWay() throws Exception {
    server.setDispatcher(numbered("/api/v1/orders", "order", "order_id", 250));

    List<String> orders =
        IntxPages.of(
                page -> client.orders().getOrders(
                    PORTFOLIO, null, null, null, null, null, null, page.refDatetime(), page.limit(), page.offset()),
                GetOrders200Response::getResults)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .stream()
            .map(OrderResultV1::getOrderId)
            .collect(Collectors.toList());

    assertEquals(IntStream.range(0, 250).mapToObj(i -> "order-" + i).collect(Collectors.toList()), orders);
    List<HttpUrl> requests = requests();
    assertEquals(3, requests.size());
    assertPages(requests, 0);
    assertEquals(PORTFOLIO, requests.get(2).queryParameter("portfolio"));

    server.setDispatcher(numbered("/api/v1/portfolios/fills", "fill", "fill_id", 100));
    long fills =
        IntxPages.stream(
                page -> client.portfolios().getMultiPortfolioFills(
                    PORTFOLIO + ",2", null, null, page.refDatetime(), page.limit(), page.offset(), null),
                GetMultiPortfolioFills200Response::getResults)
            .count();

    assertEquals(100, fills);
    List<HttpUrl> fillRequests = requests();
    assertEquals(2, fillRequests.size(), "a full page, then an empty one");
    assertEquals(PORTFOLIO + ",2", fillRequests.get(0).queryParameter("portfolios"));
    assertEquals("100", fillRequests.get(1).queryParameter("result_offset"));
    assertEquals(
        fillRequests.get(0).queryParameter("ref_datetime"), fillRequests.get(1).queryParameter("ref_datetime"));
  }
}
