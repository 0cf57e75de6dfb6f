package id.go.dinsos.sop.sla.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The report as supervisors open it: page, CSV and PDF, each only for supervisors and administrators
 * and only for the user's own office; HTTP basic or a Camunda webapp session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaReportWebTest {

  private static final String SEPTEMBER = "?dari=2026-09-01&sampai=2026-09-30";
  private static final String PASSWORD = "demo";

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private SlaReportHistory history;

  @BeforeAll
  void seed() {
    history = new SlaReportHistory(repositoryService, runtimeService, taskService).seed();
  }

  @AfterAll
  void cleanUp() {
    history.cleanUp();
  }

  @Test
  void anonymousCallersAreAskedToLogIn() {
    for (String path : List.of("/laporan/sla", "/laporan/sla.csv", "/laporan/sla.pdf")) {
      ResponseEntity<String> response = rest.getForEntity(path + SEPTEMBER, String.class);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"Dinas Sosial\"");
    }
    // a user no other test logs in as: after a wrong password the engine delays that user's next login
    assertThat(rest.withBasicAuth("kasubbag.tanah-laut", "salah").getForEntity("/laporan/sla", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void staffMayNotOpenTheReport() {
    for (String path : List.of("/laporan/sla", "/laporan/sla.csv", "/laporan/sla.pdf")) {
      assertThat(as("peksos.magetan").getForEntity(path + SEPTEMBER, String.class).getStatusCode()).as(path)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void supervisorSeesTheFiguresOfTheirOwnOfficeWithAChart() {
    ResponseEntity<String> page = as("kabid.magetan").getForEntity("/laporan/sla" + SEPTEMBER, String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getBody())
        .contains("Dinas Sosial Kabupaten Magetan", "1 September 2026", "30 September 2026")
        .contains(history.magetanName, "Periksa berkas", "Putuskan permohonan", "1 jam", "1 hari kerja")
        .contains("50,0%", "66,7%", "1 jam 15 menit", "9 jam 30 menit", "8 jam 30 menit", "14 jam")
        .contains("<svg", "</svg>")
        .contains("/laporan/sla.csv?dari=2026-09-01&amp;sampai=2026-09-30&amp;kantor=magetan")
        .contains("/laporan/sla.pdf?dari=2026-09-01&amp;sampai=2026-09-30&amp;kantor=magetan")
        .doesNotContain(history.lamandauName, "Arsipkan berkas");
  }

  @Test
  void aSupervisorCannotPickAnotherOfficeButAnAdministratorCan() {
    assertThat(as("kabid.magetan").getForEntity("/laporan/sla" + SEPTEMBER + "&kantor=lamandau", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("kasi.magetan").getForEntity("/laporan/sla" + SEPTEMBER + "&kantor=magetan", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> lamandau = as("admin").getForEntity("/laporan/sla" + SEPTEMBER + "&kantor=lamandau",
        String.class);
    assertThat(lamandau.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(lamandau.getBody()).contains("Dinas Sosial Kabupaten Lamandau", history.lamandauName)
        .contains("<select name=\"kantor\">").doesNotContain(history.magetanName);
    assertThat(as("admin").getForEntity("/laporan/sla?kantor=bukan-kantor", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void csvHasAHeaderAndOneRowPerStep() {
    ResponseEntity<byte[]> csv = as("kadis.magetan").getForEntity("/laporan/sla.csv" + SEPTEMBER, byte[].class);

    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(csv.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("laporan-sla-magetan-2026-09-01-2026-09-30.csv");
    byte[] body = csv.getBody();
    assertThat(Arrays.copyOf(body, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
    List<String> lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).isEqualTo("Kantor;Dari;Sampai;Kode SOP;SOP;Kode langkah;Langkah;Mutu baku (ISO-8601);"
        + "Mutu baku;Kasus selesai;Selesai dalam mutu baku;Selesai terlambat;Persentase dalam mutu baku;"
        + "Median waktu kerja (menit);Persentil 90 waktu kerja (menit);Terbuka dan terlambat");
    String sop = "magetan;2026-09-01;2026-09-30;" + history.key + ";" + history.magetanName + ";";
    assertThat(lines).contains(
        sop + "periksa;Periksa berkas;PT1H;1 jam;6;3;3;50;75;570;2",
        sop + "putuskan;Putuskan permohonan;P1D;1 hari kerja;3;2;1;66,7;510;840;4");
    assertThat(lines).noneMatch(line -> line.contains(history.lamandauName));
  }

  @Test
  void pdfIsTheSameReportOnA4() throws IOException {
    ResponseEntity<byte[]> pdf = as("kasi.magetan").getForEntity("/laporan/sla.pdf" + SEPTEMBER, byte[].class);

    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4 in points").isCloseTo(595.3f,
          org.assertj.core.data.Offset.offset(1f));
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Laporan Capaian Mutu Baku Layanan", "Dinas Sosial Kabupaten Magetan")
          .contains("1 September 2026", history.magetanName, "Periksa berkas", "Putuskan permohonan")
          .contains("50,0%", "66,7%", "1 jam 15 menit")
          .doesNotContain(history.lamandauName);
    }
  }

  @Test
  void aReversedPeriodIsRefused() {
    assertThat(as("kabid.magetan").getForEntity("/laporan/sla?dari=2026-09-30&sampai=2026-09-01", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void theCurrentMonthByDefault() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    SlaFormat format = new SlaFormat();

    assertThat(as("kadis.magetan").getForEntity("/laporan/sla", String.class).getBody())
        .contains(format.date(today.withDayOfMonth(1)), format.date(today.withDayOfMonth(today.lengthOfMonth())));
  }

  @Test
  void aSupervisorLoggedInToCockpitNeedsNoOtherLogin() throws Exception {
    HttpClient kabid = loggedInToWebapp("kabid.magetan", "cockpit");
    HttpResponse<String> page = kabid.send(HttpRequest.newBuilder(url("/laporan/sla" + SEPTEMBER)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(history.magetanName);

    HttpClient staff = loggedInToWebapp("staf.magetan", "tasklist");
    assertThat(staff.send(HttpRequest.newBuilder(url("/laporan/sla")).build(), HttpResponse.BodyHandlers.ofString())
        .statusCode()).isEqualTo(403);
  }

  private TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, PASSWORD);
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** Logs in as the webapps' login page does (with their CSRF token) and keeps the session cookie. */
  private HttpClient loggedInToWebapp(String userId, String app) throws Exception {
    CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    client.send(HttpRequest.newBuilder(url("/camunda/app/" + app + "/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    String token = cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
    String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "&password=" + PASSWORD;
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(
            url("/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", token)
        .header("Origin", "http://localhost:" + port)
        .header("Referer", "http://localhost:" + port + "/camunda/app/" + app + "/default/")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("login to %s: %s", app, login.body()).isEqualTo(200);
    return client;
  }
}
