package id.go.dinsos.sop.security;

import id.go.dinsos.sop.identity.Office;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: every deployment (the Modeler's Deploy button, the REST API, start-up) goes to one of the offices,
 * and no resource of it carries a DOCTYPE or an entity declaration. A deployment without a tenant would be shared by
 * every office, one for an unknown tenant would belong to nobody; a DOCTYPE is how XML external entities (XXE) and
 * entity expansion get in, and no BPMN, DMN or form needs one. The engine's parser refuses DOCTYPEs too
 * ({@code enableXxeProcessing: false}); this refuses them for every file, with a clear message, before anything is
 * parsed. The REST API answers 400 ({@link BadUserRequestException}); the engine's own check that only
 * administrators may deploy (403) comes first.
 */
@Component
public class DeploymentGuard extends AbstractProcessEnginePlugin {

  private static final Pattern DOCTYPE_OR_ENTITY = Pattern.compile("<!\\s*(doctype|entity)");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<>());
    }
    configuration.getCustomPreDeployers().add(new OfficeAndXmlCheck());
  }

  static final class OfficeAndXmlCheck implements Deployer {

    @Override
    public void deploy(DeploymentEntity deployment) {
      String tenantId = deployment.getTenantId();
      if (tenantId == null || Office.byTenantId(tenantId).isEmpty()) {
        throw new BadUserRequestException("Deployment ditolak: tenant '" + (tenantId == null ? "" : tenantId)
            + "' bukan kantor yang dikenal; pilih salah satu: " + Arrays.stream(Office.values())
            .map(Office::tenantId).toList() + ".");
      }
      if (deployment.getResources() == null) {
        return;
      }
      for (ResourceEntity resource : deployment.getResources().values()) {
        String text = new String(resource.getBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (DOCTYPE_OR_ENTITY.matcher(text).find()) {
          throw new BadUserRequestException("Deployment ditolak: berkas '" + resource.getName()
              + "' memuat DOCTYPE atau deklarasi ENTITY, yang tidak diterima (XXE).");
        }
      }
    }
  }
}
