package id.go.dinsos.sop.identity;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Last step of start-up's grants: the role groups and {@code camunda-admin} keep exactly what {@link IdentitySetup}
 * and {@link StartPermissions} declared. A grant changed by hand (in Admin, by the REST API, in the database) is put
 * back on the next start, and one that nobody declares is deleted; grants of other groups and of single users, and
 * the engine's per-task rows for candidate groups, are left alone.
 */
@Component
public class GrantSync {

  public static final int ORDER = StartPermissions.ORDER + 10;

  private static final Logger LOG = LoggerFactory.getLogger(GrantSync.class);

  private final Authorizations authorizations;

  public GrantSync(Authorizations authorizations) {
    this.authorizations = authorizations;
  }

  public static Set<String> managedGroups() {
    return Stream.concat(Arrays.stream(Role.values()).map(Role::groupId), Stream.of(Groups.CAMUNDA_ADMIN))
        .collect(Collectors.toUnmodifiableSet());
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(ORDER)
  public void removeUndeclaredGrants() {
    int changed = authorizations.removeUndeclared(managedGroups());
    if (changed > 0) {
      LOG.warn("{} grants of the role groups differed from start-up's and were put back", changed);
    }
  }
}
