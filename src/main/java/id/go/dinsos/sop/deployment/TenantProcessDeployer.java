package id.go.dinsos.sop.deployment;

import id.go.dinsos.sop.identity.IdentitySetup;
import id.go.dinsos.sop.identity.Office;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/<tenant>/} under that tenant at start-up. Unchanged files are filtered
 * out, so a restart creates no new version, and a diagram edited in the folder becomes the new
 * version for new cases while running cases stay on theirs.
 */
@Component
public class TenantProcessDeployer {

  public static final int ORDER = IdentitySetup.ORDER + 10;
  static final String COMMON_FOLDER = "common";
  private static final List<String> DEPLOYABLE = List.of(".bpmn", ".dmn", ".form");
  private static final Logger LOG = LoggerFactory.getLogger(TenantProcessDeployer.class);

  private final RepositoryService repositoryService;
  private final Path location;

  public TenantProcessDeployer(RepositoryService repositoryService, ProcessesProperties properties) {
    this.repositoryService = repositoryService;
    this.location = properties.location().toAbsolutePath().normalize();
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(ORDER)
  public void deployAllOffices() {
    if (!Files.isDirectory(location)) {
      throw new IllegalStateException("Processes folder not found: " + location
          + " (set dinsos.processes.location)");
    }
    List<Path> common = deployableFiles(location.resolve(COMMON_FOLDER));
    for (Office office : Office.values()) {
      List<Path> own = deployableFiles(location.resolve(office.tenantId()));
      if (own.isEmpty()) {
        continue;
      }
      DeploymentBuilder deployment = repositoryService.createDeployment()
          .name("dinsos-" + office.tenantId())
          .source("processes/" + office.tenantId())
          .tenantId(office.tenantId())
          .enableDuplicateFiltering(true);
      List<Path> files = new ArrayList<>(own);
      files.addAll(common);
      files.forEach(file -> addResource(deployment, file));
      String id = deployment.deploy().getId();
      LOG.info("Deployed {} files for office {} (deployment {})", files.size(), office.tenantId(), id);
    }
  }

  private static void addResource(DeploymentBuilder deployment, Path file) {
    try {
      deployment.addString(file.getFileName().toString(), Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static List<Path> deployableFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> DEPLOYABLE.stream().anyMatch(ext -> f.getFileName().toString().endsWith(ext)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
  }
}
