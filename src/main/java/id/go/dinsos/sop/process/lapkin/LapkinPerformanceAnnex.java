package id.go.dinsos.sop.process.lapkin;

import static id.go.dinsos.sop.process.lapkin.LapkinVariables.LAYANAN;
import static id.go.dinsos.sop.process.lapkin.LapkinVariables.TAHUN_LAPORAN;

import id.go.dinsos.sop.sla.report.SlaReport;
import id.go.dinsos.sop.sla.report.SlaReportService;
import java.time.Year;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The performance annex of the LAPKIN ({@code ${lapkinPerformanceAnnex}}, after langkah 4): the office's SLA report
 * for the whole report year ({@link SlaReportService}, the same figures as the SLA page, CSV and PDF), one row per
 * SOP into {@link LapkinVariables#LAYANAN}, the list the LAPKIN document prints as "Layanan Menurut SOP dan Mutu
 * Baku". Per SOP, over its steps with a mutu baku: {@code jumlahKasus} = steps finished in the year plus steps still
 * open past their due date at the year's end (or now); {@code tepatWaktu} = finished within the mutu baku;
 * {@code terlambat} = the rest (finished late, or open and late), so jumlahKasus = tepatWaktu + terlambat.
 */
@Component("lapkinPerformanceAnnex")
public class LapkinPerformanceAnnex implements JavaDelegate {

  private final SlaReportService reports;

  public LapkinPerformanceAnnex(SlaReportService reports) {
    this.reports = reports;
  }

  /** One row of the annex. */
  public record Layanan(String layanan, int jumlahKasus, int tepatWaktu, int terlambat) {

    static Layanan of(SlaReport.Sop sop) {
      int finished = 0;
      int within = 0;
      int openLate = 0;
      for (SlaReport.Step step : sop.steps()) {
        finished += step.cases();
        within += step.withinStandard();
        openLate += step.openLate();
      }
      return new Layanan(sop.name(), finished + openLate, within, finished - within + openLate);
    }

    /** The row as the document's list reads it; a '|' in the SOP's name would split the row, so it becomes '/'. */
    String row() {
      return layanan.replace('|', '/') + " | " + jumlahKasus + " | " + tepatWaktu + " | " + terlambat;
    }
  }

  @Override
  public void execute(DelegateExecution execution) {
    String tenantId = execution.getTenantId();
    if (tenantId == null) {
      throw new ProcessEngineException("Lampiran kinerja layanan LAPKIN memerlukan kasus milik sebuah kantor"
          + " (tenant)");
    }
    Year year = reportYear(execution.getVariable(TAHUN_LAPORAN));
    SlaReport report = reports.report(tenantId, year.atDay(1), year.atMonth(12).atEndOfMonth());
    execution.setVariable(LAYANAN, report.sops().stream().map(Layanan::of).map(Layanan::row)
        .collect(Collectors.joining("\n")));
  }

  static Year reportYear(Object value) {
    String text = value == null ? "" : value.toString().strip();
    if (!text.matches("\\d{4}")) {
      throw new ProcessEngineException("Tahun laporan LAPKIN '" + text + "' tidak terbaca: tulis empat angka,"
          + " misalnya 2026");
    }
    return Year.of(Integer.parseInt(text));
  }
}
