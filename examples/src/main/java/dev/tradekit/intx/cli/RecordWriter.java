package dev.tradekit.intx.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.tradekit.intx.client.IntxJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes records (generated models) to stdout as JSON, JSON lines or CSV, one at a time, so an
 * export of any length runs in constant memory. Values are written as the models hold them: the
 * exchange's decimal strings and BigDecimals keep the digits it sent.
 */
final class RecordWriter {
  private static final ObjectMapper JSON = IntxJson.newObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
  /** Quotes only what needs quoting (by default Jackson quotes every value over 24 characters). */
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private final OutputFormat format;
  private final PrintWriter out;

  RecordWriter(OutputFormat format, PrintWriter out) {
    this.format = format;
    this.out = out;
  }

  /** Writes every record and returns how many there were. */
  long writeAll(Iterator<?> records, Progress progress) throws IOException {
    long count = 0;
    if (format == OutputFormat.json) {
      try (SequenceWriter array = JSON.writerWithDefaultPrettyPrinter().writeValuesAsArray(nonClosing())) {
        while (records.hasNext()) {
          array.write(records.next());
          progress.advance(++count);
        }
      }
      out.println();
    } else if (format == OutputFormat.jsonl) {
      while (records.hasNext()) {
        out.println(JSON.writeValueAsString(records.next()));
        progress.advance(++count);
      }
    } else {
      SequenceWriter rows = null;
      List<String> columns = null;
      while (records.hasNext()) {
        Object record = records.next();
        if (rows == null) {
          columns = columnsOf(record.getClass());
          CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
          columns.forEach(schema::addColumn);
          rows = CSV.writer(schema.build()).writeValues(nonClosing());
        }
        rows.write(row(record, columns));
        progress.advance(++count);
      }
      if (rows != null) {
        rows.close();
      }
    }
    out.flush();
    progress.done(count);
    return count;
  }

  /** The JSON field names of a model, in its declared order (stable whatever a record holds). */
  static List<String> columnsOf(Class<?> type) {
    JavaType javaType = JSON.constructType(type);
    List<String> names = new ArrayList<>();
    for (BeanPropertyDefinition property : JSON.getSerializationConfig().introspect(javaType).findProperties()) {
      if (property.couldSerialize()) {
        names.add(property.getName());
      }
    }
    return names;
  }

  private static Map<String, String> row(Object record, List<String> columns) {
    JsonNode node = JSON.valueToTree(record);
    Map<String, String> row = new LinkedHashMap<>();
    for (String column : columns) {
      JsonNode value = node.get(column);
      row.put(column, value == null || value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString());
    }
    return row;
  }

  /** The writers close what they write to; stdout stays open. */
  private java.io.Writer nonClosing() {
    return new java.io.FilterWriter(out) {
      @Override
      public void close() {
        RecordWriter.this.out.flush();
      }
    };
  }

  /** Tells a person at a terminal how far a long export got; says nothing otherwise. */
  interface Progress {
    Progress NONE = new Progress() {};

    default void advance(long count) {}

    default void done(long count) {}

    /** Progress on stderr every 500 records, only when stderr is a terminal. */
    static Progress onTerminal(PrintWriter err) {
      if (!stderrIsTerminal()) {
        return NONE;
      }
      return new Progress() {
        @Override
        public void advance(long count) {
          if (count % 500 == 0) {
            err.print("\r" + count + " records...");
            err.flush();
          }
        }

        @Override
        public void done(long count) {
          err.println("\r" + count + " records.   ");
        }
      };
    }

    /**
     * Whether stderr is a terminal. An export usually redirects stdout to a file, and then
     * {@link System#console()} is null although stderr is still the terminal; so on Linux ask the
     * kernel what file descriptor 2 is, and elsewhere fall back to the console.
     */
    private static boolean stderrIsTerminal() {
      try {
        String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Paths.get("/proc/self/fd/2")).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
        return System.console() != null;
      }
    }
  }
}
