package id.go.dinsos.sop.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.dinsos.sop.process.LamandauProcessesRestTest;
import id.go.dinsos.sop.process.anjalat.AnjalAtVariables;
import id.go.dinsos.sop.process.lansiapantijompo.LansiaPantiJompoVariables;
import id.go.dinsos.sop.support.EngineRest;
import id.go.dinsos.sop.support.MagetanAnjalAtCase;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Cases and deployments the security tests attack: one Magetan case with a NIK and a document, one Lamandau case. */
final class SecurityCases {

  /** A valid NIK of a boy born 12 March 2012 in Magetan (35.20). */
  static final String NIK = "3520011203120001";
  static final String DOCUMENT_ID_VARIABLE = "dokumenBaSerahTerimaKlienId";

  private SecurityCases() {}

  /** A Magetan case past its file check: register number issued, berita acara archived, the register task open. */
  static String magetanCase(TestRestTemplate rest, ManagementService managementService) {
    EngineRest peksos = EngineRest.as(rest, "peksos.magetan").runningDocumentSteps(managementService);
    Map<String, Object> laporan = MagetanAnjalAtCase.laporan();
    laporan.put(AnjalAtVariables.ANAK_NIK, NIK);
    String caseId = peksos.startCase(AnjalAtVariables.PROCESS_ID, "magetan", laporan);
    peksos.completeTask(caseId, AnjalAtVariables.TASK_PEMERIKSAAN_BERKAS, Map.of(
        AnjalAtVariables.BERKAS_SURAT_KEPOLISIAN, true, AnjalAtVariables.BERKAS_SURAT_KEHILANGAN, true,
        AnjalAtVariables.BERKAS_BUKU_REGISTER, true, AnjalAtVariables.BERKAS_LIST_KENDALI, true,
        AnjalAtVariables.PETUGAS_PENERIMA_NAMA, "Sri Wahyuni, S.Sos."));
    return caseId;
  }

  /** A Lamandau case whose first task staf.lamandau has claimed (an entry in the user operation log). */
  static String lamandauCase(TestRestTemplate rest) {
    EngineRest staf = EngineRest.as(rest, "staf.lamandau");
    String caseId = staf.startCase(LansiaPantiJompoVariables.PROCESS_ID, "lamandau",
        LamandauProcessesRestTest.permohonan());
    staf.claimTask(caseId, LansiaPantiJompoVariables.TASK_PENERIMAAN_PERMOHONAN);
    return caseId;
  }

  /** A minimal executable diagram, as the Modeler would deploy it. */
  static String diagram(String processId, String prolog) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + prolog
        + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"Definitions_" + processId + "\""
        + " targetNamespace=\"http://bpmn.io/schema/bpmn\">"
        + "<bpmn:process id=\"" + processId + "\" name=\"Uji &amp; keamanan\" isExecutable=\"true\""
        + " camunda:historyTimeToLive=\"P30D\"><bpmn:startEvent id=\"Mulai\"/></bpmn:process></bpmn:definitions>";
  }

  /** {@code POST /engine-rest/deployment/create} as the Modeler's Deploy button sends it; tenant null sends none. */
  static ResponseEntity<String> deploy(TestRestTemplate rest, String userId, String password, String tenantId,
      String fileName, String xml) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "uji-keamanan");
    parts.add("deployment-source", "Camunda Modeler");
    if (tenantId != null) {
      parts.add("tenant-id", tenantId);
    }
    parts.add(fileName, new ByteArrayResource(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(userId, password).exchange("/engine-rest/deployment/create", HttpMethod.POST,
        new HttpEntity<>(parts, headers), String.class);
  }

  static void assertEmpty(ResponseEntity<List<Map<String, Object>>> response, String what) {
    assertThat(response.getStatusCode().is2xxSuccessful()).as("%s: %s", what, response).isTrue();
    assertThat(response.getBody()).as(what).isEmpty();
  }
}
