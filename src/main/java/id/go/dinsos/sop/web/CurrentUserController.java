package id.go.dinsos.sop.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/pengguna/saya}: the office (tenant) and roles of the user logged in to the Camunda
 * webapps, shown in the office bar of Tasklist, Cockpit, Admin and the welcome page. Without a webapp
 * login: 204, so the page shows no bar and the browser no login dialog.
 */
@RestController
public class CurrentUserController {

  /** The logged-in user with their offices and roles (groups), by id and name. */
  public record CurrentUser(String id, String nama, List<Named> kantor, List<Named> peran) {
  }

  public record Named(String id, String nama) {
  }

  private final EngineUserAuthentication authentication;
  private final IdentityService identityService;

  public CurrentUserController(EngineUserAuthentication authentication, IdentityService identityService) {
    this.authentication = authentication;
    this.identityService = identityService;
  }

  @GetMapping("/api/pengguna/saya")
  public ResponseEntity<CurrentUser> currentUser(HttpServletRequest request) {
    return authentication.fromWebappSession(request)
        .map(user -> ResponseEntity.ok(describe(user.userId())))
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  private CurrentUser describe(String userId) {
    var user = identityService.createUserQuery().userId(userId).singleResult();
    String name = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip();
    List<Named> offices = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(CurrentUserController::named).sorted(Comparator.comparing(Named::nama)).toList();
    List<Named> roles = identityService.createGroupQuery().groupMember(userId).list()
        .stream().map(CurrentUserController::named).sorted(Comparator.comparing(Named::nama)).toList();
    return new CurrentUser(userId, name.isEmpty() ? userId : name, offices, roles);
  }

  private static Named named(Tenant tenant) {
    return new Named(tenant.getId(), tenant.getName() == null ? tenant.getId() : tenant.getName());
  }

  private static Named named(Group group) {
    return new Named(group.getId(), group.getName() == null ? group.getId() : group.getName());
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
