package id.go.dinsos.sop.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.dinsos.sop.process.anjalat.AnjalAtVariables;
import id.go.dinsos.sop.support.MagetanAnjalAtCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TenantProcessDeployerTest {

  private static final Path MAGETAN_BPMN = Path.of("processes/magetan/magetan-anjal-at.bpmn");

  @Autowired TenantProcessDeployer deployer;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TestRestTemplate rest;

  private ProcessDefinition latestMagetan() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(AnjalAtVariables.PROCESS_ID)
        .tenantIdIn("magetan").latestVersion().singleResult();
  }

  @Test
  void eachOfficeFolderIsDeployedUnderItsTenantAndAnUnchangedRestartAddsNoVersion() {
    ProcessDefinition before = latestMagetan();
    assertThat(before.getTenantId()).isEqualTo("magetan");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(AnjalAtVariables.PROCESS_ID)
        .withoutTenantId().count()).isZero();

    deployer.deployAllOffices();

    assertThat(latestMagetan().getId()).isEqualTo(before.getId());
  }

  @Test
  void modelerDeployByAnAdministratorIsTheNewVersionForNewCasesOnly() throws Exception {
    ProcessDefinition current = latestMagetan();
    ProcessInstance running = runtimeService.createProcessInstanceById(current.getId())
        .setVariables(MagetanAnjalAtCase.laporan()).execute();
    byte[] edited = Files.readString(MAGETAN_BPMN)
        .replaceFirst("name=\"Pengiriman Anak Jalanan", "name=\"(Revisi) Pengiriman Anak Jalanan").getBytes();

    assertThat(deployAsModelerDoes("peksos.magetan", edited).getStatusCode())
        .as("only administrators deploy").isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map> deployed = deployAsModelerDoes("admin", edited);
    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
    String deploymentId = (String) deployed.getBody().get("id");
    try {
      ProcessDefinition revised = latestMagetan();
      assertThat(revised.getVersion()).isEqualTo(current.getVersion() + 1);
      assertThat(revised.getName()).startsWith("(Revisi)");
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(running.getId()).singleResult()
          .getProcessDefinitionId()).as("running case stays on its version").isEqualTo(current.getId());
      ProcessInstance fresh = runtimeService.createProcessInstanceByKey(AnjalAtVariables.PROCESS_ID)
          .processDefinitionTenantId("magetan").setVariables(MagetanAnjalAtCase.laporan()).execute();
      assertThat(fresh.getProcessDefinitionId()).isEqualTo(revised.getId());
    } finally {
      repositoryService.deleteDeployment(deploymentId, true);
    }
  }

  /** The request Camunda Modeler's Deploy button sends: multipart, basic auth, the office as tenant. */
  private ResponseEntity<Map> deployAsModelerDoes(String userId, byte[] bpmn) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "magetan-anjal-at (Camunda Modeler)");
    form.add("deployment-source", "Camunda Modeler");
    form.add("tenant-id", "magetan");
    form.add("deploy-changed-only", "true");
    form.add("magetan-anjal-at.bpmn", new ByteArrayResource(bpmn) {
      @Override
      public String getFilename() {
        return "magetan-anjal-at.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(userId, "demo")
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), Map.class);
  }
}
