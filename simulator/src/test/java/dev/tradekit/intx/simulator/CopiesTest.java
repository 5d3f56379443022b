package dev.tradekit.intx.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.tradekit.intx.generated.model.OrderResultV1;
import dev.tradekit.intx.generated.model.PortfolioBalanceV1;
import dev.tradekit.intx.generated.model.PortfolioFillV1;
import dev.tradekit.intx.generated.model.PortfolioPositionV1;
import dev.tradekit.intx.generated.model.PortfolioV1;
import dev.tradekit.intx.generated.model.TransferV1;
import dev.tradekit.intx.generated.model.TransferV1FromPortfolio;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Copies keep every field and share nothing mutable with the original. */
class CopiesTest {
  @Test
  void aModelOfValuesIsCopiedWithEveryField() throws Exception {
    for (Class<?> type : new Class<?>[] {
        PortfolioV1.class, PortfolioBalanceV1.class, PortfolioPositionV1.class, PortfolioFillV1.class, OrderResultV1.class}) {
      assertCopied(everyFieldSet(type));
    }
  }

  @Test
  void aCopyChangesIndependentlyOfTheOriginal() {
    PortfolioV1 original = new PortfolioV1().portfolioId("1").name("Demo");
    PortfolioV1 copy = Copies.of(original, PortfolioV1.class);

    copy.name("Changed");

    assertEquals("Demo", original.getName());
  }

  @Test
  void aNestedModelIsCopiedToo() {
    TransferV1 original = new TransferV1().transferUuid(UUID.randomUUID()).amount("1.5")
        .fromPortfolio(new TransferV1FromPortfolio().id("1").name("Demo"));
    TransferV1 copy = Copies.of(original, TransferV1.class);

    assertEquals(original, copy);
    assertNotSame(original.getFromPortfolio(), copy.getFromPortfolio());
  }

  private static <T> void assertCopied(T original) {
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) original.getClass();
    T copy = Copies.of(original, type);
    assertNotSame(original, copy);
    assertEquals(original, copy, type.getSimpleName());
  }

  /** An instance with a distinct non-null value in every field. */
  private static Object everyFieldSet(Class<?> type) throws Exception {
    Object value = type.getDeclaredConstructor().newInstance();
    int n = 0;
    for (Field field : type.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      n++;
      Class<?> fieldType = field.getType();
      Object fieldValue;
      if (fieldType.isEnum()) {
        fieldValue = fieldType.getEnumConstants()[n % fieldType.getEnumConstants().length];
      } else if (fieldType == String.class) {
        fieldValue = "value " + n;
      } else if (fieldType == Boolean.class) {
        fieldValue = n % 2 == 0;
      } else if (fieldType == BigDecimal.class) {
        fieldValue = BigDecimal.valueOf(n, 2);
      } else if (fieldType == UUID.class) {
        fieldValue = new UUID(n, n);
      } else if (fieldType == OffsetDateTime.class) {
        fieldValue = OffsetDateTime.of(2026, 11, 27, 10, n, 0, 0, ZoneOffset.UTC);
      } else {
        throw new AssertionError(type.getSimpleName() + "." + field.getName() + " has a type this test does not fill: " + fieldType);
      }
      field.setAccessible(true);
      field.set(value, fieldValue);
    }
    return value;
  }
}
