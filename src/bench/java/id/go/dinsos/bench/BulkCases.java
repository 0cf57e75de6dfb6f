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

  /**
   * Starts {@code count} cases in the office (ignored by the bare engine), batches on two threads (the machine's
   * cores); returns the batch instances' ids.
   */
  static List<String> start(ProcessEngine engine, boolean ours, String tenant, int count) {
    long now = System.currentTimeMillis();
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<String>> batches = new java.util.ArrayList<>();
      for (int made = 0; made < count; made += BATCH_SIZE) {
        int size = Math.min(BATCH_SIZE, count - made);
        batches.add(threads.submit(() -> {
          Map<String, Object> variables = new HashMap<>();
          variables.put("jumlah", size);
          variables.put("lewat", new Date(now - 86_400_000L));
          variables.put("nanti", new Date(now + 7 * 86_400_000L));
          variables.put("pemegang", "peksos." + tenant);
          var builder = engine.getRuntimeService().createProcessInstanceByKey(BenchModels.BATCH).setVariables(variables);
          return (ours ? builder.processDefinitionTenantId(tenant) : builder.processDefinitionWithoutTenantId())
              .execute().getId();
        }));
      }
      List<String> ids = new java.util.ArrayList<>();
      for (var batch : batches) {
        ids.add(batch.get());
      }
      return ids;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      threads.shutdown();
    }
  }
}
