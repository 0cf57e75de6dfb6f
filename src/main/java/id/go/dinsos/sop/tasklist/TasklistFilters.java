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
 * from the first login, ordered by due date (the mutu baku), showing each case's register number and
 * beneficiary ({@link TaskCardVariables}); the engine's tenant check keeps each list to the user's own
 * office. They belong to the application: each start brings their query and columns back to these.
 */
@Component
public class TasklistFilters {

  // evaluated whenever the filter is listed; "today" is the server's day
  private static final String NOW = "${now()}";
  private static final String JUST_BEFORE_TODAY = "${dateTime().withTimeAtStartOfDay().minusMillis(1).toDate()}";
  private static final String TOMORROW = "${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}";

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
        myGroupsTasks().orderByDueDate().asc());
    ensureFilter("Tugas saya", "Tugas yang sudah Anda klaim", 2,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    ensureFilter("Tugas terlambat", "Tugas peran Anda yang sudah melewati mutu baku", 3,
        myGroupsTasks().dueBeforeExpression(NOW).orderByDueDate().asc());
    ensureFilter("Jatuh tempo hari ini", "Tugas peran Anda yang mutu bakunya berakhir hari ini", 4,
        myGroupsTasks().dueAfterExpression(JUST_BEFORE_TODAY).dueBeforeExpression(TOMORROW).orderByDueDate().asc());
  }

  /** Tasks offered to one of the user's groups, claimed or not (each SOP step has its role's group). */
  private TaskQuery myGroupsTasks() {
    return taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
  }

  private void ensureFilter(String name, String description, int priority, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    filter.setQuery(query);
    filter.setProperties(Map.of("description", description, "priority", priority, "refresh", true,
        "variables", List.of(
            Map.of("name", CaseRegisterNumberIssuer.NOMOR_REGISTER, "label", "Nomor Register"),
            Map.of("name", Beneficiary.TASK_VARIABLE, "label", "Penerima Manfaat"))));
    filterService.saveFilter(filter);
    authorizations.grantEveryone(Resources.FILTER, filter.getId(), READ);
  }
}
