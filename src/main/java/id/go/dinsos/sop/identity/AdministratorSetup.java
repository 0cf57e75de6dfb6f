package id.go.dinsos.sop.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from the environment (DINSOS_ADMIN_PASSWORD). Without it no
 * administrator is created, so no account with a known password exists outside the demo profile.
 */
@Component
public class AdministratorSetup {

  private static final Logger LOG = LoggerFactory.getLogger(AdministratorSetup.class);

  private final IdentityService identityService;
  private final String adminId;
  private final String adminPassword;

  public AdministratorSetup(IdentityService identityService,
      @Value("${dinsos.admin.id:admin}") String adminId,
      @Value("${dinsos.admin.password:}") String adminPassword) {
    this.identityService = identityService;
    this.adminId = adminId;
    this.adminPassword = adminPassword;
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
    identityService.saveUser(admin);
    identityService.createMembership(adminId, Groups.CAMUNDA_ADMIN);
    LOG.info("Administrator '{}' created from the environment", adminId);
  }
}
