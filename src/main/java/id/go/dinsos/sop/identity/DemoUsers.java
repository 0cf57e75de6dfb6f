package id.go.dinsos.sop.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: one user per role per office, named {@code <role>.<office>}, e.g. {@code peksos.magetan}.
 * Their shared password ({@code demo} unless DINSOS_DEMO_PASSWORD says otherwise) is meant to be known, so that
 * anyone can try the SOPs; it is saved past the password policy, which every other password (set in Admin, by the
 * REST API, the administrator's from the environment) must meet. Outside the demo profile this class does not exist.
 */
@Component
@Profile("demo")
public class DemoUsers {

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identityService;
  private final String password;

  public DemoUsers(IdentityService identityService, @Value("${dinsos.demo.password}") String password) {
    this.identityService = identityService;
    this.password = password;
  }

  /** The demo's known password is deliberately weak; only the demo profile's setup classes call this. */
  static void saveSkippingPasswordPolicy(IdentityService identityService, User user) {
    ((IdentityServiceImpl) identityService).saveUser(user, true);
  }

  public static String userId(Role role, Office office) {
    return role.groupId() + "." + office.tenantId();
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(IdentitySetup.ORDER + 1)
  public void createDemoUsers() {
    for (Office office : Office.values()) {
      for (Role role : Role.values()) {
        String id = userId(role, office);
        if (identityService.createUserQuery().userId(id).count() > 0) {
          continue;
        }
        User user = identityService.newUser(id);
        user.setFirstName(role.label());
        user.setLastName(office.officeName());
        user.setEmail(id + "@demo.invalid");
        user.setPassword(password);
        saveSkippingPasswordPolicy(identityService, user);
        identityService.createMembership(id, role.groupId());
        identityService.createTenantUserMembership(office.tenantId(), id);
      }
    }
    LOG.info("Demo users ready: <role>.<office>, e.g. peksos.magetan");
  }
}
