package id.go.dinsos.sop.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.dinsos.sop.identity.GrantSync;
import id.go.dinsos.sop.identity.IdentitySetup;
import id.go.dinsos.sop.identity.StartPermissions;
import id.go.dinsos.sop.process.anjalat.AnjalAtVariables;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Grants drift (an administrator clicks in Admin, someone writes to the database): the next start-up puts the role
 * groups' grants back to exactly what the roles need. Runs start-up's grant steps again, as a restart would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GrantSyncTest {

  @Autowired AuthorizationService authorizationService;
  @Autowired IdentitySetup identitySetup;
  @Autowired StartPermissions startPermissions;
  @Autowired GrantSync grantSync;

  @Test
  void restartingPutsDriftedGrantsBackAndRemovesOnesThatShouldNotBeThere() {
    long perTaskRows = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).count();
    grant("peksos", Resources.DEPLOYMENT, Authorization.ANY, Permissions.CREATE);
    grant("staf", Resources.USER, Authorization.ANY, Permissions.CREATE);
    grant("peksos", Resources.PROCESS_DEFINITION, AnjalAtVariables.PROCESS_ID, Permissions.DELETE);
    grant("kasi", Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.UPDATE_INSTANCE);
    Authorization kadisDefinitions = row("kadis", Resources.PROCESS_DEFINITION, Authorization.ANY);
    kadisDefinitions.removePermission(ProcessDefinitionPermissions.READ_HISTORY);
    authorizationService.saveAuthorization(kadisDefinitions);
    authorizationService.deleteAuthorization(row("kabid", Resources.APPLICATION, "cockpit").getId());
    assertThat(allowed("peksos.magetan", "peksos", Permissions.CREATE, Resources.DEPLOYMENT, "x")).isTrue();

    identitySetup.createOfficesRolesAndGrants();
    startPermissions.grantStartersOfLatestDefinitions();
    grantSync.removeUndeclaredGrants();

    assertThat(allowed("peksos.magetan", "peksos", Permissions.CREATE, Resources.DEPLOYMENT, "x"))
        .as("deploying").isFalse();
    assertThat(allowed("staf.magetan", "staf", Permissions.CREATE, Resources.USER, "x")).as("creating users").isFalse();
    assertThat(allowed("peksos.magetan", "peksos", Permissions.DELETE, Resources.PROCESS_DEFINITION,
        AnjalAtVariables.PROCESS_ID)).as("deleting the SOP").isFalse();
    assertThat(allowed("peksos.magetan", "peksos", ProcessDefinitionPermissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, AnjalAtVariables.PROCESS_ID)).as("starting it, as the diagram says").isTrue();
    assertThat(allowed("kasi.magetan", "kasi", ProcessDefinitionPermissions.UPDATE_INSTANCE,
        Resources.PROCESS_DEFINITION, AnjalAtVariables.PROCESS_ID)).as("changing cases").isFalse();
    assertThat(allowed("kadis.magetan", "kadis", ProcessDefinitionPermissions.READ_HISTORY,
        Resources.PROCESS_DEFINITION, AnjalAtVariables.PROCESS_ID)).as("reading history").isTrue();
    assertThat(allowed("kabid.magetan", "kabid", Permissions.ACCESS, Resources.APPLICATION, "cockpit"))
        .as("Cockpit").isTrue();
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).count())
        .as("the engine's per-task grants to candidate groups").isEqualTo(perTaskRows);
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn("peksos").resourceType(Resources.DEPLOYMENT)
        .count()).as("no empty row left behind").isZero();
  }

  private boolean allowed(String user, String group, Permission permission, Resource resource, String resourceId) {
    return authorizationService.isUserAuthorized(user, List.of(group), permission, resource, resourceId);
  }

  private Authorization row(String group, Resource resource, String resourceId) {
    return authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
  }

  private void grant(String group, Resource resource, String resourceId, Permission permission) {
    Authorization grant = row(group, resource, resourceId);
    if (grant == null) {
      grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    grant.addPermission(permission);
    authorizationService.saveAuthorization(grant);
  }
}
