package id.go.dinsos.sop.identity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * Grants that are added only when missing, so start-up can run them every time without piling up rows. Every grant
 * to a group made here is also remembered as declared, so that {@link #removeUndeclared(Set)} can bring the
 * groups' rows back to exactly what start-up declares: a permission added by hand (in Admin, or by the REST API)
 * is taken away again, a grant nobody declares is deleted.
 */
@Component
public class Authorizations {

  /** Per-task (and per-instance) rows the engine itself writes for assignees and candidates: not start-up's to keep. */
  private static final Set<Resources> PER_OBJECT_BY_ENGINE = EnumSet.of(Resources.TASK, Resources.PROCESS_INSTANCE,
      Resources.HISTORIC_TASK, Resources.HISTORIC_PROCESS_INSTANCE);

  private final AuthorizationService authorizationService;
  /** group, resource type and resource id → the permissions declared for them at start-up. */
  private final Map<GrantKey, Integer> declared = new ConcurrentHashMap<>();

  public Authorizations(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    int value = 0;
    for (Permission permission : permissions) {
      value |= permission.getValue();
    }
    declared.merge(new GrantKey(groupId, resource.resourceType(), resourceId), value, (a, b) -> a | b);
    Authorization grant = groupGrant(groupId, resource, resourceId);
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

  /**
   * Brings every grant of {@code groupIds} to exactly what was declared with {@link #grantGroup}: undeclared rows
   * are deleted, extra permissions removed. The engine's own per-task rows (candidate groups) are left alone.
   *
   * @return how many rows were changed or deleted
   */
  public int removeUndeclared(Set<String> groupIds) {
    int changed = 0;
    for (Authorization grant : authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupIds.toArray(String[]::new)).list()) {
      if (isPerObjectRowOfTheEngine(grant) || isGroupReadingItself(grant)) {
        continue;
      }
      Integer wanted = declared.get(new GrantKey(grant.getGroupId(), grant.getResourceType(), grant.getResourceId()));
      if (wanted == null || wanted == 0) {
        authorizationService.deleteAuthorization(grant.getId());
        changed++;
      } else if (grant instanceof AuthorizationEntity row && row.getPermissions() != wanted) {
        row.setPermissions(wanted);
        authorizationService.saveAuthorization(row);
        changed++;
      }
    }
    return changed;
  }

  private static boolean isPerObjectRowOfTheEngine(Authorization grant) {
    return !Authorization.ANY.equals(grant.getResourceId())
        && PER_OBJECT_BY_ENGINE.stream().anyMatch(resource -> resource.resourceType() == grant.getResourceType());
  }

  /** The engine lets the members of every new group read that group (Tasklist shows the user's groups). */
  private static boolean isGroupReadingItself(Authorization grant) {
    return grant.getResourceType() == Resources.GROUP.resourceType() && grant.getGroupId().equals(grant.getResourceId());
  }

  private Authorization groupGrant(String groupId, Resource resource, String resourceId) {
    return authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
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

  private record GrantKey(String groupId, int resourceType, String resourceId) { }
}
