package id.go.dinsos.sop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Dinas Sosial SOP workflow system: Camunda 7 engine, webapps and REST API in one application. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DinsosApplication {

  public static void main(String[] args) {
    SpringApplication.run(DinsosApplication.class, args);
  }
}
