package id.go.dinsos.sop.cluster;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node in a cluster ({@code dinsos.cluster.node-name}): the engine writes the name into the
 * job log ({@code ACT_HI_JOB_LOG.HOSTNAME_}) and its job executor locks jobs under it
 * ({@code ACT_RU_JOB.LOCK_OWNER_}), so an operator can tell which node ran or holds a job. Nothing is
 * coordinated here: the nodes share work through the engine's own job locks and optimistic locking.
 * Without the property the engine's defaults stay (host address and a random lock owner).
 */
@Component
public class ClusterNodeName extends AbstractProcessEnginePlugin {

  private final String nodeName;

  public ClusterNodeName(@Value("${dinsos.cluster.node-name:}") String nodeName) {
    this.nodeName = nodeName.trim();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!nodeName.isEmpty()) {
      configuration.setHostname(nodeName);
    }
  }

  /** After init: the Spring Boot starter hands the engine its job executor during its own preInit. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    JobExecutor jobExecutor = configuration.getJobExecutor();
    if (!nodeName.isEmpty() && jobExecutor != null) {
      jobExecutor.setLockOwner(nodeName);
    }
  }
}
