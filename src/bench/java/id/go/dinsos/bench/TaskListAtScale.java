package id.go.dinsos.bench;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Scenario 3: the lists Tasklist shows a staff member (peksos of Magetan), as a page of 15 by due date plus the
 * count, with the user authenticated (authorization and tenant checks on) and without (no checks).
 */
final class TaskListAtScale {

  static final String USER = "peksos." + Target.OFFICE;
  static final int PAGE = 15;

  record Measured(Stats checked, Stats unchecked, long count) {
  }

  private TaskListAtScale() {
  }

  static Map<String, Supplier<TaskQuery>> queries(TaskService tasks) {
    Map<String, Supplier<TaskQuery>> queries = new LinkedHashMap<>();
    queries.put("group tasks", () -> tasks.createTaskQuery().taskCandidateGroupIn(List.of("peksos"))
        .includeAssignedTasks().orderByDueDate().asc());
    queries.put("own tasks", () -> tasks.createTaskQuery().taskAssignee(USER).orderByDueDate().asc());
    queries.put("overdue", () -> tasks.createTaskQuery().taskCandidateGroupIn(List.of("peksos"))
        .includeAssignedTasks().dueBefore(new Date()).orderByDueDate().asc());
    return queries;
  }

  static Measured measure(Target target, Supplier<TaskQuery> query, int repetitions) {
    IdentityService identity = target.engine.getIdentityService();
    Stats checked = new Stats();
    Stats unchecked = new Stats();
    long count = 0;
    for (int i = 0; i < repetitions + 5; i++) {
      identity.setAuthentication(USER, List.of("peksos"), List.of(Target.OFFICE));
      long begin = System.nanoTime();
      try {
        query.get().listPage(0, PAGE);
        count = query.get().count();
      } finally {
        identity.clearAuthentication();
      }
      long between = System.nanoTime();
      query.get().listPage(0, PAGE);
      query.get().count();
      long end = System.nanoTime();
      if (i >= 5) {
        checked.add(between - begin);
        unchecked.add(end - between);
      }
    }
    return new Measured(checked, unchecked, count);
  }
}
