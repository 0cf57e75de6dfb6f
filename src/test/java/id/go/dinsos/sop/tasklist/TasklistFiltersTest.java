package id.go.dinsos.sop.tasklist;

import static id.go.dinsos.sop.process.bantuanorangterlantar.BantuanOrangTerlantarVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.dinsos.sop.register.CaseRegisterNumberIssuer;
import id.go.dinsos.sop.support.EngineRest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The shared Tasklist filters as staff get them through the REST API (what Tasklist calls): present
 * from the first login, each listing the right tasks of the user's office, with the register number
 * and the masked beneficiary on the task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasklistFiltersTest {

  private static final String TENANT = "tanah-laut";
  private static final List<String> FILTERS =
      List.of("Tugas kelompok saya", "Tugas saya", "Tugas terlambat", "Jatuh tempo hari ini");

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired TasklistFilters tasklistFilters;

  @Test
  @SuppressWarnings("unchecked")
  void everyUserHasTheFourFiltersSortedByDueDateAndEachStartKeepsOneOfEach() {
    tasklistFilters.createSharedFilters();

    for (String user : List.of("fo-slrt.tanah-laut", "peksos.magetan", "kadis.lamandau")) {
      List<Map<String, Object>> filters = EngineRest.as(rest, user).getList("/filter?resourceType=Task").getBody();
      assertThat(filters).extracting(filter -> filter.get("name")).as(user).containsExactlyInAnyOrderElementsOf(FILTERS);
    }
    for (String name : FILTERS) {
      assertThat(filterService.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
      Map<String, Object> filter = EngineRest.as(rest, "peksos.magetan")
          .get("/filter/" + filterService.createFilterQuery().filterName(name).singleResult().getId()).getBody();
      assertThat((List<Object>) ((Map<?, ?>) filter.get("query")).get("sorting")).as(name)
          .containsExactly(Map.of("sortBy", "dueDate", "sortOrder", "asc"));
      assertThat((List<Object>) ((Map<?, ?>) filter.get("properties")).get("variables")).as(name).containsExactly(
          Map.of("name", CaseRegisterNumberIssuer.NOMOR_REGISTER, "label", "Nomor Register"),
          Map.of("name", Beneficiary.TASK_VARIABLE, "label", "Penerima Manfaat"));
    }
  }

  @Test
  void aTaskShowsInTheFiltersOfItsDueDateWithItsRegisterNumberAndMaskedBeneficiary() {
    EngineRest frontOffice = EngineRest.as(rest, "fo-slrt.tanah-laut");
    String caseId = frontOffice.startCase(PROCESS_ID, TENANT, Map.of(PEMOHON_NAMA, "Slamet Riyadi",
        PEMOHON_NIK, "3510121203850004", PEMOHON_JENIS_KELAMIN, "L", KATEGORI_PEMOHON, "EKS_NARAPIDANA",
        JENIS_SURAT_PENGANTAR, "LAPAS"));
    String taskId = taskService.createTaskQuery().processInstanceId(caseId).taskDefinitionKey(TASK_REGISTRASI_PEMOHON)
        .singleResult().getId();

    assertThat(frontOffice.get("/task/" + taskId + "/variables/" + Beneficiary.TASK_VARIABLE).getBody())
        .containsEntry("value", "Slamet Riyadi (NIK 351012**********)");
    assertThat((String) frontOffice.get("/task/" + taskId + "/variables/" + CaseRegisterNumberIssuer.NOMOR_REGISTER)
        .getBody().get("value")).matches("\\d{4}/REG/TNL/\\d{4}");
    assertThat(listed(frontOffice, "Tugas kelompok saya")).contains(taskId);
    assertThat(listed(frontOffice, "Tugas saya")).doesNotContain(taskId);
    assertThat(listed(EngineRest.as(rest, "fo-slrt.magetan"), "Tugas kelompok saya")).as("another office")
        .doesNotContain(taskId);

    taskService.setDueDate(taskId, Date.from(startOfToday().minus(1, ChronoUnit.DAYS).toInstant()));
    assertThat(listed(frontOffice, "Tugas terlambat")).contains(taskId);
    assertThat(listed(frontOffice, "Jatuh tempo hari ini")).doesNotContain(taskId);

    taskService.setDueDate(taskId, Date.from(startOfToday().toInstant()));
    assertThat(listed(frontOffice, "Jatuh tempo hari ini")).contains(taskId);

    taskService.setDueDate(taskId, Date.from(startOfToday().plusDays(2).toInstant()));
    assertThat(listed(frontOffice, "Tugas terlambat")).doesNotContain(taskId);
    assertThat(listed(frontOffice, "Jatuh tempo hari ini")).doesNotContain(taskId);

    frontOffice.claimTask(caseId, TASK_REGISTRASI_PEMOHON);
    assertThat(listed(frontOffice, "Tugas saya")).contains(taskId);
    assertThat(listed(frontOffice, "Tugas kelompok saya")).as("claimed tasks stay in the group's list").contains(taskId);
  }

  /** The filters' "today" is the server's day, as the engine's dateTime() sees it. */
  private static java.time.ZonedDateTime startOfToday() {
    return LocalDate.now().atStartOfDay(ZoneId.systemDefault());
  }

  private List<Object> listed(EngineRest user, String filterName) {
    String filterId = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
    return user.getList("/filter/" + filterId + "/list?maxResults=1000").getBody().stream()
        .map(task -> task.get("id")).toList();
  }
}
