package id.go.dinsos.sop.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.dinsos.sop.identity.Office;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public verification page for a genuine document and for a forgery (same number and QR code,
 * amount changed), by the QR code's link, by number and by uploading the file; and the PDF download,
 * which only the office's users may make.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentVerificationTest {

  private final int year = 2100 + Math.floorMod(UUID.randomUUID().hashCode(), 5000);
  private final Instant issuedAt = LocalDate.of(year, 11, 23).atTime(10, 0).atZone(Office.MAGETAN.zone()).toInstant();

  @Autowired TestRestTemplate rest;
  @Autowired DocumentIssuer issuer;
  @Autowired DocumentRenderer renderer;
  @Autowired OfficeDocumentConfig offices;
  @Autowired TransactionTemplate transactions;

  private IssuedDocument genuine;
  private byte[] forged;

  @BeforeEach
  void issueAndForge() {
    Map<String, Object> variables = DocumentSamples.variables(DocumentKind.BA_SERAH_TERIMA_UANG);
    genuine = transactions.execute(status -> issuer.issue(new DocumentRequest("magetan",
        DocumentKind.BA_SERAH_TERIMA_UANG, null, variables::get, "0009/REG/MGT/" + year, UUID.randomUUID().toString(),
        "BeritaAcaraBantuan", "kasi.magetan", issuedAt)));
    // the forger copies the number and the QR code and raises the amount
    Map<String, Object> altered = new HashMap<>(variables);
    altered.put("jumlahUang", "12.500.000");
    ArchivedDocument archived = genuine.archived();
    forged = renderer.render(new DocumentDraft(archived.id(), archived.kind(), archived.templateName(), archived.number(),
        LocalDate.of(year, 11, 23), Office.MAGETAN.officeName(), offices.settings("magetan").orElseThrow(),
        DocumentValues.read(archived.kind(), altered::get, Office.MAGETAN.zone()).values(), genuine.verificationUrl(),
        archived.businessKey()));
  }

  @Test
  void theQrCodePageShowsTheDocumentWithoutPersonalData() {
    assertThat(genuine.verificationUrl()).endsWith("/verifikasi/" + genuine.archived().id());
    String html = page("/verifikasi/" + genuine.archived().id());
    assertThat(html)
        .contains("TERDAFTAR")
        .contains(genuine.archived().number())
        .contains("Berita Acara Serah Terima Uang")
        .contains("Dinas Sosial Kabupaten Magetan")
        .contains("23 November " + year)
        .contains(genuine.archived().sha256())
        .doesNotContain("AIPTU BAMBANG SUTRISNO")
        .doesNotContain("SRI WAHYUNINGSIH")
        .doesNotContain("1.250.000")
        .doesNotContain("0009/REG/MGT");
  }

  @Test
  void theGenuineFileIsAsliAndTheForgeryIsTidakCocok() {
    String sha256 = genuine.archived().sha256();
    assertThat(page("/verifikasi/" + genuine.archived().id() + "?sha256=" + sha256.toUpperCase())).contains("ASLI:");
    assertThat(page("/verifikasi/" + genuine.archived().id() + "?sha256=" + DocumentIssuer.sha256(forged)))
        .contains("TIDAK COCOK").doesNotContain("ASLI:");

    assertThat(upload("/verifikasi/" + genuine.archived().id(), genuine.pdf(), null)).contains("ASLI:");
    assertThat(upload("/verifikasi/" + genuine.archived().id(), forged, null)).contains("TIDAK COCOK");
  }

  @Test
  void byNumberTheOfficeAnswersAsliTidakCocokOrTidakDikenal() {
    String number = genuine.archived().number();
    assertThat(page("/verifikasi?nomor={n}&sha256={h}", number, genuine.archived().sha256())).contains("ASLI:");
    assertThat(page("/verifikasi?nomor={n}&sha256={h}", number, DocumentIssuer.sha256(forged))).contains("TIDAK COCOK")
        .doesNotContain(genuine.archived().sha256());
    assertThat(page("/verifikasi?nomor={n}", number)).contains("TERDAFTAR").doesNotContain(genuine.archived().sha256());
    assertThat(page("/verifikasi?nomor={n}&kantor=lamandau", number)).contains("TIDAK DIKENAL");
    assertThat(page("/verifikasi?nomor={n}", "800/99999/403.107/" + year)).contains("TIDAK DIKENAL");
    assertThat(upload("/verifikasi", forged, number)).contains("TIDAK COCOK");
    assertThat(page("/verifikasi?nomor={n}&sha256=bukan-hash", number)).contains("64 karakter heksadesimal");
    assertThat(page("/verifikasi")).contains("Nomor dokumen");

    @SuppressWarnings("unchecked")
    Map<String, Object> json = rest.getForObject("/api/verifikasi?nomor={n}&sha256={h}", Map.class, number,
        genuine.archived().sha256());
    assertThat(json).containsEntry("status", "ASLI");
    assertThat(json.get("dokumen").toString()).contains(number).contains("Dinas Sosial Kabupaten Magetan");
  }

  @Test
  void anUnknownDocumentIdIsNotFound() {
    ResponseEntity<String> response = rest.getForEntity("/verifikasi/" + UUID.randomUUID(), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody()).contains("TIDAK DIKENAL");
    assertThat(rest.getForEntity("/verifikasi/..%2Fetc", String.class).getStatusCode().is4xxClientError()).isTrue();
  }

  @Test
  void thePdfIsForTheOfficesUsersOnly() {
    String url = "/api/dokumen/" + genuine.archived().id() + "/pdf";
    ResponseEntity<byte[]> anonymous = rest.getForEntity(url, byte[].class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    // (another user than below: the engine holds a user back for a few seconds after a wrong password)
    assertThat(rest.withBasicAuth("tksk.magetan", "salah").getForEntity(url, byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("peksos.lamandau", "demo").getForEntity(url, byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<byte[]> ownOffice = rest.withBasicAuth("peksos.magetan", "demo").getForEntity(url, byte[].class);
    assertThat(ownOffice.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ownOffice.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(DocumentIssuer.sha256(ownOffice.getBody())).isEqualTo(genuine.archived().sha256());
    assertThat(rest.withBasicAuth("admin", "demo").getForEntity(url, byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/api/dokumen/" + UUID.randomUUID() + "/pdf", byte[].class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private String page(String url, Object... parameters) {
    ResponseEntity<String> response = rest.getForEntity(url, String.class, parameters);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private String upload(String url, byte[] file, String number) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("berkas", new ByteArrayResource(file) {
      @Override
      public String getFilename() {
        return "dokumen.pdf";
      }
    });
    if (number != null) {
      form.add("nomor", number);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> response = rest.postForEntity(url, new HttpEntity<>(form, headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }
}
