package id.go.dinsos.sop.sla.report;

import static id.go.dinsos.sop.process.lapkin.LapkinVariables.LAYANAN;
import static id.go.dinsos.sop.process.lapkin.LapkinVariables.TAHUN_LAPORAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.go.dinsos.sop.process.lapkin.LapkinPerformanceAnnex;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The LAPKIN's performance annex ({@code ${lapkinPerformanceAnnex}}) for the seeded SLA history of
 * {@link SlaReportHistory}, reported for the whole year 2026 after it ended (engine clock 15 January 2027). Next to the
 * history because it holds the annex to the SLA report's own figures. Hand-worked for Magetan's SOP:
 *
 * <pre>
 * Periksa berkas:      finished in 2026: c1, c2, c3, c7 in time; c4, c5, c6, c8 late  -> 8 cases, 4 in time
 *                      open and late on 1 January 2027: c9, c10                        -> 2
 * Putuskan permohonan: finished: c1, c2 in time; c3 late                               -> 3 cases, 2 in time
 *                      open and late: c4, c5, c6, c7, c8                               -> 5
 * jumlahKasus 8 + 2 + 3 + 5 = 18, tepatWaktu 4 + 2 = 6, terlambat 4 + 2 + 1 + 5 = 12
 *
 * Lamandau: l1 checked in time, its decision open and late; l2's check open and late -> 3 | 1 | 2
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LapkinPerformanceAnnexTest {

  @Autowired LapkinPerformanceAnnex annex;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private SlaReportHistory history;

  @BeforeEach
  void seed() {
    history = new SlaReportHistory(repositoryService, runtimeService, taskService).seed();
    ClockUtil.setCurrentTime(SlaReportHistory.at("2027-01-15T08:00"));
  }

  @AfterEach
  void cleanUp() {
    history.cleanUp();
  }

  @Test
  void oneRowPerSopWithTheYearsCasesInTimeAndLate() throws Exception {
    List<String> rows = annexRows("magetan", "2026");

    assertThat(rows).as("the office's SOP, and only its own").contains(history.magetanName + " | 18 | 6 | 12")
        .noneMatch(row -> row.startsWith(history.lamandauName));
    assertThat(annexRows("lamandau", "2026")).contains(history.lamandauName + " | 3 | 1 | 2")
        .noneMatch(row -> row.startsWith(history.magetanName));
  }

  @Test
  void aYearWithoutTheCasesHasNoRowForTheSop() throws Exception {
    assertThat(annexRows("magetan", "2025")).noneMatch(row -> row.contains(history.key));
  }

  @Test
  void anUnreadableYearStopsTheStepWithAnIndonesianMessage() {
    DelegateExecution execution = execution("magetan", "dua ribu");

    assertThatThrownBy(() -> annex.execute(execution)).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Tahun laporan LAPKIN 'dua ribu' tidak terbaca");
    verify(execution, never()).setVariable(eq(LAYANAN), org.mockito.ArgumentMatchers.any());
  }

  private List<String> annexRows(String tenantId, String year) throws Exception {
    DelegateExecution execution = execution(tenantId, year);
    annex.execute(execution);
    ArgumentCaptor<Object> layanan = ArgumentCaptor.forClass(Object.class);
    verify(execution).setVariable(eq(LAYANAN), layanan.capture());
    return Arrays.asList(layanan.getValue().toString().split("\n"));
  }

  private static DelegateExecution execution(String tenantId, String year) {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getTenantId()).thenReturn(tenantId);
    when(execution.getVariable(TAHUN_LAPORAN)).thenReturn(year);
    return execution;
  }
}
