package id.go.dinsos.sop.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
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

  /** Task work (claim, assign, complete, variables) and case operations; the Admin category stays with administrators. */
  static final List<String> SUPERVISED_OPERATION_LOG_CATEGORIES =
      List.of(UserOperationLogEntry.CATEGORY_TASK_WORKER, UserOperationLogEntry.CATEGORY_OPERATOR);

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
   * The least each role needs. Everyone works in Tasklist and reads the definitions of their office (start forms,
   * diagrams); task access itself comes from the engine's per-task grants to candidate groups, so staff see only the
   * tasks of their groups. Supervisors also follow their office's cases, history and who changed what (the user
   * operation log of task work and case operations, not the Admin category) in Cockpit. Which office is the
   * engine's tenant check: the grants say what, the tenant membership says where. {@link GrantSync} removes
   * anything beyond this at the end of start-up.
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
      for (String category : SUPERVISED_OPERATION_LOG_CATEGORIES) {
        authorizations.grantGroup(group, Resources.OPERATION_LOG_CATEGORY, category,
            UserOperationLogCategoryPermissions.READ);
      }
    } else {
      authorizations.grantGroup(group, Resources.PROCESS_DEFINITION, Authorization.ANY, READ);
    }
  }
}
