package id.go.dinsos.sop.tasklist;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import id.go.dinsos.sop.identity.Authorizations;
import id.go.dinsos.sop.identity.StartPermissions;
import id.go.dinsos.sop.register.CaseRegisterNumberIssuer;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fresh Tasklist has no filter, so a new user would see no task at all. These shared filters exist
 * from the first login, showing each case's register number; the engine's tenant check keeps each list
 * to the user's own office.
 */
@Component
public class TasklistFilters {

  private final FilterService filterService;
  private final TaskService taskService;
  private final Authorizations authorizations;

  public TasklistFilters(FilterService filterService, TaskService taskService, Authorizations authorizations) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizations = authorizations;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(StartPermissions.ORDER + 1)
  public void createSharedFilters() {
    ensureFilter("Tugas kelompok saya", "Tugas yang menunggu untuk diklaim oleh peran Anda", 1,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks().orderByDueDate().asc());
    ensureFilter("Tugas saya", "Tugas yang sudah Anda klaim", 2,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
  }

  private void ensureFilter(String name, String description, int priority, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name)
          .setQuery(query)
          .setProperties(Map.of("description", description, "priority", priority, "refresh", true,
              "variables", List.of(Map.of("name", CaseRegisterNumberIssuer.NOMOR_REGISTER, "label", "Nomor Register"))));
      filterService.saveFilter(filter);
    }
    authorizations.grantEveryone(Resources.FILTER, filter.getId(), READ);
  }
}
