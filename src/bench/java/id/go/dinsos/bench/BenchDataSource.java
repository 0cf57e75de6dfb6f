package id.go.dinsos.bench;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the statement counter around the application's data source, in both the deployment and the bare engine. */
@Configuration(proxyBeanMethods = false)
public class BenchDataSource {

  @Bean
  static BeanPostProcessor countingDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource ? CountingDataSource.wrap(dataSource) : bean;
      }
    };
  }
}
