package id.go.dinsos.sop.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.dinsos.sop.document.DocumentNumbering.DocumentNumber;
import id.go.dinsos.sop.identity.Office;
import id.go.dinsos.sop.numbering.GaplessCounter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Document numbers: gap-free per office, kind and year, taken in the caller's transaction, so a
 * rolled-back step gives its number back (and archives nothing) and concurrent steps never share one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentNumberingTest {

  // a year of its own per run, so runs on a kept PostgreSQL database start from 1 as well
  private final int year = 2100 + Math.floorMod(UUID.randomUUID().hashCode(), 5000);
  private final LocalDate date = LocalDate.of(year, 11, 23);
  private final Instant issuedAt = date.atTime(10, 0).atZone(Office.MAGETAN.zone()).toInstant();

  @Autowired DocumentNumbering numbering;
  @Autowired GaplessCounter counter;
  @Autowired DocumentIssuer issuer;
  @Autowired DocumentArchive archive;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  private DocumentNumber take(Office office, DocumentKind kind) {
    DocumentNumberFormat format = DocumentNumberFormat.of("{seq}/{kind-code}/{office-code}/{roman-month}/{year}");
    return transactions.execute(status -> numbering.take(office, kind, date, format));
  }

  private DocumentRequest request(DocumentKind kind, String processInstanceId) {
    return new DocumentRequest("magetan", kind, null, DocumentSamples.variables(kind)::get, "0001/REG/MGT/" + year,
        processInstanceId, "Uji", "peksos.magetan", issuedAt);
  }

  @Test
  void numbersCountFromOnePerOfficeKindAndYear() {
    assertThat(take(Office.MAGETAN, DocumentKind.SURAT_TUGAS).text()).isEqualTo("1/ST/MGT/XI/" + year);
    assertThat(take(Office.MAGETAN, DocumentKind.SURAT_TUGAS).text()).isEqualTo("2/ST/MGT/XI/" + year);
    assertThat(take(Office.MAGETAN, DocumentKind.BA_SERAH_TERIMA_UANG).text()).isEqualTo("1/BAST-U/MGT/XI/" + year);
    assertThat(take(Office.LAMANDAU, DocumentKind.SURAT_TUGAS).text()).isEqualTo("1/ST/LMD/XI/" + year);
    Integer nextYear = transactions.execute(status -> counter.next("magetan", "SURAT_TUGAS", year + 1));
    assertThat(nextYear).isEqualTo(1);
  }

  @Test
  void aNumberIsOnlyTakenInsideATransaction() {
    assertThatThrownBy(() -> counter.next("magetan", "SURAT_TUGAS", year))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  @Test
  void aRolledBackStepGivesItsNumberBackAndArchivesNothing() {
    String processInstanceId = UUID.randomUUID().toString();
    IssuedDocument first = transactions.execute(status -> issuer.issue(request(DocumentKind.SURAT_TUGAS, processInstanceId)));
    assertThat(first.archived().sequence()).isEqualTo(1);
    assertThat(first.archived().number()).isEqualTo("800/1/403.107/" + year);

    assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
      issuer.issue(request(DocumentKind.SURAT_TUGAS, processInstanceId));
      throw new IllegalStateException("the step failed after its document was made");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(archive.findByProcessInstance(processInstanceId)).extracting(ArchivedDocument::number)
        .containsExactly("800/1/403.107/" + year);
    assertThat(numbering.lastSequence(Office.MAGETAN, DocumentKind.SURAT_TUGAS, year)).isEqualTo(1);

    IssuedDocument next = transactions.execute(status -> issuer.issue(request(DocumentKind.SURAT_TUGAS, processInstanceId)));
    assertThat(next.archived().number()).isEqualTo("800/2/403.107/" + year);
    assertThat(archive.pdf(next.archived().id())).hasValueSatisfying(pdf ->
        assertThat(DocumentIssuer.sha256(pdf)).isEqualTo(next.archived().sha256()));
  }

  @Test
  void aDocumentThatCannotBeMadeTakesNoNumber() {
    String processInstanceId = UUID.randomUUID().toString();
    assertThatThrownBy(() -> transactions.executeWithoutResult(status -> issuer.issue(new DocumentRequest("magetan",
        DocumentKind.BA_SERAH_TERIMA_UANG, "tidak-ada", name -> null, null, processInstanceId, "Uji", "sistem", issuedAt))))
        .isInstanceOf(DocumentNotIssuableException.class)
        .hasMessageStartingWith("Dokumen Berita Acara Serah Terima Uang tidak dapat dibuat: templat 'tidak-ada' tidak ditemukan;"
            + " variabel tanggalSerahTerima (Tanggal serah terima) belum diisi;")
        .hasMessageContaining("variabel jumlahUang (Jumlah uang) belum diisi");
    assertThatThrownBy(() -> transactions.executeWithoutResult(status -> issuer.issue(new DocumentRequest(null,
        DocumentKind.SURAT_TUGAS, null, DocumentSamples.variables(DocumentKind.SURAT_TUGAS)::get, null, processInstanceId,
        "Uji", "sistem", issuedAt))))
        .hasMessage("Dokumen Surat Tugas tidak dapat dibuat: kasus ini tidak milik kantor mana pun (tanpa tenant)");
    assertThat(numbering.lastSequence(Office.MAGETAN, DocumentKind.BA_SERAH_TERIMA_UANG, year)).isZero();
    assertThat(archive.findByProcessInstance(processInstanceId)).isEmpty();
  }

  @Test
  void concurrentStepsNeverShareANumberAndLeaveNoGap() throws Exception {
    int steps = 40;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch ready = new CountDownLatch(1);
    try {
      List<Future<DocumentNumber>> numbers = new ArrayList<>();
      for (int i = 0; i < steps; i++) {
        numbers.add(pool.submit((Callable<DocumentNumber>) () -> {
          ready.await();
          return take(Office.TANAH_LAUT, DocumentKind.BA_SERAH_TERIMA_BARANG);
        }));
      }
      ready.countDown();
      List<Integer> sequences = new ArrayList<>();
      for (Future<DocumentNumber> number : numbers) {
        sequences.add(number.get().sequence());
      }
      assertThat(sequences).doesNotHaveDuplicates().hasSize(steps);
      assertThat(sequences.stream().mapToInt(Integer::intValue).max().getAsInt()).isEqualTo(steps);
    } finally {
      pool.shutdown();
    }
    assertThat(numbering.lastSequence(Office.TANAH_LAUT, DocumentKind.BA_SERAH_TERIMA_BARANG, year)).isEqualTo(steps);
  }

  @Test
  void concurrentDocumentsOfOneKindAreArchivedWithConsecutiveNumbers() throws Exception {
    int documents = 4;
    String processInstanceId = UUID.randomUUID().toString();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<IssuedDocument>> issued = new ArrayList<>();
      for (int i = 0; i < documents; i++) {
        issued.add(pool.submit(() -> transactions.execute(status ->
            issuer.issue(request(DocumentKind.LAPORAN_SOSIAL, processInstanceId)))));
      }
      for (Future<IssuedDocument> document : issued) {
        document.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(archive.findByProcessInstance(processInstanceId)).extracting(ArchivedDocument::sequence)
        .containsExactlyInAnyOrder(1, 2, 3, 4);
    assertThat(jdbc.queryForObject("select count(distinct content_sha256) from document_archive"
        + " where process_instance_id = ?", Integer.class, processInstanceId)).isEqualTo(documents);
  }
}
