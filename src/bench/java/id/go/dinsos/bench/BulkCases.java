package id.go.dinsos.bench;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;

/** Open single-step cases in bulk through the engine API ({@link BenchModels}), batches of {@link #BATCH_SIZE}. */
final class BulkCases {

  static final int BATCH_SIZE = 500;

  private BulkCases() {
  }

  /** Deploys the two bench diagrams, per office for our deployment, without tenant for the bare engine. */
  static void deploy(Target target) {
    RepositoryService repository = target.engine.getRepositoryService();
    for (String tenant : target.ours ? Target.OFFICES : java.util.Collections.<String>singletonList(null)) {
      repository.createDeployment().name("bench").tenantId(tenant)
          .addModelInstance(BenchModels.BATCH + ".bpmn", BenchModels.batch())
          .addModelInstance(BenchModels.CASE + ".bpmn", BenchModels.singleStepCase())
          .deploy();
    }
  }

  /** Starts {@code count} cases in the office (ignored by the bare engine); returns the batch instances' ids. */
  static List<String> start(ProcessEngine engine, boolean ours, String tenant, int count) {
    List<String> batches = new java.util.ArrayList<>();
    long now = System.currentTimeMillis();
    for (int made = 0; made < count; made += BATCH_SIZE) {
      Map<String, Object> variables = new HashMap<>();
      variables.put("jumlah", Math.min(BATCH_SIZE, count - made));
      variables.put("lewat", new Date(now - 86_400_000L));
      variables.put("nanti", new Date(now + 7 * 86_400_000L));
      variables.put("pemegang", "peksos." + tenant);
      var builder = engine.getRuntimeService().createProcessInstanceByKey(BenchModels.BATCH).setVariables(variables);
      batches.add((ours ? builder.processDefinitionTenantId(tenant) : builder.processDefinitionWithoutTenantId())
          .execute().getId());
    }
    return batches;
  }
}
