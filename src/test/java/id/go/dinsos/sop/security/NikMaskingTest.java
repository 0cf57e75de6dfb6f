package id.go.dinsos.sop.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.dinsos.sop.process.anjalat.AnjalAtVariables;
import id.go.dinsos.sop.support.EngineRest;
import id.go.dinsos.sop.support.MagetanAnjalAtCase;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The NIK is shown in full only inside the case, to those who work or supervise it (the task's form, Cockpit's
 * variables, the official documents that must carry it). The application's log, the SLA report and the public
 * verification page never show it in full.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class NikMaskingTest {

  private static final String MASKED = "352001**********";

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;

  @Test
  void whateverLogsANikTheLogShowsItMasked(CapturedOutput output) {
    LoggerFactory.getLogger(NikMaskingTest.class).warn("Klien dengan NIK {} dirujuk", SecurityCases.NIK);
    assertThat(output.getOut()).contains("Klien dengan NIK " + MASKED + " dirujuk")
        .doesNotContain(SecurityCases.NIK);
  }

  @Test
  void aCaseWithANikLeavesNoFullNikInTheLogTheReportOrTheVerificationPage(CapturedOutput output) {
    String caseId = SecurityCases.magetanCase(rest, managementService);
    String documentId = (String) runtimeService.getVariable(caseId, SecurityCases.DOCUMENT_ID_VARIABLE);
    Map<String, Object> laporan = MagetanAnjalAtCase.laporan();
    String badBirthDate = "3520019913120001";
    laporan.put(AnjalAtVariables.ANAK_NIK, badBirthDate);
    ResponseEntity<Map<String, Object>> refused = EngineRest.as(rest, "peksos.magetan")
        .post(EngineRest.startFormPath(AnjalAtVariables.PROCESS_ID, "magetan"), EngineRest.variables(laporan));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("tanggal lahir").doesNotContain(badBirthDate);

    String report = rest.withBasicAuth("kadis.magetan", "demo").getForObject("/laporan/sla.csv", String.class);
    String verification = rest.getForObject("/verifikasi/" + documentId, String.class);

    assertThat(report).isNotBlank().doesNotContain(SecurityCases.NIK);
    assertThat(verification).contains("ASLI").doesNotContain(SecurityCases.NIK);
    assertThat(output.getAll()).doesNotContain(SecurityCases.NIK).doesNotContain(badBirthDate);
    assertThat(runtimeService.getVariable(caseId, AnjalAtVariables.ANAK_NIK)).as("kept in full in the case")
        .isEqualTo(SecurityCases.NIK);
  }
}
