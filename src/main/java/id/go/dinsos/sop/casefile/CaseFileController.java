package id.go.dinsos.sop.casefile;

import id.go.dinsos.sop.casefile.BeneficiaryRegistry.MergeRefused;
import id.go.dinsos.sop.casefile.CaseUploads.Upload;
import id.go.dinsos.sop.casefile.CaseUploads.UploadRefused;
import id.go.dinsos.sop.identity.Office;
import id.go.dinsos.sop.identity.Role;
import id.go.dinsos.sop.web.EngineUser;
import id.go.dinsos.sop.web.EngineUserAuthentication;
import id.go.dinsos.sop.web.EngineUserAuthentication.NotAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/**
 * The case file pages (Thymeleaf, Indonesian) for the officers of an office: search by NIK, name or register
 * number within the user's own office, a page per case (linked from every task form as {@code berkasKasusUrl})
 * and per person, uploads, merging a person without NIK, and the log of who read whose file for the kadis.
 * Authenticated like the SLA report ({@link EngineUserAuthentication}); changes need basic credentials, or the
 * Tasklist session plus the page's form token.
 */
@Controller
@RequestMapping("/berkas")
public class CaseFileController {

  /** Process variable counting the papers uploaded to a running case: the "berkas" its checks can rely on. */
  public static final String UPLOADED_FILES_COUNT = "jumlahBerkasDiunggah";
  static final String TOKEN_ATTRIBUTE = CaseFileController.class.getName() + ".token";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final EngineUserAuthentication authentication;
  private final BeneficiaryRegistry registry;
  private final CaseFiles caseFiles;
  private final CaseUploads uploads;
  private final CaseFileAccessLog accessLog;
  private final RuntimeService runtime;

  public CaseFileController(EngineUserAuthentication authentication, BeneficiaryRegistry registry,
      CaseFiles caseFiles, CaseUploads uploads, CaseFileAccessLog accessLog, RuntimeService runtime) {
    this.authentication = authentication;
    this.registry = registry;
    this.caseFiles = caseFiles;
    this.uploads = uploads;
    this.accessLog = accessLog;
    this.runtime = runtime;
  }

  /** The address of a case's file page, relative to the server (Tasklist runs on the same one). */
  public static String casePath(String processInstanceId) {
    return "/berkas/kasus/" + processInstanceId;
  }

  @GetMapping
  public String search(HttpServletRequest request, @RequestParam(required = false) String q, Model model) {
    EngineUser user = authentication.require(request, CaseFileController::officer);
    List<String> offices = offices(user);
    model.addAttribute("user", user);
    model.addAttribute("q", q == null ? "" : q.strip());
    model.addAttribute("people", registry.search(offices, q).stream().map(p -> person(user, p)).toList());
    model.addAttribute("cases", caseFiles.searchByRegisterNumber(offices, q).stream()
        .map(kasus -> new CaseRow(kasus, caseFiles.processName(kasus))).toList());
    model.addAttribute("searched", q != null && !q.isBlank());
    model.addAttribute("isKadis", kadis(user));
    return "berkas/cari";
  }

  @GetMapping("/kasus/{caseId}")
  public String casePage(HttpServletRequest request, @PathVariable String caseId,
      @RequestParam(required = false) String pesan, Model model) {
    EngineUser user = authentication.require(request, CaseFileController::officer);
    HistoricProcessInstance kasus = ownCase(user, caseId);
    List<Beneficiary> people = registry.peopleOfCase(caseId);
    Instant now = now();
    people.forEach(person -> accessLog.record(kasus.getTenantId(), user.userId(), person.id(), caseId, now));
    model.addAttribute("user", user);
    model.addAttribute("file", caseFiles.caseFile(kasus));
    model.addAttribute("people", people.stream().map(p -> person(user, p)).toList());
    model.addAttribute("fmt", new CaseFileFormat(zone(kasus.getTenantId())));
    model.addAttribute("token", token(request));
    model.addAttribute("maxMegabytes", uploads.maxBytes() / (1024 * 1024));
    model.addAttribute("pesan", pesan);
    return "berkas/kasus";
  }

  @GetMapping("/orang/{personId}")
  public String personPage(HttpServletRequest request, @PathVariable String personId, Model model) {
    EngineUser user = authentication.require(request, CaseFileController::officer);
    Beneficiary person = ownPerson(user, personId);
    accessLog.record(person.tenantId(), user.userId(), person.id(), null, now());
    model.addAttribute("user", user);
    model.addAttribute("person", person(user, person));
    model.addAttribute("mergedInto", Optional.ofNullable(person.mergedInto()).flatMap(registry::find)
        .map(p -> person(user, p)).orElse(null));
    model.addAttribute("merges", registry.mergesOf(personId));
    model.addAttribute("cases", caseFiles.cases(registry.casesOf(personId)).stream()
        .map(kasus -> new CaseRow(kasus, caseFiles.processName(kasus))).toList());
    model.addAttribute("uploads", uploads.ofPerson(personId));
    model.addAttribute("fmt", new CaseFileFormat(zone(person.tenantId())));
    model.addAttribute("mayMerge", NikVisibility.seesFullNik(user) && person.mergedInto() == null
        && !person.details().hasNik());
    model.addAttribute("token", token(request));
    return "berkas/orang";
  }

  /** Uploads a scan or photo to the case (optionally of one of its people); 303 back to the case page. */
  @PostMapping("/kasus/{caseId}/unggah")
  public ResponseEntity<Object> upload(HttpServletRequest request, @PathVariable String caseId,
      @RequestParam("berkas") MultipartFile file, @RequestParam("jenis") String description,
      @RequestParam(name = "orang", required = false) String personId,
      @RequestParam(name = "token", required = false) String token) throws IOException {
    EngineUser user = changingUser(request, token);
    HistoricProcessInstance kasus = ownCase(user, caseId);
    if (personId != null && !personId.isBlank()
        && registry.peopleOfCase(caseId).stream().noneMatch(p -> p.id().equals(personId))) {
      throw new UploadRefused("Orang yang dipilih bukan bagian dari kasus ini.");
    }
    Upload stored = uploads.store(kasus.getTenantId(), caseId, personId == null || personId.isBlank() ? null : personId,
        description, file.getOriginalFilename(), file.getBytes(), user.userId(), now());
    if (runtime.createProcessInstanceQuery().processInstanceId(caseId).active().count() == 1) {
      runtime.setVariable(caseId, UPLOADED_FILES_COUNT, uploads.countOfCase(caseId));
    }
    if (acceptsJson(request)) {
      return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("id", stored.id(), "sha256", stored.sha256(), "contentType", stored.contentType(),
              "fileName", stored.fileName()));
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .location(URI.create(casePath(caseId) + "?pesan=unggah")).build();
  }

  @GetMapping("/unggahan/{uploadId}")
  public ResponseEntity<byte[]> uploaded(HttpServletRequest request, @PathVariable String uploadId) {
    EngineUser user = authentication.require(request, CaseFileController::officer);
    Upload upload = uploads.find(uploadId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    ownCase(user, upload.processInstanceId());
    if (upload.beneficiaryId() != null) {
      accessLog.record(upload.tenantId(), user.userId(), upload.beneficiaryId(), upload.processInstanceId(), now());
    }
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(upload.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(upload.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .header("X-Content-SHA256", upload.sha256())
        .body(uploads.content(uploadId));
  }

  /** Merges a person registered without NIK into the person with the NIK {@code nik}; the merge is recorded. */
  @PostMapping("/orang/{personId}/gabung")
  public ResponseEntity<Object> merge(HttpServletRequest request, @PathVariable String personId,
      @RequestParam String nik, @RequestParam String alasan,
      @RequestParam(name = "token", required = false) String token) {
    EngineUser user = changingUser(request, token);
    if (!NikVisibility.seesFullNik(user)) {
      throw NotAllowed.forbidden();
    }
    Beneficiary person = ownPerson(user, personId);
    Beneficiary into = registry.findByNik(person.tenantId(), nik.strip())
        .orElseThrow(() -> new MergeRefused("Tidak ada penerima manfaat dengan NIK tersebut di kantor ini."));
    registry.merge(person.tenantId(), personId, into.id(), user.userId(), alasan, now());
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/berkas/orang/" + into.id())).build();
  }

  /** Who read whose file, for the kadis of the office (and administrators, per office). */
  @GetMapping("/log-akses")
  public String accessLog(HttpServletRequest request, @RequestParam(required = false) String kantor, Model model) {
    EngineUser user = authentication.require(request, u -> kadis(u) || u.isAdministrator());
    String tenantId = kantor != null && (user.isAdministrator() || user.belongsTo(kantor)) ? kantor
        : user.tenantIds().stream().findFirst().orElse(Office.values()[0].tenantId());
    if (!user.isAdministrator() && !user.belongsTo(tenantId)) {
      throw NotAllowed.forbidden();
    }
    model.addAttribute("office", Office.byTenantId(tenantId).orElseThrow(NotAllowed::forbidden));
    model.addAttribute("entries", accessLog.latest(tenantId));
    model.addAttribute("fmt", new CaseFileFormat(zone(tenantId)));
    return "berkas/log-akses";
  }

  @ExceptionHandler(UploadRefused.class)
  public ResponseEntity<String> refused(UploadRefused e) {
    return message(e.status(), "Berkas tidak diterima", e.getMessage());
  }

  /**
   * A file above the server's multipart limit, refused while the request is read (lazily, inside
   * {@link #upload}: {@code spring.servlet.multipart.resolve-lazily}).
   */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  public ResponseEntity<String> tooLarge(MaxUploadSizeExceededException e) {
    return message(HttpStatus.PAYLOAD_TOO_LARGE, "Berkas tidak diterima", uploads.tooLargeMessage());
  }

  @ExceptionHandler(MergeRefused.class)
  public ResponseEntity<String> mergeRefused(MergeRefused e) {
    return message(HttpStatus.BAD_REQUEST, "Penggabungan ditolak", e.getMessage());
  }

  private static ResponseEntity<String> message(HttpStatus status, String title, String text) {
    return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"UTF-8\"/><title>" + title + "</title></head>"
            + "<body><h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(text) + "</p>"
            + "<p><a href=\"javascript:history.back()\">Kembali</a></p></body></html>");
  }

  /** Someone of an office (any role) or an administrator. */
  private static boolean officer(EngineUser user) {
    return user.isAdministrator() || !user.tenantIds().isEmpty();
  }

  private static boolean kadis(EngineUser user) {
    return user.groupIds().contains(Role.KADIS.groupId()) && !user.tenantIds().isEmpty();
  }

  /** The offices whose files the user may search: their own; every office for an administrator. */
  private static List<String> offices(EngineUser user) {
    return user.isAdministrator() ? Arrays.stream(Office.values()).map(Office::tenantId).toList() : user.tenantIds();
  }

  private HistoricProcessInstance ownCase(EngineUser user, String caseId) {
    HistoricProcessInstance kasus = caseFiles.findCase(caseId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Kasus tidak ditemukan"));
    if (!offices(user).contains(kasus.getTenantId())) {
      throw NotAllowed.forbidden();
    }
    return kasus;
  }

  private Beneficiary ownPerson(EngineUser user, String personId) {
    Beneficiary person = registry.find(personId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Penerima manfaat tidak ditemukan"));
    if (!offices(user).contains(person.tenantId())) {
      throw NotAllowed.forbidden();
    }
    return person;
  }

  /**
   * The caller of a request that changes the case file: valid basic credentials, or a Tasklist session that
   * sends the token of the page it came from (a cookie alone could come from another site).
   */
  private EngineUser changingUser(HttpServletRequest request, String token) {
    Optional<EngineUser> user = authentication.fromBasicCredentials(request);
    if (user.isEmpty() && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
      HttpSession session = request.getSession(false);
      Object expected = session == null ? null : session.getAttribute(TOKEN_ATTRIBUTE);
      if (expected instanceof String known && token != null && MessageDigest.isEqual(
          known.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
        user = authentication.fromWebappSession(request);
      }
    }
    EngineUser caller = user.orElseThrow(NotAllowed::unauthenticated);
    if (!officer(caller)) {
      throw NotAllowed.forbidden();
    }
    return caller;
  }

  /** The form token of the session (created with it), or empty for callers without a session. */
  private static String token(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return "";
    }
    Object token = session.getAttribute(TOKEN_ATTRIBUTE);
    if (token instanceof String known) {
      return known;
    }
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String created = HexFormat.of().formatHex(bytes);
    session.setAttribute(TOKEN_ATTRIBUTE, created);
    return created;
  }

  private static boolean acceptsJson(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE);
  }

  private static PersonRow person(EngineUser user, Beneficiary person) {
    return new PersonRow(person, NikVisibility.shown(user, person.nik()));
  }

  private static java.time.ZoneId zone(String tenantId) {
    return Office.byTenantId(tenantId).map(Office::zone).orElse(java.time.ZoneId.of("Asia/Jakarta"));
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** A person as the reader may see them: the NIK whole or masked. */
  public record PersonRow(Beneficiary person, String nikShown) {}

  /** A case in a list. */
  public record CaseRow(HistoricProcessInstance kasus, String processName) {}
}
