package id.go.dinsos.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where one pass of the benchmark runs: H2 files under target/bench, or fresh PostgreSQL databases. */
record Database(String kind, String oursUrl, String bareUrl, String user) {

  static final String OURS_DB = "dinsos_bench";
  static final String BARE_DB = "dinsos_bench_bare";

  boolean postgres() {
    return kind.equals("postgres");
  }

  /** Empties the database(s) so each run starts from nothing. */
  static Database prepare(String kind, Path out, String pgServerUrl) {
    if (kind.equals("h2")) {
      Path folder = out.resolve("h2");
      deleteTree(folder);
      return new Database(kind, "jdbc:h2:file:" + folder.resolve("ours").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE",
          "jdbc:h2:file:" + folder.resolve("bare").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", "sa");
    }
    if (!kind.equals("postgres")) {
      throw new IllegalArgumentException("unknown database " + kind + " (h2 or postgres)");
    }
    recreate(pgServerUrl, OURS_DB);
    recreate(pgServerUrl, BARE_DB);
    return new Database(kind, pgServerUrl + OURS_DB, pgServerUrl + BARE_DB, "postgres");
  }

  static void recreate(String pgServerUrl, String name) {
    try (Connection connection = DriverManager.getConnection(pgServerUrl + "postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + pgServerUrl + ": " + e.getMessage(), e);
    }
  }

  static void drop(String pgServerUrl, String name) {
    try (Connection connection = DriverManager.getConnection(pgServerUrl + "postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + pgServerUrl + ": " + e.getMessage(), e);
    }
  }

  private static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
