package id.go.dinsos.sop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The reload endpoint: basic authentication against the engine, administrators only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HolidayReloadControllerTest {

  private static final String RELOAD = "/api/calendar/holidays/reload";

  @Autowired TestRestTemplate rest;

  @Test
  void onlyAdministratorsWithBasicCredentialsReload() {
    ResponseEntity<String> anonymous = rest.postForEntity(RELOAD, null, String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic realm=");
    assertThat(rest.withBasicAuth("kadis.lamandau", "demo").postForEntity(RELOAD, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> reloaded = rest.withBasicAuth("admin", "demo").postForEntity(RELOAD, null, Map.class);
    assertThat(reloaded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(reloaded.getBody()).containsEntry("holidays", 25 + 26);
  }
}
