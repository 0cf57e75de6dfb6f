package id.go.dinsos.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts the SQL statements executed and the transactions committed through a data source: a JDK proxy around the
 * connections and their statements, for the benchmark only. A batch counts as the statements added to it.
 */
public final class CountingDataSource {

  public static final AtomicLong STATEMENTS = new AtomicLong();
  public static final AtomicLong COMMITS = new AtomicLong();

  private CountingDataSource() {
  }

  public static DataSource wrap(DataSource target) {
    return (DataSource) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          Object result = invoke(target, method, args);
          return "getConnection".equals(method.getName()) ? connection((Connection) result) : result;
        });
  }

  private static Connection connection(Connection target) {
    return (Connection) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          Object result = invoke(target, method, args);
          String name = method.getName();
          if ("commit".equals(name)) {
            COMMITS.incrementAndGet();
          } else if (result instanceof Statement statement
              && (name.equals("createStatement") || name.equals("prepareStatement") || name.equals("prepareCall"))) {
            return statement(statement, method.getReturnType());
          }
          return result;
        });
  }

  private static Object statement(Statement target, Class<?> type) {
    InvocationHandler counting = (proxy, method, args) -> {
      String name = method.getName();
      if (name.equals("addBatch") || (name.startsWith("execute") && !name.equals("executeBatch"))) {
        STATEMENTS.incrementAndGet();
      }
      return invoke(target, method, args);
    };
    return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, counting);
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
