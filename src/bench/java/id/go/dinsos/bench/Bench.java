package id.go.dinsos.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * The benchmark (docs/benchmarks.md): for each database, our deployment and then the bare engine go through the
 * scenarios; the table is printed and written with the machine's facts to target/bench/results.json.
 * Run with {@code ./mvnw -Pbench verify}; {@code -Dbench.scale=small} for a quick check of the harness itself.
 */
public final class Bench {

  /** The sizes of a run. */
  record Scale(String name, double caseSeconds, int workers, int sqlCases, double restSeconds, int[] restClients,
      int timers, double stormTimeoutSeconds, int openTasks, int queryRepetitions, double letterSeconds,
      int pgbenchSeconds) {

    static Scale of(String name) {
      return switch (name) {
        case "small" -> new Scale(name, 3, 4, 3, 2, new int[] {1, 8, 32}, 500, 60, 3_000, 10, 2, 3);
        case "full" -> new Scale(name, 10, 4, 10, 6, new int[] {1, 8, 32}, 10_000, 45, 100_000, 30, 8, 10);
        default -> throw new IllegalArgumentException("bench.scale is small or full, not " + name);
      };
    }
  }

  /** Runs of the documents-excluded Java API scenario, of which the median is reported. */
  private static final int MEDIAN_OF = 3;

  private final Scale scale;
  private final List<String> scenarios;
  private final Path out;
  private final Path processes;
  private final Results results = new Results();
  private final ObjectMapper json = new ObjectMapper();

  private Bench(Scale scale, List<String> scenarios, Path out, Path processes) {
    this.scale = scale;
    this.scenarios = scenarios;
    this.out = out;
    this.processes = processes;
  }

  public static void main(String[] args) throws Exception {
    Scale scale = Scale.of(System.getProperty("bench.scale", "small"));
    Path out = Path.of(System.getProperty("bench.out", "target/bench"));
    Path processes = Path.of(System.getProperty("bench.processes", "processes")).toAbsolutePath();
    List<String> databases = Arrays.asList(System.getProperty("bench.databases", "h2,postgres").split(","));
    String pgUrl = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    List<String> scenarios = Arrays.asList(System.getProperty("bench.scenarios", "cases,rest,timers,tasklist,letters")
        .split(","));
    Files.createDirectories(out);
    Bench bench = new Bench(scale, scenarios, out, processes);
    bench.machine(databases);
    boolean lettersDone = false;
    for (String kind : databases) {
      Database database = Database.prepare(kind, out, pgUrl);
      bench.ours(database, !lettersDone);
      lettersDone = true;
      bench.bare(database);
      if (database.postgres()) {
        bench.pgbench(pgUrl);
      }
    }
    bench.results.machine.put("loadAverageAtEnd", loadAverage());
    log("load average at end: " + loadAverage());
    String table = bench.results.table();
    System.out.println();
    System.out.println(table);
    Files.writeString(out.resolve("results.txt"), table, StandardCharsets.UTF_8);
    bench.results.write(out.resolve("results.json"));
    log("written " + out.resolve("results.json") + " and results.txt");
    System.exit(0);
  }

  private void machine(List<String> databases) throws IOException {
    results.machine.put("scale", scale.name());
    results.machine.put("databases", databases);
    results.machine.put("scenarios", scenarios);
    results.machine.put("processors", Runtime.getRuntime().availableProcessors());
    results.machine.put("memoryTotal", meminfo());
    results.machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    results.machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    results.machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / 1024 / 1024);
    results.machine.put("loadAverageAtStart", loadAverage());
    log("scale " + scale.name() + ", " + Runtime.getRuntime().availableProcessors() + " processors, load average at start: "
        + loadAverage());
  }

  private void ours(Database database, boolean letters) throws Exception {
    String db = database.kind();
    log(db + ": starting our deployment");
    Target ours = Target.ours(database, processes);
    try {
      startup(ours, "empty database");
      sharedScenarios(ours);
      if (scenarios.contains("tasklist")) {
        if (!scenarios.contains("timers")) {
          BulkCases.deploy(ours);  // otherwise the timer storm has deployed the bench diagram
        }
        taskList(ours);
      }
      if (letters && scenarios.contains("letters")) {
        letters(ours);
      }
    } finally {
      ours.close();
    }
    log(db + ": restarting our deployment" + (scenarios.contains("tasklist") ? " with the open tasks" : ""));
    Target again = Target.ours(database, processes);
    try {
      startup(again, scenarios.contains("tasklist") ? "the open tasks of scenario 3" : "a restart");
    } finally {
      again.close();
    }
  }

  private void bare(Database database) throws Exception {
    log(database.kind() + ": starting the bare engine");
    Target bare = Target.bare(database, processes);
    try {
      startup(bare, "empty database");
      sharedScenarios(bare);
    } finally {
      bare.close();
    }
  }

  /** The scenarios both our deployment and the bare engine go through, as far as -Dbench.scenarios selects them. */
  private void sharedScenarios(Target target) throws Exception {
    if (scenarios.contains("cases")) {
      caseScenarios(target);
    }
    if (scenarios.contains("rest")) {
      restScenarios(target);
    }
    if (scenarios.contains("timers")) {
      timerStorm(target);
    }
  }

  private void startup(Target target, String state) {
    put(target, "6 start-up", "start-up time, " + state, "s", target.startSeconds);
    put(target, "6 start-up", "heap in use after start, " + state, "MiB", heapInUseMiB());
  }

  private void caseScenarios(Target target) throws Exception {
    String javaScenario = "1 cases, Java API";
    if (target.ours) {
      OursBench.documents = true;
      CaseThroughput.Run withDocuments = CaseThroughput.run(scale.workers(), scale.caseSeconds(),
          () -> CaseThroughput.javaApi(target));
      report(target, javaScenario + ", documents", withDocuments);
      OursBench.documents = false;
    }
    // the figure the ours/bare ratio is taken from: the median of three runs, since one 10-second run of either
    // side varied by up to half from one run to the next on this machine
    List<CaseThroughput.Run> runs = new ArrayList<>();
    for (int i = 0; i < MEDIAN_OF; i++) {
      runs.add(CaseThroughput.run(scale.workers(), scale.caseSeconds(), () -> CaseThroughput.javaApi(target)));
      checkErrors(target, javaScenario + " (run " + (i + 1) + " of " + MEDIAN_OF + ")", runs.get(i));
    }
    runs.sort(Comparator.comparingDouble(CaseThroughput.Run::completionsPerSecond));
    report(target, javaScenario, runs.get(MEDIAN_OF / 2));

    CaseThroughput.Run single = CaseThroughput.run(1, 0, () -> {
      CaseThroughput.CaseWorker worker = CaseThroughput.javaApi(target);
      return (completion, statements, commits) -> {
        int done = 0;
        for (int i = 0; i < scale.sqlCases(); i++) {
          done += worker.runCase(completion, statements, commits);
        }
        return done;
      };
    });
    checkErrors(target, "SQL count", single);
    String sql = "SQL per completion";
    put(target, sql, "statements per claim+complete", "stmts", (double) single.completionStatements() / single.completions());
    put(target, sql, "commits per claim+complete", "commits", (double) single.completionCommits() / single.completions());
    put(target, sql, "statements per task, whole case", "stmts", (double) single.statements() / single.completions());
    put(target, sql, "commits per task, whole case", "commits", (double) single.commits() / single.completions());
    OursBench.documents = true;
  }

  private void restScenarios(Target target) {
    JobExecutor jobExecutor = target.configuration().getJobExecutor();
    jobExecutor.start();
    try {
      for (int clients : scale.restClients()) {
        CaseThroughput.Run rest = CaseThroughput.run(clients, scale.restSeconds(),
            () -> CaseThroughput.rest(target, json));
        report(target, "2 cases, REST, " + clients + " client" + (clients == 1 ? "" : "s"), rest);
      }
    } finally {
      jobExecutor.shutdown();
    }
  }

  private void report(Target target, String scenario, CaseThroughput.Run run) {
    checkErrors(target, scenario, run);
    put(target, scenario, "cases per second", "cases/s", run.casesPerSecond());
    put(target, scenario, "task completions per second", "tasks/s", run.completionsPerSecond());
    put(target, scenario, "completion p50 (find+claim+submit)", "ms", run.completion().percentileMillis(50));
    put(target, scenario, "completion p95 (find+claim+submit)", "ms", run.completion().percentileMillis(95));
    put(target, scenario, "cases failed (see the log)", "cases", run.errors());
  }

  private static void checkErrors(Target target, String scenario, CaseThroughput.Run run) {
    log(String.format("%s %s %s: %d cases, %d tasks in %.1f s, %d errors%s", target.database.kind(), target.name,
        scenario, run.cases(), run.completions(), run.seconds(), run.errors(),
        run.firstError() == null ? "" : " (first: " + run.firstError() + ")"));
  }

  private void timerStorm(Target target) throws Exception {
    BulkCases.deploy(target);
    for (int nodes = 1; nodes <= 2; nodes++) {
      TimerStorm.Fired fired = TimerStorm.fire(target, scale.timers(), nodes, 40L * nodes, scale.stormTimeoutSeconds());
      log(String.format("%s %s timer storm, %d node(s): %d timers, %.1f s, %d left", target.database.kind(), target.name,
          nodes, fired.timers(), fired.seconds(), fired.left()));
      String scenario = "4 timer storm, " + nodes + " node" + (nodes == 1 ? "" : "s");
      put(target, scenario, fired.timers() + " due timers: seconds until all fired", "s",
          fired.left() == 0 ? fired.seconds() : Double.NaN);
      put(target, scenario, "timers fired per second", "timers/s", (fired.timers() - fired.left()) / fired.seconds());
    }
  }

  private void taskList(Target target) {
    log(String.format("%s %s: %d open tasks before", target.database.kind(), target.name,
        target.engine.getTaskService().createTaskQuery().count()));
    long begin = System.nanoTime();
    int perOffice = openTasks(target.database) / Target.OFFICES.size();
    for (String office : Target.OFFICES) {
      BulkCases.start(target.engine, true, office, perOffice);
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    analyze(target);
    long open = target.engine.getTaskService().createTaskQuery().processDefinitionKey(BenchModels.CASE).count();
    log(String.format("%s %s: %d open tasks made in %.1f s", target.database.kind(), target.name, open, seconds));
    String scenario = "3 task list";
    put(target, scenario, "open tasks", "tasks", open);
    put(target, scenario, "open cases made per second (engine API)", "cases/s", open / seconds);
    put(target, "6 start-up", "heap in use with the open tasks of scenario 3", "MiB", heapInUseMiB());
    TaskListAtScale.queries(target.engine.getTaskService()).forEach((name, query) -> {
      TaskListAtScale.Measured measured = TaskListAtScale.measure(target, query, scale.queryRepetitions());
      log(String.format("%s task list %s: %d tasks seen by %s", target.database.kind(), name, measured.count(),
          TaskListAtScale.USER));
      put(target, scenario, name + " (" + measured.count() + "): p50, checks on", "ms", measured.checked().percentileMillis(50));
      put(target, scenario, name + ": p95, checks on", "ms", measured.checked().percentileMillis(95));
      put(target, scenario, name + ": p95, checks off", "ms", measured.unchecked().percentileMillis(95));
      put(target, scenario, name + ": p95 ratio on/off", "x",
          measured.checked().percentileMillis(95) / measured.unchecked().percentileMillis(95));
    });
  }

  /**
   * Fresh planner statistics after the bulk load, as the database's autovacuum would have made them in a deployment
   * that grew to this size: without, the queries run with the statistics of whenever autovacuum last came by.
   */
  private static void analyze(Target target) {
    try (Connection connection = target.context.getBean(DataSource.class).getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("ANALYZE");
    } catch (SQLException e) {
      throw new IllegalStateException("ANALYZE failed", e);
    }
  }

  /** The scale's number, or -Dbench.openTasks.h2=... for one database (a shorter run where time is short). */
  private int openTasks(Database database) {
    return Integer.getInteger("bench.openTasks." + database.kind(), scale.openTasks());
  }

  private void letters(Target target) throws Exception {
    for (int threads = 1; threads <= 2; threads++) {
      LetterRendering.Rendered rendered = LetterRendering.render(target.context, threads, scale.letterSeconds());
      log(String.format("letters on %d thread(s): %d in %.1f s, %d page(s) each", threads, rendered.letters(),
          rendered.seconds(), rendered.pages()));
      String scenario = "5 documents, " + threads + " thread" + (threads == 1 ? "" : "s");
      put(target, scenario, rendered.pages() + "-page letters per second", "letters/s", rendered.perSecond());
      put(target, scenario, "memory allocated per letter", "MiB", rendered.bytesAllocatedPerLetter() / 1024 / 1024);
    }
  }

  private void pgbench(String pgUrl) throws Exception {
    Database.recreate(pgUrl, "pgbench_scratch");
    run("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-i", "-q", "-s", "10", "pgbench_scratch");
    String output = run("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-c", "8", "-j", "2", "-T",
        String.valueOf(scale.pgbenchSeconds()), "-n", "pgbench_scratch");
    Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
    if (tps.find()) {
      double commits = Double.parseDouble(tps.group(1));
      results.ours("postgres", "database ceiling", "pgbench commits/s (TPC-B-like, 8 clients)", "commits/s", commits);
      results.bare("postgres", "database ceiling", "pgbench commits/s (TPC-B-like, 8 clients)", "commits/s", commits);
    } else {
      log("pgbench printed no tps: " + output);
    }
    Database.drop(pgUrl, "pgbench_scratch");
  }

  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
    return output;
  }

  private void put(Target target, String scenario, String metric, String unit, double value) {
    if (target.ours) {
      results.ours(target.database.kind(), scenario, metric, unit, value);
    } else {
      results.bare(target.database.kind(), scenario, metric, unit, value);
    }
  }

  private static double heapInUseMiB() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) / 1024.0 / 1024.0;
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String meminfo() throws IOException {
    Path meminfo = Path.of("/proc/meminfo");
    return Files.exists(meminfo) ? Files.readAllLines(meminfo).get(0).replaceAll("\\s+", " ") : "unknown";
  }

  static void log(String message) {
    System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + message);
  }
}
