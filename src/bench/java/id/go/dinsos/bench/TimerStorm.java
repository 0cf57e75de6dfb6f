package id.go.dinsos.bench;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Scenario 4: SLA timers all due at once (the clock jumps past a long holiday), fired by the engine's job executor
 * with its default settings, then by two job executors on the same database, like two nodes.
 */
final class TimerStorm {

  record Fired(int timers, double seconds, long left) {
  }

  private TimerStorm() {
  }

  static Fired fire(Target target, int timers, int nodes, long clockDays, double timeoutSeconds) throws Exception {
    List<String> batches = BulkCases.start(target.engine, target.ours, Target.OFFICE, timers);
    ManagementService management = target.engine.getManagementService();
    List<JobExecutor> executors = new ArrayList<>();
    executors.add(target.configuration().getJobExecutor());
    for (int i = 1; i < nodes; i++) {
      DefaultJobExecutor another = new DefaultJobExecutor();
      another.setRejectedJobsHandler(new NotifyAcquisitionRejectedJobsHandler());
      executors.add(another);
    }
    for (JobExecutor executor : executors) {
      if (!executor.getProcessEngines().contains(target.engine)) {
        executor.registerProcessEngine((org.camunda.bpm.engine.impl.ProcessEngineImpl) target.engine);
      }
    }
    ClockUtil.offset(clockDays * 86_400_000L);
    long start = System.nanoTime();
    executors.forEach(JobExecutor::start);
    long left;
    double deadline = start + timeoutSeconds * 1e9;
    do {
      Thread.sleep(100);
      left = management.createJobQuery().timers().processDefinitionKey(BenchModels.CASE).count();
    } while (left > 0 && System.nanoTime() < deadline);
    double seconds = (System.nanoTime() - start) / 1e9;
    executors.forEach(JobExecutor::shutdown);
    for (int i = 1; i < executors.size(); i++) {
      executors.get(i).unregisterProcessEngine((org.camunda.bpm.engine.impl.ProcessEngineImpl) target.engine);
    }
    ClockUtil.reset();
    // the storm's cases are removed so that the task-list scenario counts only its own open tasks
    for (String batch : batches) {
      target.engine.getRuntimeService().deleteProcessInstance(batch, "bench", true, true);
    }
    return new Fired(timers, seconds, left);
  }
}
