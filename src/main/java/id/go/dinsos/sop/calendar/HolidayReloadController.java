package id.go.dinsos.sop.calendar;

import id.go.dinsos.sop.web.EngineUser;
import id.go.dinsos.sop.web.EngineUserAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets a Camunda administrator apply a corrected holiday list (a changed SKB) without a restart.
 * Plain Spring MVC requests carry no engine authentication, so the request is authenticated with
 * HTTP basic against the engine's users ({@link EngineUserAuthentication}; a webapp session is not
 * enough for a request that changes something) and must come from a member of {@code camunda-admin}.
 */
@RestController
public class HolidayReloadController {

  private final HolidayCalendar holidays;
  private final EngineUserAuthentication authentication;

  public HolidayReloadController(HolidayCalendar holidays, EngineUserAuthentication authentication) {
    this.holidays = holidays;
    this.authentication = authentication;
  }

  /**
   * 200 with {@code {"holidays": n}}; 401 without valid credentials, 403 for other users, 500 with
   * the reason when the files cannot be read (the previous list then stays in use).
   */
  @PostMapping("/api/calendar/holidays/reload")
  public ResponseEntity<Map<String, Object>> reload(HttpServletRequest request) {
    Optional<EngineUser> user = authentication.fromBasicCredentials(request);
    if (user.isEmpty()) {
      return EngineUserAuthentication.unauthorized();
    }
    if (!user.get().isAdministrator()) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }
    try {
      return ResponseEntity.ok(Map.of("holidays", holidays.reload()));
    } catch (IllegalStateException e) {
      return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Map.of("error", e.getMessage()));
    }
  }
}
