package id.go.dinsos.sop.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the offices (tenants), one group per role and the grants each role needs, on every start.
 * Tenant isolation comes from the engine's tenant check: grants are per role, data is per office.
 */
@Component
public class IdentitySetup {

  /** Runs before processes are deployed and before anything that refers to groups or tenants. */
  public static final int ORDER = 0;

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  private final IdentityService identityService;
  private final Authorizations authorizations;

  public IdentitySetup(IdentityService identityService, Authorizations authorizations) {
    this.identityService = identityService;
    this.authorizations = authorizations;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(ORDER)
  public void createOfficesRolesAndGrants() {
    for (Office office : Office.values()) {
      if (identityService.createTenantQuery().tenantId(office.tenantId()).count() == 0) {
        Tenant tenant = identityService.newTenant(office.tenantId());
        tenant.setName(office.officeName());
        identityService.saveTenant(tenant);
      }
    }
    ensureGroup(Groups.CAMUNDA_ADMIN, "Administrator", Groups.GROUP_TYPE_SYSTEM);
    // as Camunda's own admin setup does: queries are filtered by grants, so administrators need them too
    for (Resources resource : Resources.values()) {
      authorizations.grantGroup(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
    }
    for (Role role : Role.values()) {
      ensureGroup(role.groupId(), role.label(), Groups.GROUP_TYPE_WORKFLOW);
      grantRole(role);
    }
    LOG.info("Offices {} and role groups ready", (Object) Office.values());
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  /**
   * Everyone works in Tasklist and reads the definitions of their office (start forms, diagrams);
   * task access itself comes from candidate groups. Supervisors also follow cases in Cockpit.
   */
  private void grantRole(Role role) {
    String group = role.groupId();
    authorizations.grantGroup(group, Resources.APPLICATION, "tasklist", ACCESS);
    if (role.supervises()) {
      authorizations.grantGroup(group, Resources.APPLICATION, "cockpit", ACCESS);
      authorizations.grantGroup(group, Resources.PROCESS_DEFINITION, Authorization.ANY,
          READ, READ_INSTANCE, READ_HISTORY, READ_TASK);
      authorizations.grantGroup(group, Resources.PROCESS_INSTANCE, Authorization.ANY, READ);
      authorizations.grantGroup(group, Resources.DEPLOYMENT, Authorization.ANY, READ);
    } else {
      authorizations.grantGroup(group, Resources.PROCESS_DEFINITION, Authorization.ANY, READ);
    }
  }
}
