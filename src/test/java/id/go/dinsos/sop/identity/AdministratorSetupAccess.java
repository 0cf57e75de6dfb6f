package id.go.dinsos.sop.identity;

import org.camunda.bpm.engine.IdentityService;

/** Builds {@link AdministratorSetup} for tests outside this package, as the application would with or without demo. */
public final class AdministratorSetupAccess {

  private AdministratorSetupAccess() {}

  public static AdministratorSetup outsideDemo(IdentityService identityService, String id, String password) {
    return new AdministratorSetup(identityService, id, password, false);
  }

  public static AdministratorSetup inDemo(IdentityService identityService, String id, String password) {
    return new AdministratorSetup(identityService, id, password, true);
  }
}
