package id.go.dinsos.sop.web;

import id.go.dinsos.sop.identity.Role;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * An engine user who made a request to one of the application's own pages.
 *
 * @param userId the engine user id, e.g. {@code kabid.magetan}
 * @param groupIds the user's groups (roles, {@code camunda-admin})
 * @param tenantIds the offices the user belongs to, directly or through a group
 */
public record EngineUser(String userId, Set<String> groupIds, List<String> tenantIds) {

  public EngineUser {
    groupIds = Set.copyOf(groupIds);
    tenantIds = List.copyOf(tenantIds);
  }

  /** A member of {@code camunda-admin}. */
  public boolean isAdministrator() {
    return groupIds.contains(Groups.CAMUNDA_ADMIN);
  }

  /** A member of one of the supervising roles ({@code kasi}, {@code kabid}, {@code kadis}). */
  public boolean isSupervisor() {
    return Role.SUPERVISORS.stream().map(Role::groupId).anyMatch(groupIds::contains);
  }

  public boolean isSupervisorOrAdministrator() {
    return isSupervisor() || isAdministrator();
  }

  public boolean belongsTo(String tenantId) {
    return tenantIds.contains(tenantId);
  }
}
