package id.go.dinsos.sop.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops and re-creates the PostgreSQL test database before the suite (the postgres Maven profile runs
 * it, see pom.xml), so every run starts from an empty database and really creates both schemas. Only a
 * database whose name says it is for tests is dropped.
 */
public final class FreshTestDatabase {

  private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/?]+)/([A-Za-z0-9_]+)(\\?.*)?");

  private FreshTestDatabase() {
  }

  /** @param args the test database's JDBC URL; user and password from DB_USER and DB_PASSWORD */
  public static void main(String[] args) throws SQLException {
    Matcher url = URL.matcher(args[0]);
    if (!url.matches()) {
      throw new IllegalArgumentException("Not a PostgreSQL database URL: " + args[0]);
    }
    String database = url.group(2);
    if (!database.toLowerCase().contains("test")) {
      throw new IllegalArgumentException("Refusing to drop '" + database + "': the test database's name must"
          + " contain 'test' (-Dtest.db.url=jdbc:postgresql://host:port/dinsos_test)");
    }
    String maintenance = "jdbc:postgresql://" + url.group(1) + "/postgres" + (url.group(3) == null ? "" : url.group(3));
    try (Connection connection = DriverManager.getConnection(maintenance, env("DB_USER", "postgres"),
        env("DB_PASSWORD", "")); Statement sql = connection.createStatement()) {
      sql.execute("drop database if exists \"" + database + "\" with (force)");
      sql.execute("create database \"" + database + "\"");
    }
    System.out.println("Fresh empty PostgreSQL database " + database + " on " + url.group(1));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
