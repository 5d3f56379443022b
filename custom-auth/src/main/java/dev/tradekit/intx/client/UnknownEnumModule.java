package dev.tradekit.intx.client;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Keeps the text of enum values the generated enums do not know ({@link IntxUnknownValues}).
 *
 * <p>The generator's {@code enumUnknownDefaultCase} reads such a value as {@code
 * UNKNOWN_DEFAULT_OPEN_API}. Reading: when an enum deserializer returns that constant, the text
 * still under the parser is remembered against the object being filled (Jackson's current value)
 * and the field name. Writing: that constant is written as the remembered text when there is one.
 * A known value costs one comparison either way.
 */
final class UnknownEnumModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  static final String UNKNOWN_CONSTANT = "UNKNOWN_DEFAULT_OPEN_API";

  UnknownEnumModule() {
    super("intx-unknown-enum-values");
    setDeserializerModifier(
        new BeanDeserializerModifier() {
          private static final long serialVersionUID = 1L;

          @Override
          public JsonDeserializer<?> modifyEnumDeserializer(
              DeserializationConfig config, JavaType type, BeanDescription description, JsonDeserializer<?> deserializer) {
            Object unknown = unknownConstant(type.getRawClass());
            return unknown == null ? deserializer : new Reading(deserializer, unknown);
          }
        });
    setSerializerModifier(
        new BeanSerializerModifier() {
          private static final long serialVersionUID = 1L;

          // The generated enums carry @JsonValue, whose serializer never reaches modifyEnumSerializer.
          @Override
          public JsonSerializer<?> modifySerializer(
              SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
            Object unknown = unknownConstant(description.getBeanClass());
            return unknown == null || serializer instanceof Writing ? serializer : new Writing(serializer, unknown);
          }
        });
  }

  /** The generated {@code UNKNOWN_DEFAULT_OPEN_API} constant of an enum type, or null. */
  private static Object unknownConstant(Class<?> type) {
    if (!type.isEnum()) {
      return null;
    }
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(UNKNOWN_CONSTANT)) {
        return constant;
      }
    }
    return null;
  }

  /** Where a value sits: the field name in an object, the position in an array, else null. */
  private static String keyIn(JsonStreamContext context, int position) {
    if (context.inObject()) {
      return context.getCurrentName();
    }
    return context.inArray() ? Integer.toString(position) : null;
  }

  private static final class Reading extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;
    private final Object unknown;

    Reading(JsonDeserializer<?> delegate, Object unknown) {
      super(delegate);
      this.unknown = unknown;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Reading(delegate, unknown);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Object value = _delegatee.deserialize(p, ctxt);
      if (value == unknown && p.currentToken() != null && p.currentToken().isScalarValue()) {
        JsonStreamContext context = p.getParsingContext();
        Object owner = context.getCurrentValue();
        String key = keyIn(context, context.getCurrentIndex());
        if (owner != null && key != null) {
          IntxUnknownValues.remember(owner, key, p.getText());
        }
      }
      return value;
    }
  }

  private static final class Writing extends StdSerializer<Object> implements ContextualSerializer, ResolvableSerializer {
    private static final long serialVersionUID = 1L;
    private final JsonSerializer<Object> delegate;
    private final Object unknown;

    @SuppressWarnings("unchecked")
    Writing(JsonSerializer<?> delegate, Object unknown) {
      super(Object.class);
      this.delegate = (JsonSerializer<Object>) delegate;
      this.unknown = unknown;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (value == unknown) {
        JsonStreamContext context = gen.getOutputContext();
        Object owner = context.getCurrentValue();
        String key = keyIn(context, context.getEntryCount());
        String sent = owner == null || key == null ? null : IntxUnknownValues.sent(owner, key);
        if (sent != null) {
          gen.writeString(sent);
          return;
        }
      }
      delegate.serialize(value, gen, provider);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Object value) {
      return delegate.isEmpty(provider, value);
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) throws JsonMappingException {
      if (!(delegate instanceof ContextualSerializer)) {
        return this;
      }
      JsonSerializer<?> contextual = ((ContextualSerializer) delegate).createContextual(provider, property);
      return contextual == delegate ? this : new Writing(contextual, unknown);
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
      if (delegate instanceof ResolvableSerializer) {
        ((ResolvableSerializer) delegate).resolve(provider);
      }
    }
  }
}
