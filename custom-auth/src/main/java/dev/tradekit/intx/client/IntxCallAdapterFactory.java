package dev.tradekit.intx.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Clock;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Retrofit;

/** Makes every {@code Call<T>} of the generated interfaces an {@link IntxCall}. */
final class IntxCallAdapterFactory extends CallAdapter.Factory {
  private final okhttp3.Call.Factory callFactory;
  private final ObjectMapper mapper;
  private final Clock clock;

  IntxCallAdapterFactory(okhttp3.Call.Factory callFactory, ObjectMapper mapper, Clock clock) {
    this.callFactory = callFactory;
    this.mapper = mapper;
    this.clock = clock;
  }

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    if (getRawType(returnType) != Call.class || !(returnType instanceof ParameterizedType)) {
      return null;
    }
    Type responseType = getParameterUpperBound(0, (ParameterizedType) returnType);
    ResponseReader<Object> reader = new ResponseReader<>(mapper, responseType, clock);
    return new CallAdapter<Object, Call<Object>>() {
      @Override
      public Type responseType() {
        return responseType;
      }

      @Override
      public Call<Object> adapt(Call<Object> call) {
        return new IntxCall<>(call, callFactory, reader);
      }
    };
  }
}
