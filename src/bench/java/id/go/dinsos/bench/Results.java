package id.go.dinsos.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of a run: one row per database, scenario and metric, ours next to the bare engine's. */
final class Results {

  record Row(String database, String scenario, String metric, String unit, Double ours, Double bare) {
    Double ratio() {
      return ours == null || bare == null || bare == 0 || ours.isNaN() || bare.isNaN() ? null : ours / bare;
    }
  }

  private final List<Row> rows = new ArrayList<>();
  final Map<String, Object> machine = new LinkedHashMap<>();

  synchronized void ours(String database, String scenario, String metric, String unit, double value) {
    put(database, scenario, metric, unit, value, true);
  }

  synchronized void bare(String database, String scenario, String metric, String unit, double value) {
    put(database, scenario, metric, unit, value, false);
  }

  private void put(String database, String scenario, String metric, String unit, double value, boolean ours) {
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (row.database.equals(database) && row.scenario.equals(scenario) && row.metric.equals(metric)) {
        rows.set(i, ours ? new Row(database, scenario, metric, unit, value, row.bare)
            : new Row(database, scenario, metric, unit, row.ours, value));
        return;
      }
    }
    rows.add(ours ? new Row(database, scenario, metric, unit, value, null)
        : new Row(database, scenario, metric, unit, null, value));
  }

  synchronized String table() {
    StringBuilder out = new StringBuilder();
    String format = "%-8s | %-24s | %-44s | %12s | %12s | %7s | %s%n";
    out.append(String.format(Locale.ROOT, format, "db", "scenario", "metric", "ours", "bare", "ratio", "unit"));
    out.append("-".repeat(130)).append('\n');
    for (Row row : rows) {
      out.append(String.format(Locale.ROOT, format, row.database, row.scenario, row.metric, number(row.ours),
          number(row.bare), row.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", row.ratio()), row.unit));
    }
    return out.toString();
  }

  private static String number(Double value) {
    if (value == null) {
      return "";
    }
    return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : "%.2f", value);
  }

  synchronized void write(Path file) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Row row : rows) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("database", row.database);
      item.put("scenario", row.scenario);
      item.put("metric", row.metric);
      item.put("unit", row.unit);
      item.put("ours", finite(row.ours));
      item.put("bare", finite(row.bare));
      item.put("ratio", row.ratio());
      list.add(item);
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("machine", machine);
    document.put("results", list);
    try {
      Files.createDirectories(file.getParent());
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Double finite(Double value) {
    return value == null || value.isNaN() || value.isInfinite() ? null : value;
  }
}
