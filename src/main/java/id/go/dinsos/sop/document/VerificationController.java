package id.go.dinsos.sop.document;

import id.go.dinsos.sop.identity.Office;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public verification page (no login), in Indonesian: the QR code on every document opens
 * {@code /verifikasi/{id}}; {@code /verifikasi?nomor=...&sha256=...} answers by number. A visitor can
 * paste the SHA-256 of the file they hold or upload the file itself. The page shows only the number,
 * the kind, the office, the date and the hash: nothing about the people in the document.
 */
@Controller
public class VerificationController {

  static final String VIEW = "verifikasi";
  private static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final String INVALID_HASH = "SHA-256 harus terdiri atas 64 karakter heksadesimal (0-9, a-f).";

  private final DocumentVerification verification;
  private final IndonesianFormat format = new IndonesianFormat();

  public VerificationController(DocumentVerification verification) {
    this.verification = verification;
  }

  @GetMapping("/verifikasi/{id}")
  public String byId(@PathVariable String id, @RequestParam(required = false) String sha256, Model model,
      HttpServletResponse response) {
    Optional<String> hash = DocumentVerification.normalizeHash(sha256);
    if (sha256 != null && !sha256.isBlank() && hash.isEmpty()) {
      model.addAttribute("galat", INVALID_HASH);
    }
    return documentPage(id, hash.orElse(null), model, response);
  }

  @PostMapping(value = "/verifikasi/{id}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public String byIdWithFile(@PathVariable String id, @RequestParam("berkas") MultipartFile file, Model model,
      HttpServletResponse response) throws IOException {
    String hash = DocumentIssuer.sha256(file.getBytes());
    model.addAttribute("berkas", file.getOriginalFilename());
    return documentPage(id, hash, model, response);
  }

  @GetMapping("/verifikasi")
  public String byNumber(@RequestParam(required = false) String nomor, @RequestParam(required = false) String sha256,
      @RequestParam(required = false) String kantor, Model model) {
    Optional<String> hash = DocumentVerification.normalizeHash(sha256);
    if (sha256 != null && !sha256.isBlank() && hash.isEmpty()) {
      model.addAttribute("galat", INVALID_HASH);
    }
    return numberPage(nomor, kantor, hash.orElse(null), model);
  }

  @PostMapping(value = "/verifikasi", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public String byNumberWithFile(@RequestParam String nomor, @RequestParam(required = false) String kantor,
      @RequestParam("berkas") MultipartFile file, Model model) throws IOException {
    model.addAttribute("berkas", file.getOriginalFilename());
    return numberPage(nomor, kantor, DocumentIssuer.sha256(file.getBytes()), model);
  }

  /** The same answer for programs: {@code {"status": "ASLI", "dokumen": [{nomor, jenis, kantor, tanggal}]}}. */
  @GetMapping(value = "/api/verifikasi", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  public Map<String, Object> byNumberJson(@RequestParam String nomor, @RequestParam(required = false) String sha256,
      @RequestParam(required = false) String kantor) {
    VerificationResult result = verification.byNumber(nomor, kantor,
        DocumentVerification.normalizeHash(sha256).orElse(null));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("status", result.status().name());
    answer.put("dokumen", result.documents().stream().map(document -> publicView(document, false)).toList());
    return answer;
  }

  private String documentPage(String id, String hash, Model model, HttpServletResponse response) {
    VerificationResult result = DOCUMENT_ID.matcher(id).matches() ? verification.byId(id, hash)
        : new VerificationResult(VerificationStatus.TIDAK_DIKENAL, List.of());
    if (result.status() == VerificationStatus.TIDAK_DIKENAL) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    }
    model.addAttribute("mode", "dokumen");
    model.addAttribute("id", id);
    model.addAttribute("sha256Diperiksa", hash);
    model.addAttribute("status", result.status().name());
    model.addAttribute("dokumen", result.documents().stream().map(document -> publicView(document, true)).toList());
    return VIEW;
  }

  private String numberPage(String nomor, String kantor, String hash, Model model) {
    model.addAttribute("mode", "nomor");
    model.addAttribute("nomor", nomor);
    model.addAttribute("kantor", kantor);
    model.addAttribute("kantorPilihan", officeChoices());
    model.addAttribute("sha256Diperiksa", hash);
    if (nomor != null && !nomor.isBlank()) {
      VerificationResult result = verification.byNumber(nomor, kantor, hash);
      model.addAttribute("status", result.status().name());
      model.addAttribute("dokumen", result.documents().stream()
          .map(document -> publicView(document, result.status() == VerificationStatus.ASLI)).toList());
    }
    return VIEW;
  }

  /** What anyone may see of a document: number, kind, office, date and (where it helps) its hash. */
  private Map<String, Object> publicView(ArchivedDocument document, boolean withHash) {
    Optional<Office> office = Office.byTenantId(document.tenantId());
    ZoneId zone = office.map(Office::zone).orElse(ZoneId.of("Asia/Jakarta"));
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("nomor", document.number());
    view.put("jenis", document.kind().title());
    view.put("kantor", office.map(Office::officeName).orElse(document.tenantId()));
    view.put("tanggal", format.tanggal(document.issuedAt().atZone(zone).toLocalDate()));
    view.put("sha256", withHash ? document.sha256() : null);
    return view;
  }

  private static Map<String, String> officeChoices() {
    Map<String, String> choices = new LinkedHashMap<>();
    for (Office office : Office.values()) {
      choices.put(office.tenantId(), office.officeName());
    }
    return choices;
  }
}
