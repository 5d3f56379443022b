package dev.tradekit.intx.client;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Writes date-time query parameters as INTX documents them, e.g. {@code 2023-03-16T23:59:53Z}: in
 * UTC, seconds always present. Retrofit's default, {@code toString()}, drops zero seconds
 * ({@code 2023-03-16T23:59Z}).
 */
final class QueryValueConverterFactory extends Converter.Factory {
  private static final Converter<OffsetDateTime, String> DATE_TIME = value -> value.toInstant().toString();

  @Override
  public Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    return type == OffsetDateTime.class ? DATE_TIME : null;
  }
}
