package id.go.dinsos.sop.sla.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The report as CSV for spreadsheets: UTF-8 with a byte order mark, so that Excel reads the
 * Indonesian names correctly, separated by semicolons and with decimal commas as Excel expects in
 * an Indonesian locale. One row per step.
 */
public final class SlaReportCsv {

  public static final List<String> HEADER = List.of(
      "Kantor", "Dari", "Sampai", "Kode SOP", "SOP", "Kode langkah", "Langkah", "Mutu baku (ISO-8601)",
      "Mutu baku", "Kasus selesai", "Selesai dalam mutu baku", "Selesai terlambat",
      "Persentase dalam mutu baku", "Median waktu kerja (menit)", "Persentil 90 waktu kerja (menit)",
      "Terbuka dan terlambat");

  private static final char SEPARATOR = ';';
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private SlaReportCsv() {
  }

  public static byte[] write(SlaReport report, SlaFormat format) {
    StringBuilder csv = new StringBuilder();
    line(csv, HEADER.stream());
    for (SlaReport.Sop sop : report.sops()) {
      for (SlaReport.Step step : sop.steps()) {
        line(csv, Stream.of(report.tenantId(), report.from().toString(), report.to().toString(),
            sop.processDefinitionKey(), sop.name(), step.stepId(), step.name(),
            step.standard() == null ? "" : step.standard(), format.standard(step.standard()),
            Integer.toString(step.cases()), Integer.toString(step.withinStandard()), Integer.toString(step.late()),
            step.shareWithinStandard() == null ? ""
                : format.plain(Math.round(step.shareWithinStandard() * 1000) / 10.0),
            format.plain(step.medianWorkingMinutes()), format.plain(step.p90WorkingMinutes()),
            Integer.toString(step.openLate())));
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(BOM);
    bytes.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }

  private static void line(StringBuilder csv, Stream<String> fields) {
    csv.append(fields.map(SlaReportCsv::field).collect(Collectors.joining(String.valueOf(SEPARATOR)))).append("\r\n");
  }

  private static String field(String value) {
    if (value.indexOf(SEPARATOR) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
