package id.go.dinsos.sop.process.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.junit.jupiter.api.Test;

/**
 * The bean {@code ${cohort}} on a case whose variables are a plain map: what it writes, and how it keeps every value
 * it stores within the engine's 4000 characters of a text variable. The engine-side wiring (multi-instance, task
 * listeners, forms) is exercised by the cohort SOPs' process tests.
 */
class CohortStepsTest {

  private final CohortSteps cohort = new CohortSteps();
  private final Map<String, Object> variables = new HashMap<>();
  private final DelegateTask task = mock(DelegateTask.class);

  CohortStepsTest() {
    DelegateExecution caseExecution = mock(DelegateExecution.class);
    when(task.getExecution()).thenReturn(caseExecution);
    when(caseExecution.getProcessInstance()).thenReturn(caseExecution);
    when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    when(caseExecution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1))).when(caseExecution)
        .setVariable(anyString(), any());
  }

  private void register(int count) {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      lines.append("Pendaftar dengan nama yang cukup panjang nomor ").append(i).append(" | - | L | 16 | Desa Kujan, ")
          .append("Kecamatan Bulik, Kabupaten Lamandau | Orang tua pendaftar ").append(i).append('\n');
    }
    variables.put(CohortVariables.DAFTAR_PENDAFTAR, lines.toString());
    cohort.register(task);
  }

  private void assess(String nomor, String kesimpulan, String hasil) {
    variables.put(CohortVariables.PENDAFTAR_NOMOR, nomor);
    variables.put(CohortVariables.KESIMPULAN_ASESMEN, kesimpulan);
    variables.put(CohortVariables.HASIL_ASESMEN, hasil);
    cohort.recordAssessment(task);
  }

  @Test
  void registrationWritesTheIndexOneVariablePerRegistrantAndTheCount() {
    register(3);

    assertThat(variables).containsEntry(CohortVariables.DAFTAR_NOMOR_PENDAFTAR, "P01,P02,P03")
        .containsEntry(CohortVariables.JUMLAH_PENDAFTAR, 3)
        .containsKeys("pendaftarP01", "pendaftarP02", "pendaftarP03");
    assertThat(cohort.registrantNumbers(task)).containsExactly("P01", "P02", "P03");
  }

  @Test
  void anAssessmentTooLongToStoreIsRefusedWithAnIndonesianMessage() {
    register(1);

    assertThatThrownBy(() -> assess("P01", CohortVariables.LAYAK, "\"".repeat(2000)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("terlalu panjang untuk disimpan");
    assertThat((String) variables.get("pendaftarP01")).doesNotContain("asesmen\":{");
  }

  @Test
  void summariesOfALargeBatchFitInOneTextVariableAndSayHowManyAreLeftOut() {
    register(40);
    for (int i = 1; i <= 40; i++) {
      assess(String.format("P%02d", i), CohortVariables.LAYAK, "Temuan asesmen yang panjang. ".repeat(20));
    }
    variables.put(CohortVariables.NOMOR_PM_TERPILIH, cohort.suggestedSelection(task));
    cohort.recordSelection(task);

    assertThat(variables).containsEntry(CohortVariables.JUMLAH_PM, 40);
    assertThat(cohort.assessmentSummary(task)).hasSizeLessThanOrEqualTo(CohortVariables.MAX_VARIABLE_LENGTH)
        .contains("P01 Pendaftar dengan nama yang cukup panjang nomor 1 (tanpa NIK, L, 16 tahun): LAYAK")
        .containsPattern("… dan \\d+ lainnya");
    assertThat(cohort.pmList(task)).hasSizeLessThanOrEqualTo(CohortVariables.MAX_VARIABLE_LENGTH);
    StringValue klien = cohort.pmAsKlien(task);
    assertThat(klien.isTransient()).as("never stored").isTrue();
    assertThat(klien.getValue()).hasSizeGreaterThan(CohortVariables.MAX_VARIABLE_LENGTH).contains(
        "Pendaftar dengan nama yang cukup panjang nomor 40 | - | L | 16 tahun | P40; orang tua/wali: Orang tua");
    assertThat(cohort.pmAsPeserta(task).isTransient()).isTrue();
  }

  @Test
  void theCertificateTemplateNamesEachPmWithTheNumberRecordedSoFar() {
    register(3);
    assess("P01", CohortVariables.LAYAK, "Layak");
    assess("P02", CohortVariables.TIDAK_LAYAK, "Masih sekolah");
    assess("P03", CohortVariables.LAYAK, "Layak");
    variables.put(CohortVariables.NOMOR_PM_TERPILIH, "P01 P03");
    cohort.recordSelection(task);
    assertThat(cohort.certificateTemplate(task)).isEqualTo("P01 (Pendaftar dengan nama yang cukup panjang nomor 1) | "
        + "\nP03 (Pendaftar dengan nama yang cukup panjang nomor 3) | ");

    variables.put(CohortVariables.SERTIFIKAT_PM, "P03 | SRT-3");
    cohort.recordCertificates(task);

    assertThat(cohort.certificateTemplate(task))
        .endsWith("P03 (Pendaftar dengan nama yang cukup panjang nomor 3) | SRT-3");
    assertThat(cohort.pmList(task)).contains("; sertifikat SRT-3");
  }
}
