package id.go.dinsos.sop.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from the environment (DINSOS_ADMIN_PASSWORD). Without it no
 * administrator is created, so no account with a known password exists outside the demo profile; a password that
 * fails the engine's password policy is refused (no administrator, an error in the log), except in the demo profile,
 * whose administrator has the demo's known password.
 */
@Component
public class AdministratorSetup {

  private static final Logger LOG = LoggerFactory.getLogger(AdministratorSetup.class);

  private final IdentityService identityService;
  private final String adminId;
  private final String adminPassword;
  private final boolean demo;

  @Autowired
  public AdministratorSetup(IdentityService identityService,
      @Value("${dinsos.admin.id:admin}") String adminId,
      @Value("${dinsos.admin.password:}") String adminPassword, Environment environment) {
    this(identityService, adminId, adminPassword, environment.matchesProfiles("demo"));
  }

  AdministratorSetup(IdentityService identityService, String adminId, String adminPassword, boolean demo) {
    this.identityService = identityService;
    this.adminId = adminId;
    this.adminPassword = adminPassword;
    this.demo = demo;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(IdentitySetup.ORDER + 1)
  public void createAdministrator() {
    if (identityService.createUserQuery().userId(adminId).count() > 0) {
      return;
    }
    if (adminPassword.isBlank()) {
      LOG.warn("No administrator '{}' exists and DINSOS_ADMIN_PASSWORD is not set: none is created", adminId);
      return;
    }
    User admin = identityService.newUser(adminId);
    admin.setFirstName("Administrator");
    admin.setLastName("Sistem");
    admin.setPassword(adminPassword);
    if (demo) {
      DemoUsers.saveSkippingPasswordPolicy(identityService, admin);
    } else if (identityService.getPasswordPolicy() != null
        && !identityService.checkPasswordAgainstPolicy(adminPassword, admin).isValid()) {
      LOG.error("DINSOS_ADMIN_PASSWORD does not meet the password policy (at least 10 characters with upper and "
          + "lower case, a digit and a special character, not the user id): no administrator '{}' is created", adminId);
      return;
    } else {
      identityService.saveUser(admin);
    }
    identityService.createMembership(adminId, Groups.CAMUNDA_ADMIN);
    LOG.info("Administrator '{}' created from the environment", adminId);
  }
}
