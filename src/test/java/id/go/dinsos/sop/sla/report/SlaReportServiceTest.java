package id.go.dinsos.sop.sla.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The report's figures for a seeded history ({@link SlaReportHistory}), in working minutes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlaReportServiceTest {

  private static final LocalDate SEPTEMBER_1 = LocalDate.parse("2026-09-01");
  private static final LocalDate SEPTEMBER_30 = LocalDate.parse("2026-09-30");

  @Autowired SlaReportService reports;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private SlaReportHistory history;

  @BeforeEach
  void seed() {
    history = new SlaReportHistory(repositoryService, runtimeService, taskService).seed();
  }

  @AfterEach
  void cleanUp() {
    history.cleanUp();
  }

  @Test
  void figuresPerStepOfTheOfficesSop() {
    SlaReport report = reports.report("magetan", SEPTEMBER_1, SEPTEMBER_30);

    assertThat(report.officeName()).isEqualTo("Dinas Sosial Kabupaten Magetan");
    assertThat(report.openLateAt()).isEqualTo(SlaReportHistory.at("2026-10-01T00:00").toInstant());
    SlaReport.Sop sop = sop(report, history.key);
    assertThat(sop.name()).isEqualTo(history.magetanName);
    assertThat(sop.steps()).extracting(SlaReport.Step::stepId).as("diagram order, no step without due date")
        .containsExactly("periksa", "putuskan");

    SlaReport.Step periksa = sop.steps().get(0);
    assertThat(periksa.name()).isEqualTo("Periksa berkas");
    assertThat(periksa.standard()).as("from the escalation timer").isEqualTo("PT1H");
    assertThat(periksa.cases()).isEqualTo(6);
    assertThat(periksa.withinStandard()).isEqualTo(3);
    assertThat(periksa.shareWithinStandard()).isEqualTo(0.5);
    assertThat(periksa.medianWorkingMinutes()).isEqualTo(75.0);
    assertThat(periksa.p90WorkingMinutes()).isEqualTo(570L);
    assertThat(periksa.openLate()).isEqualTo(2);

    SlaReport.Step putuskan = sop.steps().get(1);
    assertThat(putuskan.standard()).as("from the task's due date, without timer").isEqualTo("P1D");
    assertThat(putuskan.cases()).isEqualTo(3);
    assertThat(putuskan.withinStandard()).isEqualTo(2);
    assertThat(putuskan.shareWithinStandard()).isEqualTo(2.0 / 3);
    assertThat(putuskan.medianWorkingMinutes()).isEqualTo(510.0);
    assertThat(putuskan.p90WorkingMinutes()).isEqualTo(840L);
    assertThat(putuskan.openLate()).isEqualTo(4);
  }

  @Test
  void onlyTheOfficesOwnCases() {
    SlaReport.Sop lamandau = sop(reports.report("lamandau", SEPTEMBER_1, SEPTEMBER_30), history.key);

    assertThat(lamandau.name()).isEqualTo(history.lamandauName);
    assertThat(lamandau.steps()).extracting(SlaReport.Step::stepId).containsExactly("periksa", "putuskan");
    SlaReport.Step periksa = lamandau.steps().get(0);
    assertThat(periksa.cases()).isEqualTo(1);
    assertThat(periksa.withinStandard()).isEqualTo(1);
    assertThat(periksa.medianWorkingMinutes()).isEqualTo(10.0);
    assertThat(periksa.p90WorkingMinutes()).isEqualTo(10L);
    assertThat(periksa.openLate()).isEqualTo(1);
    SlaReport.Step putuskan = lamandau.steps().get(1);
    assertThat(putuskan.cases()).as("only open, late since 8 September").isZero();
    assertThat(putuskan.shareWithinStandard()).isNull();
    assertThat(putuskan.medianWorkingMinutes()).isNull();
    assertThat(putuskan.openLate()).isEqualTo(1);
    assertThat(reports.report("tanah-laut", SEPTEMBER_1, SEPTEMBER_30).sops())
        .noneMatch(sop -> sop.processDefinitionKey().equals(history.key));
  }

  @Test
  void periodDaysAreTheOfficesDays() {
    // 31 August is outside; 1 October holds case 8's finished check and case 9's late decision
    SlaReport october = reports.report("magetan", LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"));
    SlaReport.Step periksa = sop(october, history.key).steps().get(0);
    assertThat(periksa.cases()).isEqualTo(1);
    assertThat(periksa.withinStandard()).isZero();
    // Wed 30 Sep 15:00 to Thu 1 Oct 09:00: 60 + 90 working minutes
    assertThat(periksa.medianWorkingMinutes()).isEqualTo(150.0);
    assertThat(periksa.openLate()).as("cases 9 and 10, open at the end of October").isEqualTo(2);

    SlaReport oneDay = reports.report("magetan", LocalDate.parse("2026-09-07"), LocalDate.parse("2026-09-07"));
    assertThat(sop(oneDay, history.key).steps().get(0).cases()).as("cases 1, 2 and 3 on Monday").isEqualTo(3);
  }

  @Test
  void openLateCountsAtTheReportMomentWhileThePeriodRuns() {
    ClockUtil.setCurrentTime(SlaReportHistory.at("2026-09-10T12:00"));

    SlaReport running = reports.report("magetan", SEPTEMBER_1, SEPTEMBER_30);

    assertThat(running.openLateAt()).isEqualTo(SlaReportHistory.at("2026-09-10T12:00").toInstant());
    SlaReport.Sop sop = sop(running, history.key);
    // case 9's check was due at 11:00; the decisions of cases 4 and 5 on 9 September, of case 6 at 10:00
    // and of case 7 on 1 September
    assertThat(sop.steps()).extracting(SlaReport.Step::openLate).containsExactly(1, 4);
  }

  @Test
  void refusesAReversedOrTooLongPeriod() {
    assertThatThrownBy(() -> reports.report("magetan", SEPTEMBER_30, SEPTEMBER_1))
        .isInstanceOf(SlaReportService.InvalidReportRequest.class);
    assertThatThrownBy(() -> reports.report("magetan", SEPTEMBER_1, SEPTEMBER_1.plusYears(3)))
        .isInstanceOf(SlaReportService.InvalidReportRequest.class);
  }

  @Test
  void medianAndNearestRankPercentile() {
    assertThat(SlaReportService.median(List.of(30L, 45L, 60L, 90L, 120L, 570L))).isEqualTo(75.0);
    assertThat(SlaReportService.median(List.of(1L, 2L, 9L))).isEqualTo(2.0);
    assertThat(SlaReportService.percentile(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 90)).isEqualTo(9L);
    assertThat(SlaReportService.percentile(List.of(7L), 90)).isEqualTo(7L);
    assertThat(SlaReportService.median(List.of())).isNull();
  }

  static SlaReport.Sop sop(SlaReport report, String key) {
    return report.sops().stream().filter(sop -> sop.processDefinitionKey().equals(key)).findFirst().orElseThrow();
  }
}
