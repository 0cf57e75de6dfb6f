package id.go.dinsos.sop.identity;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;

import id.go.dinsos.sop.deployment.TenantProcessDeployer;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lets a group start an SOP only where the diagram names it in {@code camunda:candidateStarterGroups},
 * so the diagram an administrator edits in the Modeler stays the one place that says who starts a case.
 */
@Component
public class StartPermissions {

  public static final int ORDER = TenantProcessDeployer.ORDER + 1;

  private final RepositoryService repositoryService;
  private final Authorizations authorizations;

  public StartPermissions(RepositoryService repositoryService, Authorizations authorizations) {
    this.repositoryService = repositoryService;
    this.authorizations = authorizations;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(ORDER)
  public void grantStartersOfLatestDefinitions() {
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      repositoryService.getIdentityLinksForProcessDefinition(definition.getId()).stream()
          .filter(link -> link.getGroupId() != null)
          .forEach(link -> {
            authorizations.grantGroup(link.getGroupId(), Resources.PROCESS_DEFINITION, definition.getKey(),
                READ, CREATE_INSTANCE);
            authorizations.grantGroup(link.getGroupId(), Resources.PROCESS_INSTANCE, Authorization.ANY, CREATE);
          });
    }
  }
}
