package id.go.dinsos.sop.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The job executor's part in tests, which run with job execution off so that they decide when jobs run: executes a
 * case's waiting asynchronous continuations (the document steps are {@code asyncBefore}) until none is left.
 * Timers are left alone.
 */
public final class AsyncSteps {

  private AsyncSteps() {
  }

  public static void run(ManagementService managementService, String processInstanceId) {
    List<Job> waiting;
    while (!(waiting = managementService.createJobQuery().processInstanceId(processInstanceId).messages().list())
        .isEmpty()) {
      waiting.forEach(job -> managementService.executeJob(job.getId()));
    }
  }
}
