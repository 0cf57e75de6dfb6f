package id.go.dinsos.sop.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Who is calling one of the application's own Spring MVC pages (reports, documents, case files).
 * These are not behind /engine-rest and the application has no Spring Security, so the caller is
 * authenticated here against the engine's users: with HTTP basic credentials, or with the session
 * of the Camunda webapps, so that someone logged in to Cockpit or Tasklist can follow a link to the
 * page without logging in again.
 *
 * <p>Controllers call {@link #require(HttpServletRequest, Predicate)}; the {@link NotAllowed} it
 * throws becomes 401 (with a basic-authentication challenge) or 403 via {@link NotAllowedHandler}.
 */
@Component
public class EngineUserAuthentication {

  /** The realm of the basic-authentication challenge, shown by browsers in their login dialog. */
  public static final String REALM = "Dinas Sosial";
  public static final String CHALLENGE = "Basic realm=\"" + REALM + "\"";

  /**
   * The session attribute under which the Camunda webapps keep their {@link Authentications}
   * ({@code AuthenticationUtil.getAuthsFromSession} in camunda-webapp 7.24, which would create it
   * when missing: read here without that side effect).
   */
  static final String WEBAPP_SESSION_ATTRIBUTE = "authenticatedUser";

  private static final String BASIC = "Basic ";

  private final IdentityService identityService;
  private final String engineName;

  public EngineUserAuthentication(ProcessEngine processEngine) {
    this.identityService = processEngine.getIdentityService();
    this.engineName = processEngine.getName();
  }

  /**
   * The caller, from basic credentials or a Camunda webapp session, who must pass {@code allowed}.
   *
   * @throws NotAllowed 401 for an unknown caller, 403 for a known one who may not
   */
  public EngineUser require(HttpServletRequest request, Predicate<EngineUser> allowed) {
    EngineUser user = fromBasicCredentialsOrWebappSession(request).orElseThrow(NotAllowed::unauthenticated);
    if (!allowed.test(user)) {
      throw NotAllowed.forbidden();
    }
    return user;
  }

  /**
   * The user of valid basic credentials or, without an {@code Authorization} header, of the Camunda
   * webapp session. Wrong credentials are not overridden by a session.
   */
  public Optional<EngineUser> fromBasicCredentialsOrWebappSession(HttpServletRequest request) {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return fromBasicCredentials(request);
    }
    return fromWebappSession(request);
  }

  /**
   * The user whose basic credentials the engine accepts. For requests that change something, where
   * a browser's session cookie should not be enough (cross-site requests).
   */
  public Optional<EngineUser> fromBasicCredentials(HttpServletRequest request) {
    return basicUserId(request.getHeader(HttpHeaders.AUTHORIZATION)).map(this::user);
  }

  /** The user logged in to the Camunda webapps (Cockpit, Tasklist, Admin) in this session. */
  public Optional<EngineUser> fromWebappSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Object attribute;
    try {
      attribute = session.getAttribute(WEBAPP_SESSION_ATTRIBUTE);
    } catch (IllegalStateException invalidated) {
      return Optional.empty();
    }
    if (!(attribute instanceof Authentications authentications)) {
      return Optional.empty();
    }
    Authentication authentication = authentications.getAuthenticationForProcessEngine(engineName);
    if (authentication == null || authentication.getIdentityId() == null) {
      return Optional.empty();
    }
    String userId = authentication.getIdentityId();
    // the session may outlive the user: only users that still exist count
    return identityService.createUserQuery().userId(userId).count() == 0 ? Optional.empty() : Optional.of(user(userId));
  }

  /** 401 with the basic-authentication challenge, for controllers that answer with a response entity. */
  public static <T> ResponseEntity<T> unauthorized() {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
  }

  private EngineUser user(String userId) {
    return new EngineUser(userId,
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId).collect(Collectors.toSet()),
        identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
            .orderByTenantId().asc().list().stream().map(Tenant::getId).toList());
  }

  private Optional<String> basicUserId(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return Optional.empty();
    }
    String credentials;
    try {
      credentials = new String(
          Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = credentials.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String userId = credentials.substring(0, colon);
    return identityService.checkPassword(userId, credentials.substring(colon + 1))
        ? Optional.of(userId) : Optional.empty();
  }

  /** The caller is unknown (401) or may not open the page (403). */
  public static final class NotAllowed extends RuntimeException {

    private final HttpStatus status;

    private NotAllowed(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }

    public static NotAllowed unauthenticated() {
      return new NotAllowed(HttpStatus.UNAUTHORIZED,
          "Silakan masuk dengan akun Camunda Anda (nama pengguna dan kata sandi).");
    }

    public static NotAllowed forbidden() {
      return new NotAllowed(HttpStatus.FORBIDDEN, "Akun Anda tidak berhak membuka halaman ini.");
    }

    public HttpStatus status() {
      return status;
    }
  }
}
