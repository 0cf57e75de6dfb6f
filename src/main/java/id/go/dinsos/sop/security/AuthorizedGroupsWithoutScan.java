package id.go.dinsos.sop.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: the authorization checks use the user's groups as they are, instead of first reducing them to the
 * groups that appear in some authorization. The engine finds those with {@code SELECT DISTINCT GROUP_ID_ FROM
 * ACT_RU_AUTHORIZATION} once in every command of an authenticated user, and that table holds a grant per open task
 * and candidate group: at 100,000 open tasks the query costs about 40 ms on PostgreSQL, in every Tasklist request
 * (docs/benchmarks.md). A group that has no authorization matches none in the checks either, so what a user may do is
 * unchanged; {@code TenantIsolationTest} and the other security tests run with this in place.
 */
@Component
public class AuthorizedGroupsWithoutScan extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new UnfilteredGroups();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's authorization manager, with the user's groups taken as they are. */
  static final class UnfilteredGroups extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null ? List.of() : authenticatedGroupIds;
    }
  }
}
