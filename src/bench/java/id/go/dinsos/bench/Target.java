package id.go.dinsos.bench;

import id.go.dinsos.bench.bare.BareEngineApplication;
import id.go.dinsos.sop.DinsosApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** One running application under test: our deployment or the bare engine, on one database. */
final class Target implements AutoCloseable {

  static final String OFFICE = "magetan";
  static final List<String> OFFICES = List.of("lamandau", "magetan", "tanah-laut");

  final String name;
  final boolean ours;
  final Database database;
  final ConfigurableApplicationContext context;
  final ProcessEngine engine;
  final int port;
  final double startSeconds;

  private Target(String name, boolean ours, Database database, ConfigurableApplicationContext context,
      double startSeconds) {
    this.name = name;
    this.ours = ours;
    this.database = database;
    this.context = context;
    this.engine = context.getBean(ProcessEngine.class);
    this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    this.startSeconds = startSeconds;
  }

  /** Our application as it is deployed (demo users for the roles), job executor left to the benchmark. */
  static Target ours(Database database, Path processes) {
    long start = System.nanoTime();
    List<String> profiles = new ArrayList<>(List.of("demo"));
    if (database.postgres()) {
      profiles.add("postgres");
    }
    ConfigurableApplicationContext context = new SpringApplicationBuilder(DinsosApplication.class, OursBench.class,
        BenchDataSource.class)
        .profiles(profiles.toArray(String[]::new))
        .run(arguments(common(database, database.oursUrl()), "dinsos.processes.location=" + processes));
    return new Target("ours", true, database, context, (System.nanoTime() - start) / 1e9);
  }

  /** The Camunda starter with its defaults and the SOP's files deployed without tenant, delegates as no-ops. */
  static Target bare(Database database, Path processes) {
    long start = System.nanoTime();
    ConfigurableApplicationContext context = new SpringApplicationBuilder(BareEngineApplication.class)
        .run(arguments(common(database, database.bareUrl()), "spring.config.name=bench-bare",
            "camunda.bpm.auto-deployment-enabled=false"));
    Target target = new Target("bare", false, database, context, (System.nanoTime() - start) / 1e9);
    DeploymentBuilder deployment = target.engine.getRepositoryService().createDeployment().name("bare-magetan");
    List<Path> files = new ArrayList<>(files(processes.resolve(OFFICE)));
    files.addAll(files(processes.resolve("common")));
    for (Path file : files) {
      try {
        deployment.addString(file.getFileName().toString(), Files.readString(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    deployment.deploy();
    return target;
  }

  /** As command-line arguments: they outrank application.yaml and the profiles' files (the database URL is in both). */
  private static String[] arguments(String[] common, String... more) {
    return Stream.concat(Stream.of(common), Stream.of(more)).map(property -> "--" + property).toArray(String[]::new);
  }

  private static String[] common(Database database, String url) {
    return new String[] {
        "spring.datasource.url=" + url,
        "spring.datasource.username=" + database.user(),
        "spring.datasource.password=",
        "server.port=0",
        "spring.main.banner-mode=off",
        "logging.level.root=WARN",
        "logging.level.org.camunda.bpm.engine.jobexecutor=ERROR",
        // the benchmark starts and stops the job executor itself (timer storm, REST scenario)
        "camunda.bpm.job-execution.enabled=false",
    };
  }

  private static List<Path> files(Path folder) {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".form")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String tenant() {
    return ours ? OFFICE : null;
  }

  ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port + "/engine-rest";
  }

  @Override
  public void close() {
    context.close();
  }
}
