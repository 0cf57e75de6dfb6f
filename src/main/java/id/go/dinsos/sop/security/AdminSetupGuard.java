package id.go.dinsos.sop.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the Admin webapp's first-run setup ({@code /camunda/api/admin/setup/…}, which creates an administrator
 * without logging in) shut whenever any administrator exists. Camunda 7.24.0 only looks for direct members of
 * {@code camunda-admin} (2026 advisory, no patch for the Community Edition), so with administrators in another
 * group, or granted directly, anyone could create one more. Here an administrator is whoever may create users or
 * grants: a member of {@code camunda-admin}, or a user or a group with members holding such a grant.
 */
public class AdminSetupGuard extends OncePerRequestFilter {

  static final String MESSAGE = "Penyiapan awal administrator ditutup: administrator sudah ada. "
      + "Hubungi administrator untuk membuat pengguna.";

  private static final Logger LOG = LoggerFactory.getLogger(AdminSetupGuard.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  public AdminSetupGuard(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (administratorExists()) {
      LOG.warn("Refused Admin setup request from {}: an administrator exists", request.getRemoteAddr());
      JsonRefusal.send(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", MESSAGE);
      return;
    }
    chain.doFilter(request, response);
  }

  /** Looks at all users and grants, whoever is logged in on this request (a staff login sees only its own). */
  boolean administratorExists() {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      if (identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
        return true;
      }
      for (Resources resource : List.of(Resources.USER, Resources.AUTHORIZATION, Resources.GROUP_MEMBERSHIP)) {
        for (Authorization grant : authorizationService.createAuthorizationQuery()
            .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(resource).list()) {
          if (grantsAdministration(grant)) {
            return true;
          }
        }
        for (Authorization global : authorizationService.createAuthorizationQuery()
            .authorizationType(Authorization.AUTH_TYPE_GLOBAL).resourceType(resource).list()) {
          if (global.isPermissionGranted(Permissions.CREATE) && identityService.createUserQuery().count() > 0) {
            return true;
          }
        }
      }
      return false;
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private boolean grantsAdministration(Authorization grant) {
    if (!grant.isPermissionGranted(Permissions.CREATE)) {
      return false;
    }
    if (grant.getUserId() != null) {
      return Authorization.ANY.equals(grant.getUserId())
          ? identityService.createUserQuery().count() > 0
          : identityService.createUserQuery().userId(grant.getUserId()).count() > 0;
    }
    return grant.getGroupId() != null && identityService.createUserQuery().memberOfGroup(grant.getGroupId()).count() > 0;
  }
}
