package id.go.dinsos.sop.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.dinsos.sop.casefile.BeneficiaryRegistry.MergeRefused;
import id.go.dinsos.sop.nik.Nik;
import id.go.dinsos.sop.process.anjalat.AnjalAtVariables;
import id.go.dinsos.sop.process.bantuanorangterlantar.BantuanOrangTerlantarVariables;
import id.go.dinsos.sop.support.EngineRest;
import id.go.dinsos.sop.support.MagetanAnjalAtCase;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The case file: the registry behind the intake forms, uploads, the case page with its timeline for a case carried
 * to its end through the REST API, search within the office only, and the access log only the kadis reads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseFileRestTest {

  private static final String PROCESS = AnjalAtVariables.PROCESS_ID;

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService managementService;
  @Autowired BeneficiaryRegistry registry;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @LocalServerPort int port;

  // ------------------------------------------------------------------ registry

  @Test
  void sameNikIsOnePersonPerOfficeAndPeopleWithoutNikAreMergedWhenItIsFound() {
    String nik = newNik();
    Instant now = Instant.now();
    Beneficiary first = registry.findOrCreate("magetan", details(nik, "Budi Santoso", null), "peksos.magetan", now);
    Beneficiary again = registry.findOrCreate("magetan", details(nik, "Budi S.", "Desa Sukomoro"), "peksos.magetan", now);
    Beneficiary elsewhere = registry.findOrCreate("lamandau", details(nik, "Budi Santoso", null), "staf.lamandau", now);

    assertThat(again.id()).as("same NIK, same office: the same person").isEqualTo(first.id());
    assertThat(again.name()).as("the name first registered is kept").isEqualTo("Budi Santoso");
    assertThat(again.details().desaKelurahan()).as("what was missing is completed").isEqualTo("Desa Sukomoro");
    assertThat(elsewhere.id()).as("another office has its own registry").isNotEqualTo(first.id());

    Beneficiary withoutNik = registry.findOrCreate("magetan", details(null, "Budi", null), "peksos.magetan", now);
    Beneficiary otherWithoutNik = registry.findOrCreate("magetan", details(null, "Budi", null), "peksos.magetan", now);
    assertThat(otherWithoutNik.id()).as("without NIK nobody can be recognised").isNotEqualTo(withoutNik.id());
    registry.link("kasus-" + withoutNik.id(), "anak", withoutNik.id(), "magetan", PROCESS, now);

    registry.merge("magetan", withoutNik.id(), first.id(), "peksos.magetan", "KK ditemukan", now);

    assertThat(registry.find(withoutNik.id()).orElseThrow().mergedInto()).isEqualTo(first.id());
    assertThat(registry.peopleOfCase("kasus-" + withoutNik.id())).extracting(Beneficiary::id)
        .as("the case now belongs to the person with NIK").containsExactly(first.id());
    assertThat(registry.mergesOf(first.id())).singleElement().satisfies(merge -> {
      assertThat(merge.mergedId()).isEqualTo(withoutNik.id());
      assertThat(merge.mergedBy()).isEqualTo("peksos.magetan");
      assertThat(merge.reason()).isEqualTo("KK ditemukan");
    });
    assertThatThrownBy(() -> registry.merge("magetan", elsewhere.id(), first.id(), "peksos.magetan", "x", now))
        .isInstanceOf(MergeRefused.class).hasMessageContaining("tidak ditemukan di kantor ini");
    assertThatThrownBy(() -> registry.merge("magetan", first.id(), otherWithoutNik.id(), "peksos.magetan", "x", now))
        .isInstanceOf(MergeRefused.class).hasMessageContaining("tanpa NIK");
  }

  @Test
  void intakeFormsFindOrCreateThePersonAndAChildFirstKnownWithoutNikGetsItLater() {
    String name = uniqueName("Rudi");
    String nik = newNik();
    EngineRest peksos = peksos();
    String firstCase = peksos.startCase(PROCESS, "magetan", laporan(name, nik));
    String secondCase = peksos.startCase(PROCESS, "magetan", laporan(name, nik));

    assertThat(registry.peopleOfCase(firstCase)).singleElement().satisfies(person -> {
      assertThat(person.nik()).isEqualTo(nik);
      assertThat(person.details().category()).isEqualTo(BeneficiaryCategory.ANAK_JALANAN);
      assertThat(person.createdBy()).isEqualTo("peksos.magetan");
    });
    assertThat(registry.peopleOfCase(secondCase)).extracting(Beneficiary::id)
        .isEqualTo(registry.peopleOfCase(firstCase).stream().map(Beneficiary::id).toList());
    assertThat(peksos.get("/task/" + openTask(peksos, firstCase) + "/form-variables?variableNames="
        + CasePeopleLinker.CASE_FILE_URL).getBody()).as("the task form's link to the case file")
        .extracting(CasePeopleLinker.CASE_FILE_URL).extracting("value").isEqualTo("/berkas/kasus/" + firstCase);
  }

  @Test
  void aNikThatComesLaterIsGivenToThePersonOrMergesThemIntoThePersonWhoHasIt() {
    String nik = newNik();
    EngineRest peksos = peksos();
    String known = peksos.startCase(PROCESS, "magetan", laporan(uniqueName("Ari"), nik));
    String withoutNik = peksos.startCase(PROCESS, "magetan", laporan(uniqueName("Ari"), ""));
    String child = registry.peopleOfCase(withoutNik).get(0).id();

    // the NIK is found on a KK, entered at the next step
    runtime.setVariable(withoutNik, AnjalAtVariables.ANAK_NIK, nik);
    peksos.completeTask(withoutNik, AnjalAtVariables.TASK_PEMERIKSAAN_BERKAS, Map.of(
        AnjalAtVariables.BERKAS_SURAT_KEPOLISIAN, false, AnjalAtVariables.BERKAS_SURAT_KEHILANGAN, true,
        AnjalAtVariables.BERKAS_BUKU_REGISTER, true, AnjalAtVariables.BERKAS_LIST_KENDALI, true,
        AnjalAtVariables.PETUGAS_PENERIMA_NAMA, "Sri Wahyuni"));

    String holder = registry.peopleOfCase(known).get(0).id();
    assertThat(registry.peopleOfCase(withoutNik)).extracting(Beneficiary::id).containsExactly(holder);
    assertThat(registry.find(child).orElseThrow().mergedInto()).isEqualTo(holder);
    assertThat(registry.mergesOf(holder)).singleElement().satisfies(merge -> {
      assertThat(merge.mergedBy()).isEqualTo("peksos.magetan");
      assertThat(merge.reason()).startsWith("NIK ditemukan pada kasus");
    });

    String alone = peksos.startCase(PROCESS, "magetan", laporan(uniqueName("Bayu"), ""));
    String newNik = newNik();
    runtime.setVariable(alone, AnjalAtVariables.ANAK_NIK, newNik);
    peksos.completeTask(alone, AnjalAtVariables.TASK_PEMERIKSAAN_BERKAS, Map.of(
        AnjalAtVariables.BERKAS_SURAT_KEPOLISIAN, false, AnjalAtVariables.BERKAS_SURAT_KEHILANGAN, true,
        AnjalAtVariables.BERKAS_BUKU_REGISTER, true, AnjalAtVariables.BERKAS_LIST_KENDALI, true,
        AnjalAtVariables.PETUGAS_PENERIMA_NAMA, "Sri Wahyuni"));
    assertThat(registry.peopleOfCase(alone)).singleElement().extracting(Beneficiary::nik)
        .as("nobody had that NIK: the child gets it").isEqualTo(newNik);
  }

  @Test
  void sopGLinksTheApplicantAndCompletesTheAddressGivenAtALaterStep() {
    String nik = "6301" + newNik().substring(4);
    EngineRest frontOffice = EngineRest.as(rest, "fo-slrt.tanah-laut").runningDocumentSteps(managementService);
    String caseId = frontOffice.startCase(BantuanOrangTerlantarVariables.PROCESS_ID, "tanah-laut", Map.of(
        BantuanOrangTerlantarVariables.PEMOHON_NAMA, "Joko Susilo", BantuanOrangTerlantarVariables.PEMOHON_NIK, nik,
        BantuanOrangTerlantarVariables.PEMOHON_JENIS_KELAMIN, "L",
        BantuanOrangTerlantarVariables.KATEGORI_PEMOHON, "EKS_NARAPIDANA",
        BantuanOrangTerlantarVariables.JENIS_SURAT_PENGANTAR, "LAPAS"));
    assertThat(registry.peopleOfCase(caseId)).singleElement().satisfies(person -> {
      assertThat(person.nik()).isEqualTo(nik);
      assertThat(person.details().category()).isEqualTo(BeneficiaryCategory.EKS_NARAPIDANA);
      assertThat(person.details().address()).isNull();
    });

    frontOffice.completeTask(caseId, BantuanOrangTerlantarVariables.TASK_REGISTRASI_PEMOHON, Map.of(
        BantuanOrangTerlantarVariables.NOMOR_SURAT_PENGANTAR, "PAS.12/2026",
        BantuanOrangTerlantarVariables.INSTANSI_PENERBIT_SURAT, "Lapas Kelas IIA Pelaihari"));
    frontOffice.completeTask(caseId, BantuanOrangTerlantarVariables.TASK_PEMERIKSAAN_BERKAS, Map.of(
        BantuanOrangTerlantarVariables.BERKAS_IDENTITAS, true, BantuanOrangTerlantarVariables.BERKAS_SKTM, true,
        BantuanOrangTerlantarVariables.BERKAS_SURAT_PENGANTAR, true));
    frontOffice.completeTask(caseId, BantuanOrangTerlantarVariables.TASK_PENCATATAN_KRONOLOGIS, Map.of(
        BantuanOrangTerlantarVariables.ALAMAT_ASAL, "Desa Sumber Rejo, Kec. Ngawi",
        BantuanOrangTerlantarVariables.DAERAH_TUJUAN, "Ngawi",
        BantuanOrangTerlantarVariables.KRONOLOGI_KEJADIAN, "Bebas dari Lapas, kehabisan bekal untuk pulang."));

    assertThat(registry.peopleOfCase(caseId)).singleElement().extracting(p -> p.details().address())
        .isEqualTo("Desa Sumber Rejo, Kec. Ngawi");
  }

  // ------------------------------------------------------------------ uploads

  @Test
  void uploadsAreCheckedByContentAndSizeAndCountAsTheCaseFiles() {
    String caseId = peksos().startCase(PROCESS, "magetan", laporan(uniqueName("Sari"), ""));
    byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes();

    ResponseEntity<Map> stored = upload("peksos.magetan", caseId, "surat-polisi.pdf", pdf, "Surat keterangan kepolisian");
    assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(stored.getBody().get("sha256")).isEqualTo(CaseUploads.sha256(pdf));
    assertThat(stored.getBody().get("contentType")).isEqualTo("application/pdf");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    assertThat(upload("peksos.magetan", caseId, "foto", png, "Foto klien").getBody().get("fileName"))
        .as("named by its real type").isEqualTo("foto.png");

    byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
    ResponseEntity<String> disguised = uploadText("peksos.magetan", caseId, "scan.pdf", exe);
    assertThat(disguised.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(disguised.getBody()).contains("isinya bukan PDF, JPEG atau PNG");

    byte[] huge = Arrays.copyOf(pdf, 5 * 1024 * 1024 + 1);
    ResponseEntity<String> oversized = uploadText("peksos.magetan", caseId, "besar.pdf", huge);
    assertThat(oversized.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(oversized.getBody()).contains("Berkas terlalu besar").contains("paling besar 5 MB");

    assertThat(uploadText("peksos.lamandau", caseId, "surat.pdf", pdf).getStatusCode())
        .as("another office cannot add to the case").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForObject("select count(*) from case_upload where process_instance_id = ?", Integer.class,
        caseId)).as("refused files are not kept").isEqualTo(2);
    assertThat(peksos().get("/task/" + openTask(peksos(), caseId) + "/form-variables?variableNames="
        + CaseFileController.UPLOADED_FILES_COUNT).getBody()).extracting(CaseFileController.UPLOADED_FILES_COUNT)
        .extracting("value").isEqualTo(2);

    String uploadId = (String) stored.getBody().get("id");
    ResponseEntity<byte[]> download = rest.withBasicAuth("kabid.magetan", EngineRest.DEMO_PASSWORD)
        .getForEntity("/berkas/unggahan/" + uploadId, byte[].class);
    assertThat(download.getBody()).isEqualTo(pdf);
    assertThat(download.getHeaders().getFirst("X-Content-SHA256")).isEqualTo(CaseUploads.sha256(pdf));
    assertThat(rest.withBasicAuth("kabid.lamandau", EngineRest.DEMO_PASSWORD)
        .getForEntity("/berkas/unggahan/" + uploadId, byte[].class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void fromTasklistTheSessionAndThePagesTokenAreNeededToUpload() throws Exception {
    String caseId = peksos().startCase(PROCESS, "magetan", laporan(uniqueName("Nina"), ""));
    HttpClient tasklist = loggedInToTasklist("peksos.magetan");

    HttpResponse<String> page = tasklist.send(HttpRequest.newBuilder(url("/berkas/kasus/" + caseId)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).as("the link from the task form opens without logging in again").isEqualTo(200);
    Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"").matcher(page.body());
    assertThat(token.find()).isTrue();

    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
    HttpResponse<String> withoutToken = tasklist.send(multipartRequest(caseId, "", jpeg),
        HttpResponse.BodyHandlers.ofString());
    assertThat(withoutToken.statusCode()).as("a session cookie alone, as another site could send it")
        .isEqualTo(401);
    HttpResponse<String> uploaded = tasklist.send(multipartRequest(caseId, token.group(1), jpeg),
        HttpResponse.BodyHandlers.ofString());
    assertThat(uploaded.statusCode()).isEqualTo(303);
    assertThat(uploaded.headers().firstValue("Location")).hasValue("/berkas/kasus/" + caseId + "?pesan=unggah");
    assertThat(jdbc.queryForObject("select uploaded_by from case_upload where process_instance_id = ?", String.class,
        caseId)).isEqualTo("peksos.magetan");
  }

  // ------------------------------------------------------------------ the case page of a finished case

  @Test
  void finishedCaseShowsEachStepWhoWhenAndWhetherWithinTheMutuBakuWithDocumentsUploadsAndConsent() {
    String name = uniqueName("Dimas");
    EngineRest peksos = peksos();
    String caseId = peksos.startCase(PROCESS, "magetan", laporan(name, ""));
    upload("peksos.magetan", caseId, "kk.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10}, "Kartu Keluarga");
    peksos.completeTask(caseId, AnjalAtVariables.TASK_PEMERIKSAAN_BERKAS, Map.of(
        AnjalAtVariables.BERKAS_SURAT_KEPOLISIAN, true, AnjalAtVariables.BERKAS_SURAT_KEHILANGAN, true,
        AnjalAtVariables.BERKAS_BUKU_REGISTER, true, AnjalAtVariables.BERKAS_LIST_KENDALI, true,
        AnjalAtVariables.PETUGAS_PENERIMA_NAMA, "Sri Wahyuni, S.Sos."));
    peksos.completeTask(caseId, AnjalAtVariables.TASK_REGISTER_KASUS, Map.of(
        AnjalAtVariables.RINGKASAN_KASUS, "Anak jalanan tanpa identitas."));
    // the kadis answers a week late, past the 15 minutes of the mutu baku; the case goes on from then
    ClockUtil.setCurrentTime(java.util.Date.from(Instant.now().plus(java.time.Duration.ofDays(7))));
    try {
      finishLateCase(caseId, peksos);
    } finally {
      ClockUtil.reset();
    }

    String page = page("kabid.magetan", "/berkas/kasus/" + caseId);

    assertThat(page).contains(name).contains("selesai").contains("Tidak ada tugas yang terbuka");
    assertThat(rows(page)).as("one row per step, in order, with who did it and whether in time")
        .anySatisfy(row -> assertThat(row).contains("Serah terima klien").contains("peksos.magetan")
            .contains("Sesuai mutu baku"))
        .anySatisfy(row -> assertThat(row).contains("Menugaskan Kabid").contains("kadis.magetan")
            .contains("Melewati mutu baku"))
        .anySatisfy(row -> assertThat(row).contains("Balai rehabilitasi menerima klien").contains("panti.magetan")
            .contains("Sesuai mutu baku"));
    List<String> documents = jdbc.queryForList("select document_number from document_archive"
        + " where process_instance_id = ?", String.class, caseId);
    assertThat(documents).hasSize(5);
    documents.forEach(number -> assertThat(page).contains(number));
    assertThat(page).contains("Berita Acara Serah Terima Klien").contains("Surat Tugas");
    assertThat(page).contains("Kartu Keluarga").contains("kk.jpg").contains("Berkas yang diunggah (<span>1</span>)");
    assertThat(page).contains("Wali / keluarga: Sumiati, bibi klien, dicatat oleh peksos.magetan");
  }

  private void finishLateCase(String caseId, EngineRest peksos) {
    as("kadis.magetan").completeTask(caseId, AnjalAtVariables.TASK_PENUGASAN_KADIS, Map.of(
        AnjalAtVariables.DISPOSISI_KADIS, "Segera lakukan asesmen lengkap."));
    as("kabid.magetan").completeTask(caseId, AnjalAtVariables.TASK_PENERUSAN_KABID, Map.of(
        AnjalAtVariables.PENDAMPING_DITUGASKAN, "Siti Rahayu"));
    EngineRest pendamping = as("pendamping-rehsos.magetan");
    pendamping.completeTask(caseId, AnjalAtVariables.TASK_ASESMEN_KLIEN, Map.of(
        AnjalAtVariables.ASESMEN_KONDISI_FISIK, "Sehat", AnjalAtVariables.ASESMEN_KONDISI_PSIKOLOGIS, "Cemas",
        AnjalAtVariables.ASESMEN_KELUARGA, "Bibi di Maospati", AnjalAtVariables.ASESMEN_KEBUTUHAN, "Sekolah",
        AnjalAtVariables.PERLU_RUJUKAN, "ya"));
    pendamping.completeTask(caseId, AnjalAtVariables.TASK_LAPORAN_SOSIAL, Map.of(
        AnjalAtVariables.LAPORAN_SOSIAL, "Klien membutuhkan pengasuhan.", AnjalAtVariables.TINDAK_LANJUT, "Rujuk"));
    Map<String, Object> referral = Map.of(AnjalAtVariables.BALAI_TUJUAN, "UPT PPSAA Magetan",
        AnjalAtVariables.REKOMENDASI_PENANGANAN, "Pengasuhan");
    String referralTask = peksos.claimTask(caseId, AnjalAtVariables.TASK_KOORDINASI_RUJUKAN);
    assertThat(peksos.post("/task/" + referralTask + "/submit-form", EngineRest.variables(referral)).getStatusCode())
        .as("no referral without the consent of the client or guardian").isEqualTo(HttpStatus.BAD_REQUEST);
    Map<String, Object> consented = new java.util.HashMap<>(referral);
    consented.put(AnjalAtVariables.PERSETUJUAN_RUJUKAN, ReferralConsent.BY_GUARDIAN);
    consented.put(AnjalAtVariables.PEMBERI_PERSETUJUAN_NAMA, "Sumiati, bibi klien");
    assertThat(peksos.post("/task/" + referralTask + "/submit-form", EngineRest.variables(consented)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    id.go.dinsos.sop.support.AsyncSteps.run(managementService, caseId);
    pendamping.completeTask(caseId, AnjalAtVariables.TASK_PENGIRIMAN_KLIEN, Map.of(
        AnjalAtVariables.TANGGAL_PENGIRIMAN, "2026-11-23"));
    as("panti.magetan").completeTask(caseId, AnjalAtVariables.TASK_PENERIMAAN_BALAI, Map.of(
        AnjalAtVariables.BALAI_MENERIMA, "ya", AnjalAtVariables.PETUGAS_BALAI_NAMA, "Dra. Endang Lestari",
        AnjalAtVariables.PETUGAS_BALAI_JABATAN, "Kepala Seksi Layanan UPT"));
    assertThat(as("kadis.magetan").get("/history/process-instance/" + caseId).getBody().get("state"))
        .isEqualTo("COMPLETED");
  }

  // ------------------------------------------------------------------ search and roles

  @Test
  void searchFindsByNikNameOrRegisterNumberWithinTheOwnOfficeOnly() {
    String name = uniqueName("Wulan");
    String nik = newNik();
    EngineRest peksos = peksos();
    String caseId = peksos.startCase(PROCESS, "magetan", laporan(name, nik));
    peksos.completeTask(caseId, AnjalAtVariables.TASK_PEMERIKSAAN_BERKAS, Map.of(
        AnjalAtVariables.BERKAS_SURAT_KEPOLISIAN, true, AnjalAtVariables.BERKAS_SURAT_KEHILANGAN, true,
        AnjalAtVariables.BERKAS_BUKU_REGISTER, true, AnjalAtVariables.BERKAS_LIST_KENDALI, true,
        AnjalAtVariables.PETUGAS_PENERIMA_NAMA, "Sri Wahyuni"));
    String register = (String) as("kadis.magetan").get("/process-instance/" + caseId).getBody().get("businessKey");

    assertThat(rows(page("peksos.magetan", "/berkas?q=" + name.toLowerCase())))
        .anySatisfy(row -> assertThat(row).contains(name).contains(nik));
    assertThat(rows(page("peksos.magetan", "/berkas?q=" + nik))).anySatisfy(row -> assertThat(row).contains(name));
    assertThat(rows(page("peksos.magetan", "/berkas?q=" + register)))
        .anySatisfy(row -> assertThat(row).contains(register).contains("Pengiriman Anak Jalanan"));
    assertThat(rows(page("kadis.magetan", "/berkas?q=" + nik))).as("the kadis sees the NIK masked")
        .anySatisfy(row -> assertThat(row).contains(name).contains(Nik.mask(nik)))
        .allSatisfy(row -> assertThat(row).doesNotContain(nik));

    for (String query : List.of(name, nik, register)) {
      String found = page("peksos.lamandau", "/berkas?q=" + query);
      assertThat(rows(found)).as("another office finds nothing for %s", query).isEmpty();
      assertThat(found).contains("Tidak ada penerima manfaat yang cocok").contains("Tidak ada kasus");
    }
    assertThat(rest.withBasicAuth("peksos.lamandau", EngineRest.DEMO_PASSWORD)
        .getForEntity("/berkas/kasus/" + caseId, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/berkas/kasus/" + caseId, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void readingAPersonsFileIsLoggedAndOnlyTheKadisSeesTheLog() {
    String name = uniqueName("Tono");
    String caseId = peksos().startCase(PROCESS, "magetan", laporan(name, ""));
    String personId = registry.peopleOfCase(caseId).get(0).id();

    HttpHeaders json = new HttpHeaders();
    json.setAccept(List.of(MediaType.APPLICATION_JSON));
    HttpEntity<MultiValueMap<String, Object>> ofThePerson = multipart("ktp.png",
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "KTP orang tua", json);
    ofThePerson.getBody().add("orang", personId);
    assertThat(rest.withBasicAuth("peksos.magetan", EngineRest.DEMO_PASSWORD).postForEntity(
        "/berkas/kasus/" + caseId + "/unggah", ofThePerson, Map.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    assertThat(page("pendamping-rehsos.magetan", "/berkas/orang/" + personId)).contains(name)
        .contains("KTP orang tua").contains("ktp.png");
    assertThat(page("peksos.magetan", "/berkas/kasus/" + caseId)).contains(name);

    String log = page("kadis.magetan", "/berkas/log-akses");
    assertThat(rows(log)).anySatisfy(row -> assertThat(row).contains("pendamping-rehsos.magetan").contains(name)
        .contains("halaman orang"));
    assertThat(rows(log)).anySatisfy(row -> assertThat(row).contains("peksos.magetan").contains(name)
        .contains("berkas kasus"));
    for (String staff : List.of("peksos.magetan", "kabid.magetan", "staf.magetan")) {
      assertThat(rest.withBasicAuth(staff, EngineRest.DEMO_PASSWORD).getForEntity("/berkas/log-akses", String.class)
          .getStatusCode()).as("%s may not read the log", staff).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(page("kadis.lamandau", "/berkas/log-akses")).as("another office's kadis sees only their own")
        .doesNotContain(name);
  }

  // ------------------------------------------------------------------ helpers

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** Logs in as Tasklist's login page does (with its CSRF token) and keeps the session cookie. */
  private HttpClient loggedInToTasklist(String userId) throws Exception {
    CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    client.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    String xsrf = cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(
            url("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", xsrf)
        .header("Origin", "http://localhost:" + port)
        .header("Referer", "http://localhost:" + port + "/camunda/app/tasklist/default/")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + userId + "&password=" + EngineRest.DEMO_PASSWORD))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("login to Tasklist: %s", login.body()).isEqualTo(200);
    return client;
  }

  /** The upload form of the case page as a browser submits it. */
  private HttpRequest multipartRequest(String caseId, String token, byte[] content) {
    String boundary = "----berkas" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String fields = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n" + token + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"jenis\"\r\n\r\nFoto klien\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"foto.jpg\"\r\n"
        + "Content-Type: image/jpeg\r\n\r\n";
    body.writeBytes(fields.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(url("/berkas/kasus/" + caseId + "/unggah"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
  }

  private EngineRest peksos() {
    return as("peksos.magetan");
  }

  private EngineRest as(String userId) {
    return EngineRest.as(rest, userId).runningDocumentSteps(managementService);
  }

  private static Map<String, Object> laporan(String childName, String nik) {
    Map<String, Object> values = MagetanAnjalAtCase.laporan();
    values.put(AnjalAtVariables.ANAK_NAMA, childName);
    values.put(AnjalAtVariables.ANAK_NIK, nik);
    return values;
  }

  private static String openTask(EngineRest user, String caseId) {
    return (String) user.getList("/task?processInstanceId=" + caseId).getBody().get(0).get("id");
  }

  private String page(String userId, String path) {
    ResponseEntity<String> response = rest.withBasicAuth(userId, EngineRest.DEMO_PASSWORD).getForEntity(path, String.class);
    assertThat(response.getStatusCode()).as("%s opens %s", userId, path).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  /** The table rows of a page, each as its text. */
  private static List<String> rows(String html) {
    return Arrays.stream(html.split("<tr")).skip(1).map(row -> row.replaceAll("<[^>]+>", " ")).toList();
  }

  private ResponseEntity<Map> upload(String userId, String caseId, String fileName, byte[] content, String description) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<Map> response = rest.withBasicAuth(userId, EngineRest.DEMO_PASSWORD).postForEntity(
        "/berkas/kasus/" + caseId + "/unggah", multipart(fileName, content, description, headers), Map.class);
    assertThat(response.getStatusCode()).as("upload of %s", fileName).isEqualTo(HttpStatus.CREATED);
    return response;
  }

  private ResponseEntity<String> uploadText(String userId, String caseId, String fileName, byte[] content) {
    return rest.withBasicAuth(userId, EngineRest.DEMO_PASSWORD).postForEntity("/berkas/kasus/" + caseId + "/unggah",
        multipart(fileName, content, "Surat keterangan", new HttpHeaders()), String.class);
  }

  private static HttpEntity<MultiValueMap<String, Object>> multipart(String fileName, byte[] content,
      String description, HttpHeaders headers) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("berkas", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    body.add("jenis", description);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(body, headers);
  }

  private static PersonDetails details(String nik, String name, String desa) {
    return new PersonDetails(nik, name, null, null, "L", desa, null, null, null, BeneficiaryCategory.ANAK_JALANAN);
  }

  /** A valid NIK no other test uses: Magetan region, born 12 March 2012, a random serial. */
  private static String newNik() {
    return "352001120312" + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10000));
  }

  private static String uniqueName(String stem) {
    return stem + " " + HexFormat.of().formatHex(new byte[] {(byte) ThreadLocalRandom.current().nextInt(),
        (byte) ThreadLocalRandom.current().nextInt(), (byte) ThreadLocalRandom.current().nextInt()}).toUpperCase();
  }
}
