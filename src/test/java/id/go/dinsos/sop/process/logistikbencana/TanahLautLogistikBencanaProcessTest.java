package id.go.dinsos.sop.process.logistikbencana;

import static id.go.dinsos.sop.document.DocumentKind.BA_SERAH_TERIMA_BARANG;
import static id.go.dinsos.sop.document.DocumentKind.LAPORAN_PERTANGGUNGJAWABAN;
import static id.go.dinsos.sop.document.DocumentKind.STOCK_OPNAME;
import static id.go.dinsos.sop.document.DocumentKind.SURAT_PERMOHONAN;
import static id.go.dinsos.sop.process.logistikbencana.LogistikBencanaVariables.*;
import static id.go.dinsos.sop.support.DefinedStep.Definition.timed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import id.go.dinsos.sop.support.DefinedStep;
import id.go.dinsos.sop.support.DefinedStep.Definition;
import id.go.dinsos.sop.support.ProcessTestEngine;
import id.go.dinsos.sop.support.RecordingDocumentGenerator.Issued;
import id.go.dinsos.sop.support.SopProcess;
import id.go.dinsos.sop.support.SopProcessContract;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of SOP D (Tanah Laut, penyaluran bantuan logistik korban bencana) on an in-memory engine with the
 * delegates mocked. The replenishment part: enough stock after the count, letters to Dinas Sosial Provinsi and (with
 * the Bupati's recommendation) Perum Bulog and the pickup, the Kepala Dinas sending the Provinsi letter back, no
 * recommendation. The disaster part: handover with its berita acara and report, no distribution after the
 * coordination, a handover refused for want of stock, the report sent back. And each step's mutu baku timer. The
 * stock itself is tested in {@code StockLedgerTest}; the coverage extension fails the class below 100%.
 */
@Deployment(resources = {
    TanahLautLogistikBencanaProcessTest.BPMN,
    "processes/tanah-laut/tanah-laut-logistik-bencana-mulai.form",
    "processes/tanah-laut/tanah-laut-logistik-bencana-stock-opname.form",
    "processes/tanah-laut/tanah-laut-logistik-bencana-permohonan-provinsi.form",
    "processes/tanah-laut/tanah-laut-logistik-bencana-tanda-tangan-provinsi.form",
    "processes/tanah-laut/tanah-laut-logistik-bencana-permohonan-beras.form",
    "processes/tanah-laut/tanah-laut-logistik-bencana-paraf-beras.form",
    "processes/tanah-laut/tanah-laut-logistik-bencana-tanda-tangan-beras.form",
    "processes/tanah-laut/tanah-laut-logistik-bencana-sekda.form",
    "processes/tanah-laut/tanah-laut-logistik-bencana-rekomendasi-bupati.form",
    "processes/tanah-laut/tanah-laut-logistik-bencana-pengambilan.form",
    "processes/tanah-laut/tanah-laut-logistik-bencana-laporan-kejadian.form",
    "processes/tanah-laut/tanah-laut-logistik-bencana-koordinasi.form",
    "processes/tanah-laut/tanah-laut-logistik-bencana-penyaluran.form",
    "processes/tanah-laut/tanah-laut-logistik-bencana-penyerahan.form",
    "processes/tanah-laut/tanah-laut-logistik-bencana-laporan.form",
    "processes/tanah-laut/tanah-laut-logistik-bencana-periksa-laporan.form",
    "processes/tanah-laut/tanah-laut-logistik-bencana-persetujuan-laporan.form",
    "processes/common/sla-tindak-lanjut.form"})
class TanahLautLogistikBencanaProcessTest extends SopProcessContract<DefinedStep> {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.withFullCoverage();

  static final String BPMN = "processes/tanah-laut/tanah-laut-logistik-bencana.bpmn";
  private static final String FORM = PROCESS_ID + "-";
  private static final String NOMOR_REGISTER_UJI = "0001/REG/TNL/2026";
  private static final String STAF = "staf";
  private static final String KASI = "kasi";
  private static final String KABID = "kabid";
  private static final String KADIS = "kadis";
  private static final String STOCK_OPNAME_RECORDER = "stockOpnameRecorder";
  private static final String STOCK_RECEIPT_RECORDER = "stockReceiptRecorder";
  private static final String STOCK_DISTRIBUTION_RECORDER = "stockDistributionRecorder";
  private static final String STOCK_HANDOVER_NUMBER_RECORDER = "stockHandoverNumberRecorder";
  private static final String HANDOVER = "Beras | 100 | kg | dapur umum\nSelimut | 40 | lembar |";
  /** Monday 2 March 2026, 08:00 WITA. */
  private static final Date NOW =
      Date.from(ZonedDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneId.of("Asia/Makassar")).toInstant());

  /** A step of either part: task, role, mutu baku, supervisor, form and what it submits on the main path. */
  private static Definition step(String taskKey, String group, String mutuBaku, String supervisorGroup,
      String formId, Supplier<Map<String, Object>> values) {
    return timed(taskKey, group, mutuBaku, timerOf(taskKey), escalationOf(taskKey), supervisorGroup, formId, values);
  }

  /** The replenishment part (langkah 1-4), in the order of its main path. */
  enum Persediaan implements DefinedStep {
    STOCK_OPNAME_GUDANG(step(TASK_STOCK_OPNAME, STAF, "PT8H", KASI, FORM + "stock-opname",
        () -> stockOpname(YA))),
    SURAT_PROVINSI(step(TASK_SURAT_PERMOHONAN_PROVINSI, STAF, "PT1H", KASI, FORM + "permohonan-provinsi",
        () -> Map.of(DAFTAR_PERMOHONAN_PROVINSI, "Selimut | 200 | lembar | stok habis\nTenda keluarga | 20 | unit |",
            ALASAN_PERMOHONAN_PROVINSI, "Persediaan selimut dan tenda habis setelah banjir Februari."))),
    TANDA_TANGAN_PROVINSI(step(TASK_TANDA_TANGAN_PERMOHONAN_PROVINSI, KADIS, "PT1H", KADIS,
        FORM + "tanda-tangan-provinsi", () -> Map.of(KEPUTUSAN_PERMOHONAN_PROVINSI, DITANDATANGANI))),
    PERMOHONAN_BERAS(step(TASK_PERMOHONAN_BERAS_KASI, KASI, "P4D", KABID, FORM + "permohonan-beras",
        () -> Map.of(JUMLAH_BERAS_CBP, 5000L, ALASAN_PERMOHONAN_BERAS, "Cadangan beras untuk musim hujan."))),
    PARAF_BERAS(step(TASK_PARAF_PERMOHONAN_BERAS_KABID, KABID, "P4D", KADIS, FORM + "paraf-beras",
        () -> Map.of(CATATAN_PARAF_KABID, "Diparaf, diteruskan ke Kepala Dinas."))),
    TANDA_TANGAN_BERAS(step(TASK_TANDA_TANGAN_PERMOHONAN_BERAS_KADIS, KADIS, "P4D", KADIS,
        FORM + "tanda-tangan-beras", () -> Map.of(DISPOSISI_KADIS_BERAS, "Ajukan ke Bupati melalui Sekda."))),
    PENERUSAN_SEKDA(step(TASK_CATAT_PENERUSAN_SEKDA, STAF, "P4D", KASI, FORM + "sekda",
        () -> Map.of(TANGGAL_DITERUSKAN_SEKDA, "2026-03-04"))),
    REKOMENDASI(step(TASK_CATAT_REKOMENDASI_BUPATI, STAF, "P4D", KASI, FORM + "rekomendasi-bupati",
        () -> rekomendasi(DIBERIKAN))),
    PENGAMBILAN(step(TASK_PENGAMBILAN_BARANG, STAF, "PT8H", KASI, FORM + "pengambilan",
        () -> Map.of(TANGGAL_PENGAMBILAN, "2026-03-10", KENDARAAN_ANGKUT, "Truk DA 8123 KT",
            BARANG_DARI_PROVINSI, "Selimut | 200 | lembar | -", BARANG_DARI_BULOG, "Beras | 5000 | kg | 2027-03-31")));

    private final Definition definition;
    Persediaan(Definition definition) { this.definition = definition; }
    @Override public Definition definition() { return definition; }
  }

  /** The disaster part (langkah 5-9), in the order of its main path. */
  enum Bencana implements DefinedStep {
    LAPORAN_KEJADIAN(step(TASK_PENERIMAAN_LAPORAN_BENCANA, STAF, "PT45M", KASI, FORM + "laporan-kejadian",
        TanahLautLogistikBencanaProcessTest::laporanKejadian)),
    KOORDINASI(step(TASK_KOORDINASI_BPBD, KASI, "PT1H", KABID, FORM + "koordinasi",
        () -> Map.of(INSTANSI_TERKAIT, "BPBD Tanah Laut", HASIL_KOORDINASI, "BPBD mengevakuasi, Dinsos menyalurkan.",
            PENYALURAN_DIPERLUKAN, YA))),
    PENYALURAN(step(TASK_PENYALURAN_BANTUAN, STAF, "PT10H", KASI, FORM + "penyaluran",
        () -> Map.of(TANGGAL_PENYALURAN, "2026-03-02", KENDARAAN_OPERASIONAL, "Pick-up DA 8456 KT",
            PETUGAS_PENYALURAN, "Rahmat\nSiti"))),
    PENYERAHAN(step(TASK_PENYERAHAN_BANTUAN, STAF, "PT1H", KASI, FORM + "penyerahan",
        () -> penyerahan(HANDOVER))),
    LAPORAN(step(TASK_LAPORAN_PERTANGGUNGJAWABAN, STAF, "PT1H", KASI, FORM + "laporan",
        () -> Map.of(URAIAN_PENYALURAN, "Bantuan diserahkan di posko Desa Tambak Sarinah.",
            PENERIMA_BANTUAN, "35 KK korban banjir"))),
    PEMERIKSAAN_LAPORAN(step(TASK_PEMERIKSAAN_LAPORAN_KASI, KASI, "PT1H", KABID, FORM + "periksa-laporan",
        () -> Map.of(CATATAN_PEMERIKSAAN_KASI, "Sesuai berita acara."))),
    PERSETUJUAN_KABID(step(TASK_PERSETUJUAN_LAPORAN_KABID, KABID, "PT1H", KADIS, FORM + "persetujuan-laporan",
        () -> Map.of(PERSETUJUAN_LAPORAN, DISETUJUI)));

    private final Definition definition;
    Bencana(Definition definition) { this.definition = definition; }
    @Override public Definition definition() { return definition; }
  }

  private final JavaDelegate stockOpnameRecorder = mock(JavaDelegate.class);
  private final JavaDelegate stockReceiptRecorder = mock(JavaDelegate.class);
  private final JavaDelegate stockDistributionRecorder = mock(JavaDelegate.class);
  private final ExecutionListener stockHandoverNumberRecorder = mock(ExecutionListener.class);

  @Override
  protected SopProcess openSop() {
    return SopProcess.on(extension, NOW, NOMOR_REGISTER_UJI);
  }

  @BeforeEach
  void setUp() throws Exception {
    // the stand-ins write what the real delegates write for the documents that follow
    doAnswer(invocation -> {
      invocation.<DelegateExecution>getArgument(0).setVariable(PERSEDIAAN_GUDANG,
          "Beras | 480 | kg | 31-12-2026 | selisih -20 dari catatan");
      return null;
    }).when(stockOpnameRecorder).execute(any());
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      execution.setVariable(BARANG_SERAH_TERIMA, execution.getVariable(BARANG_DISERAHKAN));
      execution.setVariable(RINCIAN_PENYALURAN, "Beras | 100 | kg |\nSelimut | 40 | lembar |");
      return null;
    }).when(stockDistributionRecorder).execute(any());
    Mocks.register(STOCK_OPNAME_RECORDER, stockOpnameRecorder);
    Mocks.register(STOCK_RECEIPT_RECORDER, stockReceiptRecorder);
    Mocks.register(STOCK_DISTRIBUTION_RECORDER, stockDistributionRecorder);
    Mocks.register(STOCK_HANDOVER_NUMBER_RECORDER, stockHandoverNumberRecorder);
  }

  // ------------------------------------------------------------------ replenishment (langkah 1-4)

  @Test
  void stockOpnameShowingEnoughStockEndsWithTheReport() throws Exception {
    ProcessInstance kasus = startPersediaan();
    sop.completeStep(kasus, Persediaan.STOCK_OPNAME_GUDANG, stockOpname(TIDAK));

    assertThat(kasus).isEnded().hasPassed(TASK_CATAT_STOCK_OPNAME, EVENT_PERSEDIAAN_CUKUP)
        .hasNotPassed(TASK_SURAT_PERMOHONAN_PROVINSI);
    verify(stockOpnameRecorder).execute(any());
    assertThat(sop.documentsIssued(kasus)).containsExactly(STOCK_OPNAME);
    sop.assertNothingLeft(kasus);
  }

  @Test
  void stockOpnameLettersToProvinsiAndBulogWithTheBupatisRecommendationAndThePickupRaiseTheStock() throws Exception {
    ProcessInstance kasus = startPersediaan();
    for (Persediaan step : Persediaan.values()) {
      sop.completeStep(kasus, step);
    }

    assertThat(kasus).isEnded().hasPassed(TASK_BUAT_SURAT_PERMOHONAN_PROVINSI, TASK_BUAT_SURAT_PERMOHONAN_BULOG,
        TASK_CATAT_PENERIMAAN_BARANG, EVENT_PERSEDIAAN_TERSEDIA);
    assertThat(sop.runtimeService().createProcessInstanceQuery().processInstanceId(kasus.getId()).count()).isZero();
    assertThat(sop.documentsIssued(kasus)).containsExactly(STOCK_OPNAME, SURAT_PERMOHONAN, SURAT_PERMOHONAN);
    assertThat(sop.documentGenerator().issued()).extracting(Issued::stem).containsExactly("dokumenStockOpname",
        "dokumenSuratPermohonanProvinsi", "dokumenSuratPermohonanBulog");
    verify(stockOpnameRecorder).execute(any());
    verify(stockReceiptRecorder).execute(any());
    verify(sop.slaBreachRecorder(), never()).notify(any());
    sop.assertNothingLeft(kasus);
  }

  @Test
  void kadisSendsTheProvinsiLetterBackAndSignsTheCorrectedOne() {
    ProcessInstance kasus = sop.startAndCompleteUpTo(this::startPersediaan, Persediaan.TANDA_TANGAN_PROVINSI);
    sop.completeStep(kasus, Persediaan.TANDA_TANGAN_PROVINSI, Map.of(KEPUTUSAN_PERMOHONAN_PROVINSI, DIPERBAIKI,
        CATATAN_PERBAIKAN_PROVINSI, "Tambahkan matras."));

    assertThat(kasus).isWaitingAt(TASK_SURAT_PERMOHONAN_PROVINSI);
    assertThat(sop.documentsIssued(kasus)).as("no letter before the signature").containsExactly(STOCK_OPNAME);
    sop.completeStep(kasus, Persediaan.SURAT_PROVINSI);
    sop.completeStep(kasus, Persediaan.TANDA_TANGAN_PROVINSI);

    assertThat(kasus).isWaitingAt(TASK_PERMOHONAN_BERAS_KASI);
    assertThat(sop.passes(kasus, TASK_SURAT_PERMOHONAN_PROVINSI)).isEqualTo(2);
    assertThat(sop.documentsIssued(kasus)).containsExactly(STOCK_OPNAME, SURAT_PERMOHONAN);
  }

  @Test
  void withoutTheBupatisRecommendationNoLetterGoesToBulogAndTheProvinsiGoodsAreFetched() throws Exception {
    ProcessInstance kasus = sop.startAndCompleteUpTo(this::startPersediaan, Persediaan.REKOMENDASI);
    sop.completeStep(kasus, Persediaan.REKOMENDASI, rekomendasi(TIDAK_DIBERIKAN));
    sop.completeStep(kasus, Persediaan.PENGAMBILAN, Map.of(TANGGAL_PENGAMBILAN, "2026-03-10",
        KENDARAAN_ANGKUT, "Truk DA 8123 KT", BARANG_DARI_PROVINSI, "Selimut | 200 | lembar | -"));

    assertThat(kasus).isEnded().hasPassed(EVENT_PERSEDIAAN_TERSEDIA).hasNotPassed(TASK_BUAT_SURAT_PERMOHONAN_BULOG);
    assertThat(sop.documentsIssued(kasus)).containsExactly(STOCK_OPNAME, SURAT_PERMOHONAN);
    verify(stockReceiptRecorder).execute(any());
    sop.assertNothingLeft(kasus);
  }

  // ------------------------------------------------------------------ disaster report (langkah 5-9)

  @Test
  void disasterReportIsAnsweredWithAHandoverItsBeritaAcaraAndTheReport() throws Exception {
    ProcessInstance kasus = startBencana();
    for (Bencana step : Bencana.values()) {
      sop.completeStep(kasus, step);
      if (step == Bencana.LAPORAN_KEJADIAN) {
        assertThat(sop.runtimeService().createProcessInstanceQuery().processInstanceId(kasus.getId()).singleResult()
            .getBusinessKey()).as("registered once the report is recorded").isEqualTo(NOMOR_REGISTER_UJI);
      }
    }

    assertThat(kasus).isEnded().hasPassed(TASK_CATAT_PENYERAHAN_BARANG, EVENT_BANTUAN_TERSALURKAN)
        .hasNotPassed(EVENT_TANPA_PENYALURAN, TASK_STOCK_OPNAME);
    assertThat(sop.documentsIssued(kasus)).containsExactly(BA_SERAH_TERIMA_BARANG, LAPORAN_PERTANGGUNGJAWABAN);
    verify(stockDistributionRecorder).execute(any());
    verify(stockHandoverNumberRecorder).notify(any());
    assertThat(historicValue(kasus, BARANG_SERAH_TERIMA)).as("the berita acara lists the handover")
        .isEqualTo(HANDOVER);
    verify(stockOpnameRecorder, never()).execute(any());
    sop.assertNothingLeft(kasus);
  }

  @Test
  void noDistributionAfterTheCoordinationEndsTheCaseWithTheReason() throws Exception {
    ProcessInstance kasus = sop.startAndCompleteUpTo(this::startBencana, Bencana.KOORDINASI);
    sop.completeStep(kasus, Bencana.KOORDINASI, Map.of(INSTANSI_TERKAIT, "BPBD Tanah Laut",
        HASIL_KOORDINASI, "Kebakaran kecil, tidak ada pengungsi.", PENYALURAN_DIPERLUKAN, TIDAK,
        ALASAN_TANPA_PENYALURAN, "Korban ditampung keluarga."));

    assertThat(kasus).isEnded().hasPassed(EVENT_TANPA_PENYALURAN).hasNotPassed(TASK_PENYALURAN_BANTUAN);
    assertThat(historicValue(kasus, ALASAN_TANPA_PENYALURAN)).isEqualTo("Korban ditampung keluarga.");
    assertThat(sop.documentsIssued(kasus)).isEmpty();
    verify(stockDistributionRecorder, never()).execute(any());
    sop.assertNothingLeft(kasus);
  }

  @Test
  void aHandoverTheStockCannotCoverIsRefusedAndTheTaskStaysOpenUntilItFits() throws Exception {
    ProcessInstance kasus = sop.startAndCompleteUpTo(this::startBencana, Bencana.PENYERAHAN);
    Task penyerahan = sop.currentTask(kasus, TASK_PENYERAHAN_BANTUAN);
    doThrow(new FormFieldValidationException(BARANG_DISERAHKAN, "Persediaan gudang tidak mencukupi"))
        .doAnswer(invocation -> {
          DelegateExecution execution = invocation.getArgument(0);
          execution.setVariable(BARANG_SERAH_TERIMA, execution.getVariable(BARANG_DISERAHKAN));
          execution.setVariable(RINCIAN_PENYALURAN, "Beras | 50 | kg |");
          return null;
        }).when(stockDistributionRecorder).execute(any());

    assertThatThrownBy(() -> sop.taskService().complete(penyerahan.getId(), penyerahan("Beras | 9000 | kg |")))
        .hasMessageContaining("tidak mencukupi");

    assertThat(sop.currentTask(kasus, TASK_PENYERAHAN_BANTUAN).getId()).as("the same task stays open")
        .isEqualTo(penyerahan.getId());
    assertThat(sop.runtimeService().getVariable(kasus.getId(), BARANG_DISERAHKAN)).as("nothing of it saved")
        .isNull();
    sop.completeStep(kasus, Bencana.PENYERAHAN, penyerahan("Beras | 50 | kg |"));
    assertThat(kasus).isWaitingAt(TASK_LAPORAN_PERTANGGUNGJAWABAN);
    verify(stockDistributionRecorder, times(2)).execute(any());
    assertThat(sop.documentsIssued(kasus)).containsExactly(BA_SERAH_TERIMA_BARANG);
  }

  @Test
  void kabidSendsTheReportBackToTheStafAndApprovesTheCorrectedOne() throws Exception {
    ProcessInstance kasus = sop.startAndCompleteUpTo(this::startBencana, Bencana.PERSETUJUAN_KABID);
    sop.completeStep(kasus, Bencana.PERSETUJUAN_KABID, Map.of(PERSETUJUAN_LAPORAN, DIPERBAIKI,
        CATATAN_PERBAIKAN_LAPORAN, "Sebutkan jumlah jiwa."));

    assertThat(kasus).isWaitingAt(TASK_LAPORAN_PERTANGGUNGJAWABAN);
    assertThat(sop.runtimeService().getVariable(kasus.getId(), CATATAN_PERBAIKAN_LAPORAN)).isEqualTo(
        "Sebutkan jumlah jiwa.");
    sop.completeStep(kasus, Bencana.LAPORAN);
    sop.completeStep(kasus, Bencana.PEMERIKSAAN_LAPORAN);
    sop.completeStep(kasus, Bencana.PERSETUJUAN_KABID);

    assertThat(kasus).isEnded().hasPassed(EVENT_BANTUAN_TERSALURKAN);
    assertThat(sop.passes(kasus, TASK_LAPORAN_PERTANGGUNGJAWABAN)).isEqualTo(2);
    assertThat(sop.documentsIssued(kasus)).as("one report, once approved")
        .containsExactly(BA_SERAH_TERIMA_BARANG, LAPORAN_PERTANGGUNGJAWABAN);
    sop.assertNothingLeft(kasus);
  }

  // ------------------------------------------------------------------ what the contract checks

  @Override public String processKey() { return PROCESS_ID; }
  @Override public String starterGroup() { return STAF; }
  @Override public Class<?> variablesClass() { return LogistikBencanaVariables.class; }
  @Override public String startFormId() { return FORM + "mulai"; }

  @Override
  public List<DefinedStep> steps() {
    return Stream.concat(Arrays.stream(Persediaan.values()), Arrays.stream(Bencana.values()))
        .map(DefinedStep.class::cast).toList();
  }

  @Override
  public List<DefinedStep> mainPathOf(DefinedStep step) {
    return step instanceof Persediaan ? List.of(Persediaan.values()) : List.of(Bencana.values());
  }

  @Override
  public String mainPathEnd(DefinedStep step) {
    return step instanceof Persediaan ? EVENT_PERSEDIAAN_TERSEDIA : EVENT_BANTUAN_TERSALURKAN;
  }

  @Override
  public ProcessInstance start() {
    return startPersediaan();
  }

  @Override
  public ProcessInstance startAndCompleteUpTo(DefinedStep target) {
    return target instanceof Persediaan persediaan ? sop.startAndCompleteUpTo(this::startPersediaan, persediaan)
        : sop.startAndCompleteUpTo(this::startBencana, (Bencana) target);
  }

  // ------------------------------------------------------------------ helpers and form values

  private ProcessInstance startPersediaan() {
    ProcessInstance kasus = sop.start(PROCESS_ID, Map.of(BAGIAN_KEGIATAN, PERSEDIAAN));
    assertThat(kasus).isStarted().isWaitingAt(TASK_STOCK_OPNAME);
    return kasus;
  }

  private ProcessInstance startBencana() {
    ProcessInstance kasus = sop.start(PROCESS_ID, Map.of(BAGIAN_KEGIATAN, LAPORAN_BENCANA));
    assertThat(kasus).isStarted().isWaitingAt(TASK_PENERIMAAN_LAPORAN_BENCANA);
    return kasus;
  }

  static Map<String, Object> stockOpname(String perluPengisian) {
    return Map.of(TANGGAL_OPNAME, "2026-03-02", LOKASI_GUDANG, "Gudang logistik Dinas Sosial, Pelaihari",
        PETUGAS_OPNAME, "Rahmat", HASIL_OPNAME, "Beras | 480 | kg | 2026-12-31", PERLU_PENGISIAN, perluPengisian);
  }

  static Map<String, Object> rekomendasi(String jawaban) {
    return Map.of(REKOMENDASI_BUPATI, jawaban, NOMOR_REKOMENDASI_BUPATI, "500/112/Ekon/2026",
        TANGGAL_REKOMENDASI_BUPATI, "2026-03-05");
  }

  static Map<String, Object> laporanKejadian() {
    Map<String, Object> laporan = new HashMap<>();
    laporan.put(SUMBER_LAPORAN, "KEPALA_DESA");
    laporan.put(PELAPOR_NAMA, "H. Abdul Kadir");
    laporan.put(JENIS_BENCANA, "BANJIR");
    laporan.put(LOKASI_KEJADIAN, "Desa Tambak Sarinah, Kecamatan Kurau");
    laporan.put(TANGGAL_KEJADIAN, "2026-03-01");
    laporan.put(URAIAN_KEJADIAN, "Banjir setinggi 1 meter, 35 rumah terendam.");
    laporan.put(JUMLAH_KORBAN, 120L);
    return laporan;
  }

  static Map<String, Object> penyerahan(String barang) {
    return Map.of(TANGGAL_SERAH_TERIMA, "2026-03-02", TEMPAT_SERAH_TERIMA, "Posko Desa Tambak Sarinah",
        PIHAK_PERTAMA_NAMA, "Rahmat", PIHAK_PERTAMA_JABATAN, "Staf Seksi PSKB",
        PIHAK_KEDUA_NAMA, "H. Abdul Kadir", PIHAK_KEDUA_JABATAN, "Kepala Desa Tambak Sarinah",
        BARANG_DISERAHKAN, barang);
  }
}
