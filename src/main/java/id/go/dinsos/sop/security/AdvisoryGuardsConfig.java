package id.go.dinsos.sop.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the guards against the two 2026 advisories on Camunda 7.24.0 in front of the REST API and the webapps. */
@Configuration
public class AdvisoryGuardsConfig {

  @Bean
  public FilterRegistrationBean<QueryExpressionGuard> queryExpressionGuard() {
    FilterRegistrationBean<QueryExpressionGuard> registration = new FilterRegistrationBean<>(new QueryExpressionGuard());
    registration.setName("dinsos-query-expression-guard");
    // the REST API and the webapps' own copy of it (Tasklist, Cockpit)
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }

  @Bean
  public FilterRegistrationBean<AdminSetupGuard> adminSetupGuard(IdentityService identityService,
      AuthorizationService authorizationService) {
    FilterRegistrationBean<AdminSetupGuard> registration =
        new FilterRegistrationBean<>(new AdminSetupGuard(identityService, authorizationService));
    registration.setName("dinsos-admin-setup-guard");
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    return registration;
  }
}
