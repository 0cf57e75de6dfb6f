package id.go.dinsos.sop.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.dinsos.sop.DinsosApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The application started once more on the database the whole suite has just filled (the postgres
 * Maven profile runs this after the tests, see pom.xml): the schemas are found up to date, no
 * migration runs, and nothing the first start created is created again.
 */
class StartupOnExistingDatabaseIT {

  /** What a start-up could create or migrate, each as one figure; a second start must change none. */
  private static final Map<String, String> FIGURES = figures();

  private final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
      System.getProperty("spring.datasource.url"), env("DB_USER", "postgres"), env("DB_PASSWORD", "")));

  @Test
  void secondStartOnThePopulatedDatabaseMigratesAndCreatesNothing() {
    Map<String, Long> before = snapshot();
    assertThat(before.get("deployments")).as("deployments of the suite's first start").isPositive();
    assertThat(before.get("project migrations")).as("Flyway history of the first start").isPositive();
    String engineSchema = engineSchemaVersion();

    try (ConfigurableApplicationContext second = SpringApplication.run(DinsosApplication.class, "--server.port=0")) {
      assertThat(second.getBean(Flyway.class).info().pending()).as("migrations pending after the start").isEmpty();
    }

    assertThat(snapshot()).isEqualTo(before);
    assertThat(engineSchemaVersion()).isEqualTo(engineSchema);
    assertThat(jdbc.queryForObject("select count(*) from dinsos_schema_history where not success", Long.class))
        .as("failed migrations").isZero();
  }

  /** The planner settings application-postgres.yaml gives our sessions (docs/benchmarks.md, "Task list"). */
  @Test
  void ourSessionsRunWithoutJitAndWithoutMaterializedJoins() {
    try (ConfigurableApplicationContext application =
        SpringApplication.run(DinsosApplication.class, "--server.port=0")) {
      JdbcTemplate session = new JdbcTemplate(application.getBean(DataSource.class));
      assertThat(session.queryForObject("show jit", String.class)).isEqualTo("off");
      assertThat(session.queryForObject("show enable_material", String.class)).isEqualTo("off");
    }
  }

  private Map<String, Long> snapshot() {
    Map<String, Long> values = new LinkedHashMap<>();
    FIGURES.forEach((name, sql) -> values.put(name, jdbc.queryForObject(sql, Long.class)));
    return values;
  }

  private String engineSchemaVersion() {
    return jdbc.queryForObject("select value_ from act_ge_property where name_ = 'schema.version'", String.class);
  }

  private static Map<String, String> figures() {
    Map<String, String> sql = new LinkedHashMap<>();
    sql.put("engine schema log", "select count(*) from act_ge_schema_log");
    sql.put("project migrations", "select count(*) from dinsos_schema_history");
    sql.put("deployments", "select count(*) from act_re_deployment");
    sql.put("deployed resources", "select count(*) from act_ge_bytearray where deployment_id_ is not null");
    sql.put("process definitions", "select count(*) from act_re_procdef");
    sql.put("forms", "select count(*) from act_re_camformdef");
    sql.put("users", "select count(*) from act_id_user");
    sql.put("groups", "select count(*) from act_id_group");
    sql.put("memberships", "select count(*) from act_id_membership");
    sql.put("tenants", "select count(*) from act_id_tenant");
    sql.put("tenant memberships", "select count(*) from act_id_tenant_member");
    sql.put("authorizations", "select count(*) from act_ru_authorization");
    sql.put("filters", "select count(*) from act_ru_filter");
    sql.put("cases (running)", "select count(*) from act_ru_execution where id_ = proc_inst_id_");
    sql.put("cases (history)", "select count(*) from act_hi_procinst");
    sql.put("case register", "select count(*) from case_register");
    sql.put("documents", "select count(*) from document_archive");
    sql.put("numbering counters", "select coalesce(sum(last_number), 0) from numbering_counter");
    sql.put("SLA breaches", "select count(*) from sla_breach");
    return sql;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
