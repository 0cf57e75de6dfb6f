package id.go.dinsos.sop.support;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/** The engine of the fast process tests: in-memory, mocked delegates, and 100% coverage required per class. */
public final class ProcessTestEngine {

  private static final String CONFIGURATION = "process-test.camunda.cfg.xml";

  private ProcessTestEngine() {
  }

  public static ProcessEngineCoverageExtension withFullCoverage() {
    return ProcessEngineCoverageExtension
        .builder(ProcessEngineConfiguration.createProcessEngineConfigurationFromResource(CONFIGURATION))
        .assertClassCoverageAtLeast(1.0)
        .build();
  }
}
