package id.go.dinsos.sop.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.Test;

class ClusterNodeNameTest {

  @Test
  void aNamedNodeLogsAndLocksJobsUnderItsName() {
    StandaloneInMemProcessEngineConfiguration configuration = configurationWithJobExecutor();
    ClusterNodeName plugin = new ClusterNodeName(" node-a ");

    plugin.preInit(configuration);
    plugin.postInit(configuration);

    assertThat(configuration.getHostname()).isEqualTo("node-a");
    assertThat(configuration.getJobExecutor().getLockOwner()).isEqualTo("node-a");
  }

  @Test
  void withoutANameTheEngineKeepsItsOwnDefaults() {
    StandaloneInMemProcessEngineConfiguration configuration = configurationWithJobExecutor();
    String randomOwner = configuration.getJobExecutor().getLockOwner();
    ClusterNodeName plugin = new ClusterNodeName("");

    plugin.preInit(configuration);
    plugin.postInit(configuration);

    assertThat(configuration.getHostname()).isNull();
    assertThat(configuration.getJobExecutor().getLockOwner()).isEqualTo(randomOwner).isNotBlank();
  }

  private static StandaloneInMemProcessEngineConfiguration configurationWithJobExecutor() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJobExecutor(new DefaultJobExecutor());
    return configuration;
  }
}
