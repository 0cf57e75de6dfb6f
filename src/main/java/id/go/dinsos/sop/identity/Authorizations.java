package id.go.dinsos.sop.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Grants that are added only when missing, so start-up can run them every time without piling up rows. */
@Component
public class Authorizations {

  private final AuthorizationService authorizationService;

  public Authorizations(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization grant = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (grant == null) {
      grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    saveWithPermissions(grant, permissions);
  }

  public void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    Authorization grant = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (grant == null) {
      grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      grant.setUserId(Authorization.ANY);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    saveWithPermissions(grant, permissions);
  }

  private void saveWithPermissions(Authorization grant, Permission... permissions) {
    boolean changed = grant.getId() == null;
    for (Permission permission : permissions) {
      if (!grant.isPermissionGranted(permission)) {
        grant.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(grant);
    }
  }
}
