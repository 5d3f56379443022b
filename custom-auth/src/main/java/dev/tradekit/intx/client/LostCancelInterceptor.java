package dev.tradekit.intx.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Invocation;
import retrofit2.http.DELETE;

/**
 * Keeps a cancel whose answer was lost from being reported as refused. When an earlier attempt of
 * {@code DELETE /api/v1/orders/{id}} may have reached the exchange ({@link DeliveryRecord})
 * and the retry is told that the order is done or unknown (400 with {@code ORDER_ALREADY_DONE},
 * {@code UNKNOWN_ORDER} or {@code ORDER_NOT_FOUND}, or 404), that answer may be about our own
 * first attempt. So the order is fetched ({@code GET /api/v1/orders/{id}} with the same portfolio)
 * and its state is the cancel's result; if the fetch fails too, the call fails with
 * {@link IntxOutcomeUnknownException}. Any other answer passes through unchanged, and so does
 * every answer when no earlier attempt may have been delivered: a refusal of the first attempt is
 * a refusal.
 *
 * <p>The outermost application interceptor, so that the cancel's retries happen inside it and the
 * fetch is retried, rate-limited and signed like any call.
 */
final class LostCancelInterceptor implements Interceptor {
  static final String CANCEL_ORDER_PATH = "api/v1/orders/{id}";
  private static final Set<String> DONE_OR_UNKNOWN = Set.of("ORDER_ALREADY_DONE", "UNKNOWN_ORDER", "ORDER_NOT_FOUND");

  private final ObjectMapper mapper;
  private final ResponseReader<Object> errors;

  LostCancelInterceptor(ObjectMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.errors = new ResponseReader<>(mapper, Object.class, clock);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!isCancelOfOneOrder(request)) {
      return chain.proceed(request);
    }
    DeliveryRecord record = new DeliveryRecord();
    Response answer = chain.proceed(request.newBuilder().tag(DeliveryRecord.class, record).build());
    if (!record.mayHaveBeenDelivered() || !saysDoneOrUnknown(answer)) {
      return answer;
    }
    return fetchOrder(chain, request, answer);
  }

  private static boolean isCancelOfOneOrder(Request request) {
    if (!request.method().equals("DELETE")) {
      return false;
    }
    Invocation invocation = request.tag(Invocation.class);
    DELETE delete = invocation == null ? null : invocation.method().getAnnotation(DELETE.class);
    return delete != null && CANCEL_ORDER_PATH.equals(delete.value());
  }

  private boolean saysDoneOrUnknown(Response answer) throws IOException {
    if (answer.code() == 404) {
      return true;
    }
    if (answer.code() != 400) {
      return false;
    }
    byte[] body = answer.peekBody(ResponseBodySnapshot.MAX_BYTES).bytes();
    return IntxError.parse(mapper, body).flatMap(IntxError::code).filter(DONE_OR_UNKNOWN::contains).isPresent();
  }

  /** The order's current state as the cancel's answer, or IntxOutcomeUnknownException. */
  private Response fetchOrder(Chain chain, Request cancel, Response answer) throws IOException {
    ResponseBodySnapshot answerBody;
    try {
      answerBody = ResponseBodySnapshot.capped(answer);
    } finally {
      answer.close();
    }
    Request lookup = cancel.newBuilder().get().tag(Invocation.class, null).build();
    IntxException failure;
    try {
      Response order = chain.proceed(lookup);
      if (order.isSuccessful()) {
        return order;
      }
      try {
        failure = errors.toHttpException(order, ResponseBodySnapshot.capped(order));
      } finally {
        order.close();
      }
    } catch (IOException e) {
      failure = IntxCall.translate(e, chain.call(), false);
    }
    IntxError error = IntxError.parse(mapper, answerBody.bytes()).orElse(null);
    throw new IntxOutcomeUnknownException(answer.code(), answerBody, error, failure);
  }
}
