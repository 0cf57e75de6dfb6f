package id.go.dinsos.sop.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link RequestLimitsGuard} in front of the REST API and the webapps' copy of it. */
@Configuration
public class InputGuardsConfig {

  @Bean
  public FilterRegistrationBean<RequestLimitsGuard> requestLimitsGuard(
      @Value("${dinsos.security.max-results:1000}") int maxResults) {
    FilterRegistrationBean<RequestLimitsGuard> registration = new FilterRegistrationBean<>(new RequestLimitsGuard(maxResults));
    registration.setName("dinsos-request-limits-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }
}
