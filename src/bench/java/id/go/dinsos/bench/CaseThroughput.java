package id.go.dinsos.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.dinsos.sop.support.MagetanAnjalAtCase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Scenarios 1 and 2: Magetan cases worked from start to end by concurrent workers, each step by the user of its role,
 * for a fixed time; a worker finishes the case it is on when the time is up.
 */
final class CaseThroughput {

  /** What a run measured. */
  record Run(int cases, int completions, double seconds, Stats completion, long statements, long commits,
      long completionStatements, long completionCommits, int errors, String firstError) {
    double casesPerSecond() {
      return cases / seconds;
    }

    double completionsPerSecond() {
      return completions / seconds;
    }
  }

  interface CaseWorker {
    /** Works one case to the end; returns the number of user tasks completed. */
    int runCase(Stats completion, AtomicLong completionStatements, AtomicLong completionCommits) throws Exception;
  }

  private CaseThroughput() {
  }

  static Run run(int workers, double seconds, java.util.function.Supplier<CaseWorker> workerFactory) {
    Stats completion = new Stats();
    AtomicInteger cases = new AtomicInteger();
    AtomicInteger completions = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    AtomicLong completionStatements = new AtomicLong();
    AtomicLong completionCommits = new AtomicLong();
    long statements = CountingDataSource.STATEMENTS.get();
    long commits = CountingDataSource.COMMITS.get();
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      CaseWorker worker = workerFactory.get();
      Thread thread = new Thread(() -> {
        do {
          try {
            completions.addAndGet(worker.runCase(completion, completionStatements, completionCommits));
            cases.incrementAndGet();
          } catch (Exception e) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, e.toString());
            if (errors.get() > 50) {
              return;
            }
          }
        } while (System.nanoTime() < deadline);
      }, "bench-worker-" + i);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new Run(cases.get(), completions.get(), elapsed, completion,
        CountingDataSource.STATEMENTS.get() - statements, CountingDataSource.COMMITS.get() - commits,
        completionStatements.get(), completionCommits.get(), errors.get(), firstError.get());
  }

  /** Through the Java API, as the right user with groups and office; the document steps run right after. */
  static CaseWorker javaApi(Target target) {
    FormService forms = target.engine.getFormService();
    TaskService tasks = target.engine.getTaskService();
    IdentityService identity = target.engine.getIdentityService();
    ManagementService management = target.engine.getManagementService();
    String definitionId = definitionId(target);
    List<String> tenants = target.ours ? List.of(Target.OFFICE) : List.of();
    return (completion, completionStatements, completionCommits) -> {
      String starter = MagetanAnjalAtCase.starterRole();
      identity.setAuthentication(starter + "." + Target.OFFICE, List.of(starter), tenants);
      String caseId;
      try {
        caseId = forms.submitStartForm(definitionId, MagetanAnjalAtCase.laporan()).getId();
      } finally {
        identity.clearAuthentication();
      }
      runAsyncSteps(management, caseId);
      int done = 0;
      for (MagetanAnjalAtCase.Step step : MagetanAnjalAtCase.steps()) {
        identity.setAuthentication(step.user(), List.of(step.role()), tenants);
        long statements = CountingDataSource.STATEMENTS.get();
        long commits = CountingDataSource.COMMITS.get();
        long begin = System.nanoTime();
        try {
          Task task = tasks.createTaskQuery().processInstanceId(caseId).taskDefinitionKey(step.task()).singleResult();
          if (task == null) {
            throw new IllegalStateException(step.user() + " finds no task " + step.task() + " in case " + caseId);
          }
          tasks.claim(task.getId(), step.user());
          forms.submitTaskForm(task.getId(), step.values());
        } finally {
          identity.clearAuthentication();
        }
        completion.add(System.nanoTime() - begin);
        completionStatements.addAndGet(CountingDataSource.STATEMENTS.get() - statements);
        completionCommits.addAndGet(CountingDataSource.COMMITS.get() - commits);
        done++;
        runAsyncSteps(management, caseId);
      }
      return done;
    };
  }

  /** The job executor's part: the case's asynchronous continuations (the document steps), in this thread. */
  static void runAsyncSteps(ManagementService management, String caseId) {
    List<Job> waiting;
    while (!(waiting = management.createJobQuery().processInstanceId(caseId).messages().list()).isEmpty()) {
      waiting.forEach(job -> management.executeJob(job.getId()));
    }
  }

  static String definitionId(Target target) {
    var query = target.engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(id.go.dinsos.sop.process.anjalat.AnjalAtVariables.PROCESS_ID).latestVersion();
    return (target.ours ? query.tenantIdIn(Target.OFFICE) : query.withoutTenantId()).singleResult().getId();
  }

  /**
   * Through the REST API with HTTP basic authentication; the job executor runs the document steps, so the client
   * looks for the next task until it appears, as Tasklist would.
   */
  static CaseWorker rest(Target target, ObjectMapper json) {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    String base = target.baseUrl();
    String start = base + "/process-definition/key/" + id.go.dinsos.sop.process.anjalat.AnjalAtVariables.PROCESS_ID
        + (target.ours ? "/tenant-id/" + Target.OFFICE : "") + "/submit-form";
    return (completion, completionStatements, completionCommits) -> {
      String starter = MagetanAnjalAtCase.starterRole() + "." + Target.OFFICE;
      Map<?, ?> started = json.readValue(
          send(client, post(start, starter, variables(json, MagetanAnjalAtCase.laporan()))), Map.class);
      String caseId = (String) started.get("id");
      int done = 0;
      for (MagetanAnjalAtCase.Step step : MagetanAnjalAtCase.steps()) {
        String find = base + "/task?processInstanceId=" + caseId + "&taskDefinitionKey=" + step.task();
        long waitUntil = System.nanoTime() + 20_000_000_000L;
        long begin;
        List<?> found;
        do {
          begin = System.nanoTime();
          found = json.readValue(send(client, get(find, step.user())), List.class);
          if (found.isEmpty()) {
            if (System.nanoTime() > waitUntil) {
              throw new IllegalStateException(step.user() + " finds no task " + step.task() + " in case " + caseId);
            }
            Thread.sleep(5);
          }
        } while (found.isEmpty());
        String taskId = (String) ((Map<?, ?>) found.get(0)).get("id");
        send(client, post(base + "/task/" + taskId + "/claim", step.user(),
            json.writeValueAsString(Map.of("userId", step.user()))));
        send(client, post(base + "/task/" + taskId + "/submit-form", step.user(), variables(json, step.values())));
        completion.add(System.nanoTime() - begin);
        done++;
      }
      return done;
    };
  }

  private static String variables(ObjectMapper json, Map<String, Object> values) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return json.writeValueAsString(Map.of("variables", variables));
  }

  private static HttpRequest get(String url, String user) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(user))
        .header("Accept", "application/json").GET().build();
  }

  private static HttpRequest post(String url, String user, String body) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(user))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  private static String send(HttpClient client, HttpRequest request) throws Exception {
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(request.method() + " " + request.uri().getPath() + ": HTTP "
          + response.statusCode() + " " + response.body());
    }
    return response.body();
  }
}
