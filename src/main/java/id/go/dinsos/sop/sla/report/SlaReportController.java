package id.go.dinsos.sop.sla.report;

import id.go.dinsos.sop.identity.Office;
import id.go.dinsos.sop.sla.report.SlaReportService.InvalidReportRequest;
import id.go.dinsos.sop.web.EngineUser;
import id.go.dinsos.sop.web.EngineUserAuthentication;
import id.go.dinsos.sop.web.EngineUserAuthentication.NotAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The SLA report of one office for supervisors ({@code kasi}, {@code kabid}, {@code kadis}) and
 * administrators: a page with a chart, the same as CSV and as PDF. A supervisor sees the office they
 * belong to; an administrator picks one ({@code kantor}). The period is {@code dari}–{@code sampai}
 * (ISO dates, both included), the current month by default.
 */
@Controller
@RequestMapping("/laporan")
public class SlaReportController {

  static final String TEMPLATE = "sla/laporan";

  private final SlaReportService reports;
  private final EngineUserAuthentication authentication;
  private final ITemplateEngine templates;
  private final SlaFormat format = new SlaFormat();

  public SlaReportController(SlaReportService reports, EngineUserAuthentication authentication,
      ITemplateEngine templates) {
    this.reports = reports;
    this.authentication = authentication;
    this.templates = templates;
  }

  @GetMapping("/sla")
  public String page(HttpServletRequest request,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
      @RequestParam(required = false) String kantor, Model model) {
    model.addAllAttributes(model(request, dari, sampai, kantor, false));
    return TEMPLATE;
  }

  @GetMapping("/sla.csv")
  public ResponseEntity<byte[]> csv(HttpServletRequest request,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
      @RequestParam(required = false) String kantor) {
    SlaReport report = (SlaReport) model(request, dari, sampai, kantor, false).get("report");
    return download(SlaReportCsv.write(report, format), new MediaType("text", "csv", StandardCharsets.UTF_8),
        fileName(report, "csv"));
  }

  @GetMapping("/sla.pdf")
  public ResponseEntity<byte[]> pdf(HttpServletRequest request,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
      @RequestParam(required = false) String kantor) {
    Map<String, Object> model = model(request, dari, sampai, kantor, true);
    String xhtml = templates.process(TEMPLATE, new Context(SlaFormat.INDONESIAN, model));
    return download(SlaReportPdf.render(xhtml), MediaType.APPLICATION_PDF, fileName((SlaReport) model.get("report"), "pdf"));
  }

  /** A period the service refuses (from after to, too long) or an unknown office: 400 with the reason. */
  @ExceptionHandler(InvalidReportRequest.class)
  public ResponseEntity<String> badRequest(InvalidReportRequest e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(e.getMessage());
  }

  private Map<String, Object> model(HttpServletRequest request, LocalDate from, LocalDate to, String tenantParameter,
      boolean pdf) {
    EngineUser user = authentication.require(request, EngineUser::isSupervisorOrAdministrator);
    String tenantId = tenantOf(user, tenantParameter);
    List<LocalDate> month = SlaReportService.currentMonth(tenantId);
    SlaReport report = reports.report(tenantId, from != null ? from : month.get(0), to != null ? to : month.get(1));
    Map<String, Object> model = new HashMap<>();
    model.put("report", report);
    model.put("chart", SlaChart.of(report, format));
    model.put("fmt", format);
    model.put("pdf", pdf);
    model.put("user", user);
    model.put("offices", selectableOffices(user));
    return model;
  }

  /**
   * The office whose report the user may see: their own (the one asked for, if they belong to
   * several); any office for an administrator, by default their own or the first.
   */
  static String tenantOf(EngineUser user, String requested) {
    if (requested != null && !requested.isBlank()) {
      boolean knownOffice = Office.byTenantId(requested).isPresent();
      if (user.belongsTo(requested) || (user.isAdministrator() && knownOffice)) {
        return requested;
      }
      throw user.isAdministrator() ? new InvalidReportRequest("Kantor '" + requested + "' tidak dikenal")
          : NotAllowed.forbidden();
    }
    if (!user.tenantIds().isEmpty()) {
      return user.tenantIds().get(0);
    }
    if (user.isAdministrator()) {
      return Office.values()[0].tenantId();
    }
    throw NotAllowed.forbidden();
  }

  private static List<Office> selectableOffices(EngineUser user) {
    return Arrays.stream(Office.values())
        .filter(office -> user.isAdministrator() || user.belongsTo(office.tenantId())).toList();
  }

  private static String fileName(SlaReport report, String extension) {
    return "laporan-sla-" + report.tenantId() + "-" + report.from() + "-" + report.to() + "." + extension;
  }

  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(body);
  }
}
