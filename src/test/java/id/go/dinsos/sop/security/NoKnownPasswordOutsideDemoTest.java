package id.go.dinsos.sop.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.dinsos.sop.identity.AdministratorSetup;
import id.go.dinsos.sop.identity.AdministratorSetupAccess;
import id.go.dinsos.sop.identity.DemoUsers;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Profile;
import org.yaml.snakeyaml.Yaml;

/**
 * Without the demo profile no user with a known password exists: no demo users, and an administrator only from
 * DINSOS_ADMIN_PASSWORD, and only a password the policy accepts. Proved on the setup classes with a bare engine
 * (password policy on, as in application.yaml), which is far cheaper than starting the application once more.
 */
class NoKnownPasswordOutsideDemoTest {

  private static ProcessEngine engine;
  private static IdentityService identityService;

  @BeforeAll
  static void engineWithPasswordPolicy() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        // not "default": closing it would unregister the application's engine of the other tests
        .setProcessEngineName("tanpa-demo-" + UUID.randomUUID())
        .setJdbcUrl("jdbc:h2:mem:tanpa-demo-" + UUID.randomUUID())
        .setEnablePasswordPolicy(true)
        .setJobExecutorActivate(false);
    // ids such as admin-kuat, as application.yaml allows
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9]+([.-][a-zA-Z0-9]+)*|camunda-admin");
    engine = configuration.buildProcessEngine();
    identityService = engine.getIdentityService();
    Group admins = identityService.newGroup(Groups.CAMUNDA_ADMIN);
    identityService.saveGroup(admins);
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void demoUsersExistOnlyInTheDemoProfile() {
    assertThat(DemoUsers.class.getAnnotation(Profile.class).value()).containsExactly("demo");
  }

  @Test
  void applicationYamlGivesTheAdministratorNoPassword() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/application.yaml")) {
      Map<String, Object> yaml = new Yaml().load(in);
      @SuppressWarnings("unchecked")
      Map<String, Object> admin = (Map<String, Object>) ((Map<String, Object>) yaml.get("dinsos")).get("admin");
      assertThat(admin.get("password")).isEqualTo("${DINSOS_ADMIN_PASSWORD:}");
    }
  }

  @Test
  void withoutDinsosAdminPasswordNoAdministratorIsCreated() {
    AdministratorSetupAccess.outsideDemo(identityService, "admin-kosong", "").createAdministrator();
    assertThat(identityService.createUserQuery().userId("admin-kosong").count()).isZero();
  }

  @Test
  void aKnownOrWeakPasswordIsRefusedOutsideTheDemo() {
    for (String weak : List.of("demo", "admin", "password12", "Administrator")) {
      AdministratorSetupAccess.outsideDemo(identityService, "admin-lemah", weak).createAdministrator();
      assertThat(identityService.createUserQuery().userId("admin-lemah").count()).as(weak).isZero();
    }
  }

  @Test
  void aStrongPasswordFromTheEnvironmentMakesTheAdministrator() {
    AdministratorSetup setup = AdministratorSetupAccess.outsideDemo(identityService, "admin-kuat", "Rahasia-Dinsos-2026");
    setup.createAdministrator();
    assertThat(identityService.checkPassword("admin-kuat", "Rahasia-Dinsos-2026")).isTrue();
    assertThat(identityService.createUserQuery().userId("admin-kuat").memberOfGroup(Groups.CAMUNDA_ADMIN).count())
        .isOne();
  }

  @Test
  void theDemoProfileAloneMayUseTheKnownDemoPassword() {
    AdministratorSetupAccess.inDemo(identityService, "admin-demo", "demo").createAdministrator();
    assertThat(identityService.checkPassword("admin-demo", "demo")).isTrue();
  }
}
