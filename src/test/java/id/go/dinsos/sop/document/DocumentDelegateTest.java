package id.go.dinsos.sop.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.dinsos.sop.identity.Office;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The delegate in the real engine: a diagram of the office magetan with two asynchronous document
 * steps, as the SOPs wire them. A document is numbered, archived, attached to the case and named in
 * variables; a missing value leaves an incident that names it, and nothing archived.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentDelegateTest {

  private static final String PROCESS = "dokumen-uji";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired DocumentArchive archive;
  @Autowired DocumentNumbering numbering;

  private String deploymentId;

  @BeforeEach
  void deploy() {
    deploymentId = repositoryService.createDeployment().tenantId(Office.MAGETAN.tenantId())
        .name("dokumen-uji").addClasspathResource("document/dokumen-uji.bpmn")
        .addClasspathResource("document/dokumen-berurutan.bpmn").deploy().getId();
  }

  @AfterEach
  void undeploy() {
    identityService.clearAuthentication();
    repositoryService.deleteDeployment(deploymentId, true);
  }

  private static Map<String, Object> caseVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("pendampingDitugaskan", "DWI ARYANTO");
    variables.put("maksudTugas", "Mendampingi pemulangan klien ke daerah asal.");
    variables.put("tanggalTugas", "2026-11-23");
    variables.put("pemohonNama", "SLAMET RIYADI");
    variables.put("jumlahUang", 1_250_000L);
    return variables;
  }

  private ProcessInstance start(Map<String, Object> variables) {
    return runtimeService.createProcessInstanceByKey(PROCESS).processDefinitionTenantId(Office.MAGETAN.tenantId())
        .businessKey("0042/REG/MGT/2026").setVariables(variables).execute();
  }

  private Job jobOf(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  @Test
  void documentStepsNumberArchiveAttachAndNameTheirDocuments() throws IOException {
    ProcessInstance instance = start(caseVariables());
    assertThat(archive.findByProcessInstance(instance.getId())).as("nothing before the job runs").isEmpty();

    managementService.executeJob(jobOf(instance, "TerbitkanSuratTugas").getId());
    identityService.setAuthentication("admin", List.of(Groups.CAMUNDA_ADMIN));
    try {
      managementService.executeJob(jobOf(instance, "TerbitkanBaUang").getId());
    } finally {
      identityService.clearAuthentication();
    }

    List<ArchivedDocument> documents = archive.findByProcessInstance(instance.getId());
    assertThat(documents).extracting(ArchivedDocument::kind)
        .containsExactlyInAnyOrder(DocumentKind.SURAT_TUGAS, DocumentKind.BA_SERAH_TERIMA_UANG);
    ArchivedDocument suratTugas = documents.stream().filter(d -> d.kind() == DocumentKind.SURAT_TUGAS).findFirst().orElseThrow();
    ArchivedDocument baUang = documents.stream().filter(d -> d.kind() == DocumentKind.BA_SERAH_TERIMA_UANG).findFirst().orElseThrow();

    int year = LocalDate.now(Office.MAGETAN.zone()).getYear();
    assertThat(suratTugas.tenantId()).isEqualTo("magetan");
    assertThat(suratTugas.number()).isEqualTo("800/" + suratTugas.sequence() + "/403.107/" + year);
    assertThat(suratTugas.businessKey()).isEqualTo("0042/REG/MGT/2026");
    assertThat(suratTugas.activityId()).isEqualTo("TerbitkanSuratTugas");
    assertThat(suratTugas.templateName()).isEqualTo("surat-tugas");
    assertThat(suratTugas.issuedBy()).as("no user, no task before: the system").isEqualTo(DocumentDelegate.SYSTEM_USER);
    assertThat(baUang.issuedBy()).as("the authenticated user").isEqualTo("admin");
    assertThat(baUang.number()).isEqualTo("400.9/" + baUang.sequence() + "/BAST-U/403.107/" + year);

    Map<String, Object> variables = runtimeService.getVariables(instance.getId());
    assertThat(variables)
        .containsEntry("dokumenSuratTugasId", suratTugas.id())
        .containsEntry("dokumenSuratTugasNomor", suratTugas.number())
        .containsEntry("dokumenSuratTugasSha256", suratTugas.sha256())
        .containsEntry("dokumenBantuanUangNomor", baUang.number())
        .containsKey("dokumenBantuanUangVerifikasi")
        .doesNotContainKey("dokumenBaSerahTerimaUangNomor")
        .doesNotContainKey("petugas");
    assertThat((String) variables.get("dokumenSuratTugasVerifikasi")).endsWith("/verifikasi/" + suratTugas.id());

    byte[] pdf = archive.pdf(suratTugas.id()).orElseThrow();
    assertThat(DocumentIssuer.sha256(pdf)).isEqualTo(suratTugas.sha256());
    assertThat(DocumentRenderingTest.text(pdf))
        .containsIgnoringWhitespaces("DWI ARYANTO")
        .containsIgnoringWhitespaces("Mendampingi pemulangan klien ke daerah asal.")
        .containsIgnoringWhitespaces("Senin, 23 November 2026")
        .containsIgnoringWhitespaces(suratTugas.number());
    assertThat(DocumentRenderingTest.text(archive.pdf(baUang.id()).orElseThrow()))
        .containsIgnoringWhitespaces("Rp 1.250.000")
        .containsIgnoringWhitespaces("satu juta dua ratus lima puluh ribu rupiah")
        .containsIgnoringWhitespaces("SLAMET RIYADI");

    List<Attachment> attachments = taskService.getProcessInstanceAttachments(instance.getId());
    assertThat(attachments).hasSize(2);
    Attachment attachment = attachments.stream().filter(a -> a.getName().startsWith("Surat Tugas")).findFirst().orElseThrow();
    assertThat(attachment.getType()).isEqualTo("application/pdf");
    assertThat(attachment.getName()).isEqualTo(IssuedDocument.fileName(suratTugas));
    assertThat(attachment.getDescription()).contains(suratTugas.number()).contains(suratTugas.sha256());
    try (InputStream content = taskService.getAttachmentContent(attachment.getId())) {
      assertThat(DocumentIssuer.sha256(content.readAllBytes())).isEqualTo(suratTugas.sha256());
    }
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo("PeriksaDokumen");
  }

  /**
   * The engine sets a {@code camunda:field} on the delegate only when the step declares it: a shared (singleton)
   * bean would keep the previous step's {@code resultVariable}. The prototype bean is fresh for every step.
   */
  @Test
  void aStepWithoutResultVariableWritesUnderItsKindsStemAfterAStepWithOne() {
    ProcessInstance instance = runtimeService.createProcessInstanceByKey("dokumen-berurutan")
        .processDefinitionTenantId(Office.MAGETAN.tenantId()).setVariables(caseVariables()).execute();
    managementService.executeJob(jobOf(instance, "TerbitkanBaUang").getId());
    managementService.executeJob(jobOf(instance, "TerbitkanSuratTugas").getId());

    List<ArchivedDocument> documents = archive.findByProcessInstance(instance.getId());
    ArchivedDocument suratTugas = documents.stream().filter(d -> d.kind() == DocumentKind.SURAT_TUGAS).findFirst()
        .orElseThrow();
    ArchivedDocument baUang = documents.stream().filter(d -> d.kind() == DocumentKind.BA_SERAH_TERIMA_UANG)
        .findFirst().orElseThrow();
    assertThat(historicValue(instance, "dokumenSuratTugasNomor")).isEqualTo(suratTugas.number());
    assertThat(historicValue(instance, "dokumenBantuanUangNomor")).as("not overwritten by the surat tugas")
        .isEqualTo(baUang.number());
  }

  private Object historicValue(ProcessInstance instance, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  @Test
  void aMissingValueLeavesAnIncidentNamingItAndNothingArchived() {
    Map<String, Object> variables = caseVariables();
    variables.remove("maksudTugas");
    ProcessInstance instance = start(variables);
    Job job = jobOf(instance, "TerbitkanSuratTugas");
    int year = LocalDate.now(Office.MAGETAN.zone()).getYear();
    int lastBefore = numbering.lastSequence(Office.MAGETAN, DocumentKind.SURAT_TUGAS, year);
    managementService.setJobRetries(job.getId(), 1);

    assertThatThrownBy(() -> managementService.executeJob(job.getId()))
        .isInstanceOf(DocumentNotIssuableException.class)
        .hasMessage("Dokumen Surat Tugas tidak dapat dibuat: variabel maksudTugas (Maksud tugas (untuk)) belum diisi");

    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getActivityId()).isEqualTo("TerbitkanSuratTugas");
    assertThat(incident.getIncidentMessage())
        .isEqualTo("Dokumen Surat Tugas tidak dapat dibuat: variabel maksudTugas (Maksud tugas (untuk)) belum diisi");
    assertThat(archive.findByProcessInstance(instance.getId())).isEmpty();
    assertThat(taskService.getProcessInstanceAttachments(instance.getId())).isEmpty();
    assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKey("dokumenSuratTugasNomor");
    assertThat(numbering.lastSequence(Office.MAGETAN, DocumentKind.SURAT_TUGAS, year)).isEqualTo(lastBefore);

    // the office fills in the value and retries the step from Cockpit: the document is issued
    runtimeService.setVariable(instance.getId(), "maksudTugas", "Mendampingi pemulangan klien ke daerah asal.");
    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());
    assertThat(archive.findByProcessInstance(instance.getId())).extracting(ArchivedDocument::sequence)
        .containsExactly(lastBefore + 1);
  }

  @Test
  void anUnknownKindIsNamedWithTheChoices() {
    DocumentDelegate delegate = new DocumentDelegate(null);
    delegate.setKind(new org.camunda.bpm.engine.impl.el.FixedValue("SURAT_CINTA"));
    assertThatThrownBy(() -> delegate.execute(new org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity()))
        .hasMessageStartingWith("Dokumen tidak dapat dibuat: jenis dokumen 'SURAT_CINTA'")
        .hasMessageContaining("SURAT_TUGAS, SURAT_PENGANTAR");
  }
}
