package id.go.dinsos.sop.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which requests the guard looks at, and that what it lets through reaches the REST API with its body intact. */
class QueryExpressionGuardTest {

  private final QueryExpressionGuard guard = new QueryExpressionGuard();

  private MockHttpServletResponse send(String method, String path, String body, AtomicReference<String> seenBody)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setContentType("application/json");
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    MockHttpServletResponse response = new MockHttpServletResponse();
    guard.doFilter(request, response, (req, res) ->
        seenBody.set(new String(((HttpServletRequest) req).getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
    return response;
  }

  @Test
  void tasklistsOwnCopyOfTheRestApiIsGuardedToo() throws Exception {
    AtomicReference<String> passed = new AtomicReference<>();
    MockHttpServletResponse response = send("POST", "/camunda/api/engine/engine/default/filter/f1/list",
        "{\"orQueries\":[{\"assigneeExpression\":\"${x}\"}]}", passed);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("tidak boleh memuat ekspresi");
    assertThat(passed.get()).as("never reaches the engine").isNull();
  }

  @Test
  void aCleanQueryPassesWithItsBodyForTheRestApiToRead() throws Exception {
    AtomicReference<String> passed = new AtomicReference<>();
    String body = "{\"candidateGroup\":\"peksos\",\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
    assertThat(send("POST", "/engine-rest/task", body, passed).getStatus()).isEqualTo(200);
    assertThat(passed.get()).isEqualTo(body);
  }

  @Test
  void formSubmissionsAreNotQueriesAndKeepWhatStaffTyped() throws Exception {
    AtomicReference<String> passed = new AtomicReference<>();
    String body = "{\"variables\":{\"catatan\":{\"value\":\"harga ${x} belum jelas\"}}}";
    assertThat(send("POST", "/engine-rest/task/t1/submit-form", body, passed).getStatus()).isEqualTo(200);
    assertThat(passed.get()).isEqualTo(body);
  }

  @Test
  void anOversizedQueryBodyIsRefused() throws Exception {
    AtomicReference<String> passed = new AtomicReference<>();
    String body = "{\"name\":\"" + "a".repeat(QueryExpressionGuard.MAX_BODY_BYTES) + "\"}";
    assertThat(send("POST", "/engine-rest/task", body, passed).getStatus()).isEqualTo(413);
    assertThat(passed.get()).isNull();
  }
}
