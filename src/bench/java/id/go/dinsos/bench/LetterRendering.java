package id.go.dinsos.bench;

import com.sun.management.ThreadMXBean;
import id.go.dinsos.sop.document.DocumentDraft;
import id.go.dinsos.sop.document.DocumentKind;
import id.go.dinsos.sop.document.DocumentRenderer;
import id.go.dinsos.sop.document.DocumentValues;
import id.go.dinsos.sop.document.OfficeDocumentConfig;
import id.go.dinsos.sop.document.OfficeDocumentSettings;
import id.go.dinsos.sop.identity.Office;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationContext;

/** Scenario 5: one-page letters (surat tugas of Magetan) rendered to PDF by our renderer, on one thread and on two. */
final class LetterRendering {

  record Rendered(int letters, double seconds, double bytesAllocatedPerLetter, int pages) {
    double perSecond() {
      return letters / seconds;
    }
  }

  private static final Map<String, Object> SURAT_TUGAS = Map.of(
      "dasarTugas", "Disposisi Kepala Dinas Sosial tanggal 20 November 2026 atas laporan Polres Magetan.",
      "petugas", "SRI WAHYUNINGSIH, S.Sos. | 19850317 201001 2 014 | Penata Tk. I (III/d) | Pekerja Sosial Ahli Muda",
      "maksudTugas", "Melakukan asesmen lengkap dan pendampingan anak terlantar atas nama RAHMAT HIDAYAT.",
      "tanggalTugas", "2026-11-23",
      "tempatTugas", "Shelter Dinas Sosial Kabupaten Magetan",
      "lamaTugas", "1 (satu) hari");

  private LetterRendering() {
  }

  static Rendered render(ApplicationContext context, int threads, double seconds) throws Exception {
    DocumentRenderer renderer = context.getBean(DocumentRenderer.class);
    Office office = Office.byTenantId(Target.OFFICE).orElseThrow();
    OfficeDocumentSettings settings = context.getBean(OfficeDocumentConfig.class).settings(Target.OFFICE).orElseThrow();
    DocumentValues values = DocumentValues.read(DocumentKind.SURAT_TUGAS, SURAT_TUGAS::get, office.zone());
    if (!values.problems().isEmpty()) {
      throw new IllegalStateException("sample letter: " + values.problems());
    }
    java.util.function.Supplier<DocumentDraft> draft = () -> {
      String id = UUID.randomUUID().toString();
      return new DocumentDraft(id, DocumentKind.SURAT_TUGAS, DocumentKind.SURAT_TUGAS.templateName(),
          "800/0001/ST/2026", LocalDate.of(2026, 11, 23), office.officeName(), settings, values.values(),
          "http://localhost:8080/verifikasi/" + id, "0001/REG/MGT/2026");
    };
    byte[] sample = renderer.render(draft.get());
    int pages;
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(sample)) {
      pages = pdf.getNumberOfPages();
    }
    for (int i = 0; i < 5; i++) {
      renderer.render(draft.get());
    }
    ThreadMXBean bean = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    AtomicInteger letters = new AtomicInteger();
    AtomicLong allocated = new AtomicLong();
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread thread = new Thread(() -> {
        long before = bean.getCurrentThreadAllocatedBytes();
        int own = 0;
        while (System.nanoTime() < deadline) {
          renderer.render(draft.get());
          own++;
        }
        allocated.addAndGet(bean.getCurrentThreadAllocatedBytes() - before);
        letters.addAndGet(own);
      });
      workers.add(thread);
      thread.start();
    }
    for (Thread thread : workers) {
      thread.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new Rendered(letters.get(), elapsed, (double) allocated.get() / Math.max(1, letters.get()), pages);
  }
}
