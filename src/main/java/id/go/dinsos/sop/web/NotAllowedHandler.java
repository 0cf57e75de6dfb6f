package id.go.dinsos.sop.web;

import id.go.dinsos.sop.web.EngineUserAuthentication.NotAllowed;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.util.HtmlUtils;

/** Answers {@link NotAllowed} from any controller: 401 with the basic challenge, or 403, with a short page. */
@ControllerAdvice
public class NotAllowedHandler {

  @ExceptionHandler(NotAllowed.class)
  public ResponseEntity<String> notAllowed(NotAllowed e) {
    ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status())
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8));
    if (e.status() == HttpStatus.UNAUTHORIZED) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, EngineUserAuthentication.CHALLENGE);
    }
    String title = e.status() == HttpStatus.UNAUTHORIZED ? "Perlu masuk" : "Akses ditolak";
    return response.body("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"UTF-8\"/><title>" + title
        + "</title></head><body><h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(e.getMessage())
        + "</p></body></html>");
  }
}
