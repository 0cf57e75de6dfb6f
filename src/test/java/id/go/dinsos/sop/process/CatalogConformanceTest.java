package id.go.dinsos.sop.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Holds every diagram under {@code processes/} against its table in {@code docs/sop-catalog.md}, so the diagrams and
 * the catalog cannot drift apart unnoticed when an administrator edits one of them: each catalog step is a user task
 * documented "Langkah N SOP" offered to the group of the catalog's role (each role of a chain such as
 * "kasi → kabid → kadis" or "kadis, then kabid" has a task of that step; for "recorded by X" it is X's group), and
 * where the catalog gives a WAKTU, that task's due date and its boundary timer are that duration (a range uses its
 * upper bound); where it gives none, the step's tasks have neither. The catalog's *(inferred)* marks stay in the
 * step's documentation. Each step is its own test, named after the SOP and the step, so a failure says which step
 * drifted and how.
 */
class CatalogConformanceTest {

  static final Path CATALOG = Path.of("docs/sop-catalog.md");
  static final Path PROCESSES = Path.of("processes");

  // ------------------------------------------------------------------ the catalog

  /** One row of an SOP's table. */
  record CatalogStep(int number, String kegiatan, String role, String waktu) {

    /** The groups that must each have a task of this step. */
    List<String> groups(Collection<String> knownGroups) {
      return rolesOf(role, knownGroups);
    }

    boolean inferred() {
      return role.contains("(inferred");
    }
  }

  /** One SOP of the catalog: letter, process id, title, whether all its roles are inferred, and its steps. */
  record CatalogSop(String letter, String key, String title, boolean allRolesInferred, List<CatalogStep> steps) {

    @Override
    public String toString() {
      return "SOP " + letter + " " + key;
    }
  }

  record Catalog(Set<String> groups, Set<String> tenants, List<CatalogSop> sops) {}

  private static final Pattern SOP_HEADING = Pattern.compile("^## ([A-Z])\\. `([a-z0-9-]+)` — (.*)$");
  private static final Pattern BACKTICKED_FIRST_CELL = Pattern.compile("^\\|\\s*`([a-z0-9-]+)`\\s*\\|");

  static Catalog readCatalog() {
    List<String> lines;
    try {
      lines = Files.readAllLines(CATALOG, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> groups = new LinkedHashSet<>();
    Set<String> tenants = new LinkedHashSet<>();
    List<CatalogSop> sops = new ArrayList<>();
    String section = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("## ")) {
        section = line;
      }
      Matcher firstCell = BACKTICKED_FIRST_CELL.matcher(line);
      if (firstCell.find()) {
        if (section.startsWith("## Roles")) {
          groups.add(firstCell.group(1));
        } else if (section.startsWith("## Tenants")) {
          tenants.add(firstCell.group(1));
        }
      }
      Matcher heading = SOP_HEADING.matcher(line);
      if (heading.matches()) {
        StringBuilder preamble = new StringBuilder();
        int j = i + 1;
        while (j < lines.size() && !lines.get(j).startsWith("| #")) {
          preamble.append(lines.get(j)).append('\n');
          j++;
        }
        List<String> header = cells(lines.get(j));
        int kegiatan = header.indexOf("kegiatan");
        int role = header.indexOf("role");
        int waktu = header.indexOf("waktu");
        List<CatalogStep> steps = new ArrayList<>();
        for (j = j + 2; j < lines.size() && lines.get(j).startsWith("|"); j++) {
          List<String> row = cells(lines.get(j));
          steps.add(new CatalogStep(Integer.parseInt(row.get(0)), row.get(kegiatan), row.get(role), row.get(waktu)));
        }
        sops.add(new CatalogSop(heading.group(1), heading.group(2), heading.group(3),
            preamble.toString().contains("*(inferred)*"), steps));
        i = j - 1;
      }
    }
    return new Catalog(groups, tenants, sops);
  }

  private static List<String> cells(String row) {
    String inner = row.trim();
    inner = inner.substring(1, inner.length() - 1);
    return Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList();
  }

  /**
   * The groups named in a role cell, in order: "kadis, then kabid" and "kasi → kabid → kadis" name several, "Pelapor
   * lane, recorded by peksos" names the recording group. Notes in parentheses ("(Klien lane)", "*(inferred)*",
   * "(signs)") and parties that only accompany the step ("with panti") are not roles of their own.
   */
  static List<String> rolesOf(String roleCell, Collection<String> knownGroups) {
    String cell = roleCell.replaceAll(",?\\s*with [a-z-]+", "").replaceAll("\\([^)]*\\)", " ");
    Pattern group = Pattern.compile("(?<![\\w-])(" + knownGroups.stream().map(Pattern::quote)
        .collect(Collectors.joining("|")) + ")(?![\\w-])");
    Set<String> roles = new LinkedHashSet<>();
    Matcher matcher = group.matcher(cell);
    while (matcher.find()) {
      roles.add(matcher.group(1));
    }
    return List.copyOf(roles);
  }

  private static final Pattern WAKTU =
      Pattern.compile("^(\\d+)(?:\\s*(?:-|–|s/d)\\s*(\\d+))?\\s*(menit|jam|hari|minggu|bulan)$");

  /** The catalog's WAKTU as the ISO duration the diagram uses ("3-4 hari" → {@code P4D}); empty for "—". */
  static Optional<String> isoDuration(String waktu) {
    String text = waktu.trim().toLowerCase();
    if (text.isEmpty() || text.equals("—") || text.equals("-")) {
      return Optional.empty();
    }
    Matcher matcher = WAKTU.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("WAKTU tidak terbaca: '" + waktu + "'");
    }
    String amount = matcher.group(2) != null ? matcher.group(2) : matcher.group(1);
    return Optional.of(switch (matcher.group(3)) {
      case "menit" -> "PT" + amount + "M";
      case "jam" -> "PT" + amount + "H";
      case "hari" -> "P" + amount + "D";
      case "minggu" -> "P" + amount + "W";
      default -> "P" + amount + "M";
    });
  }

  /** Equal durations written differently ({@code PT60M} and {@code PT1H}) count as equal. */
  static boolean sameDuration(String expected, String actual) {
    if (actual == null) {
      return false;
    }
    String a = actual.trim().toUpperCase();
    if (expected.startsWith("PT") && a.startsWith("PT")) {
      try {
        return Duration.parse(expected).equals(Duration.parse(a));
      } catch (RuntimeException e) {
        return false;
      }
    }
    return expected.equals(a);
  }

  // ------------------------------------------------------------------ the diagrams

  private static final Pattern LANGKAH = Pattern.compile("^Langkah (\\d+) SOP\\b");

  /** Where the SOP's diagram lives, if it has been encoded yet. */
  static Optional<Path> bpmnOf(CatalogSop sop) {
    try (Stream<Path> files = Files.walk(PROCESSES)) {
      return files.filter(file -> file.getFileName().toString().equals(sop.key() + ".bpmn")).findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The user tasks of the SOP's steps by step number; escalation tasks (right after a timer) do not count. */
  static Map<Integer, List<UserTask>> stepTasks(BpmnModelInstance model) {
    Map<Integer, List<UserTask>> byStep = new TreeMap<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (followsTimer(task)) {
        continue;
      }
      Matcher matcher = LANGKAH.matcher(documentation(task));
      if (matcher.find()) {
        byStep.computeIfAbsent(Integer.parseInt(matcher.group(1)), n -> new ArrayList<>()).add(task);
      }
    }
    return byStep;
  }

  private static boolean followsTimer(FlowNode node) {
    return node.getPreviousNodes().list().stream().anyMatch(previous -> previous instanceof CatchEvent event
        && event.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance));
  }

  static String documentation(FlowNode node) {
    return node.getDocumentations().stream().map(Documentation::getTextContent).findFirst().orElse("").trim();
  }

  static Set<String> groupsOf(UserTask task) {
    String groups = task.getCamundaCandidateGroups();
    return groups == null ? Set.of() : Arrays.stream(groups.split(",")).map(String::trim)
        .filter(g -> !g.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The durations of the timer boundary events on the task. */
  static List<String> timersOn(BpmnModelInstance model, UserTask task) {
    return model.getModelElementsByType(BoundaryEvent.class).stream()
        .filter(boundary -> boundary.getAttachedTo() == task)
        .flatMap(boundary -> boundary.getEventDefinitions().stream())
        .filter(TimerEventDefinition.class::isInstance).map(TimerEventDefinition.class::cast)
        .map(timer -> timer.getTimeDuration() == null ? "(no timeDuration)" : timer.getTimeDuration()
            .getTextContent().trim())
        .toList();
  }

  /** What is wrong with one catalog step in the diagram, as sentences naming the task and the values; empty if fine. */
  static List<String> drift(CatalogSop sop, CatalogStep step, BpmnModelInstance model, Collection<String> knownGroups) {
    List<String> problems = new ArrayList<>();
    List<UserTask> tasks = stepTasks(model).getOrDefault(step.number(), List.of());
    List<String> roles = step.groups(knownGroups);
    Optional<String> duration;
    try {
      duration = isoDuration(step.waktu());
    } catch (IllegalArgumentException e) {
      return List.of(e.getMessage());
    }
    if (roles.isEmpty()) {
      problems.add("the catalog's role '" + step.role() + "' names no known group");
    }
    if (tasks.isEmpty()) {
      problems.add("no user task is documented \"Langkah " + step.number() + " SOP\"");
      return problems;
    }
    for (UserTask task : tasks) {
      Set<String> others = new LinkedHashSet<>(groupsOf(task));
      others.removeAll(roles);
      if (groupsOf(task).isEmpty() || !others.isEmpty()) {
        problems.add("task " + task.getId() + " is offered to " + groupsOf(task) + ", the catalog's role is '"
            + step.role() + "' " + roles);
      }
      if ((step.inferred() || sop.allRolesInferred()) && !documentation(task).contains("(inferred")) {
        problems.add("documentation of task " + task.getId() + " lost the catalog's *(inferred)* mark");
      }
    }
    for (String role : roles) {
      List<UserTask> ofRole = tasks.stream().filter(task -> groupsOf(task).contains(role)).toList();
      if (ofRole.isEmpty()) {
        problems.add("no task for role " + role + " (the step's tasks: " + tasks.stream()
            .map(task -> task.getId() + groupsOf(task)).toList() + ")");
        continue;
      }
      for (UserTask task : ofRole) {
        String dueDate = task.getCamundaDueDate();
        List<String> timers = timersOn(model, task);
        if (duration.isEmpty()) {
          if (dueDate != null || !timers.isEmpty()) {
            problems.add("the catalog gives no WAKTU, but task " + task.getId() + " (" + role + ") has due date "
                + dueDate + " and timers " + timers);
          }
          continue;
        }
        if (dueDate == null && timers.isEmpty()) {
          continue; // e.g. waiting for the applicant: no mutu baku while the step is outside the office
        }
        String expected = duration.get();
        if (!sameDuration(expected, dueDate)) {
          problems.add("task " + task.getId() + " (" + role + ") has due date " + dueDate + ", the catalog's WAKTU '"
              + step.waktu() + "' is " + expected);
        }
        if (timers.size() != 1 || !sameDuration(expected, timers.get(0))) {
          problems.add("task " + task.getId() + " (" + role + ") has boundary timer(s) " + timers
              + ", the catalog's WAKTU '" + step.waktu() + "' is " + expected);
        }
      }
      if (duration.isPresent() && ofRole.stream().noneMatch(task -> sameDuration(duration.get(),
          task.getCamundaDueDate()))) {
        problems.add("no task of role " + role + " carries the mutu baku " + duration.get() + " ('" + step.waktu()
            + "'): " + ofRole.stream().map(task -> task.getId() + " due " + task.getCamundaDueDate()).toList());
      }
    }
    return problems;
  }

  /** What is wrong with the diagram as a whole: where it lives, its process id, steps the catalog does not have. */
  static List<String> sopDrift(CatalogSop sop, Path bpmn, BpmnModelInstance model, Collection<String> tenants) {
    List<String> problems = new ArrayList<>();
    String folder = bpmn.getParent().getFileName().toString();
    if (!tenants.contains(folder) || !sop.key().startsWith(folder + "-")) {
      problems.add(bpmn + " is not in the folder of its office (processes/<tenant>/, tenant = prefix of "
          + sop.key() + ")");
    }
    List<String> processIds = model.getModelElementsByType(Process.class).stream().map(Process::getId).toList();
    if (!processIds.equals(List.of(sop.key()))) {
      problems.add(bpmn + " holds processes " + processIds + ", expected exactly " + sop.key());
    }
    Set<Integer> numbers = sop.steps().stream().map(CatalogStep::number).collect(Collectors.toSet());
    stepTasks(model).forEach((number, tasks) -> {
      if (!numbers.contains(number)) {
        problems.add("tasks " + tasks.stream().map(UserTask::getId).toList() + " are documented \"Langkah " + number
            + " SOP\", a step the catalog does not have");
      }
    });
    return problems;
  }

  // ------------------------------------------------------------------ tests

  @TestFactory
  Stream<DynamicNode> everyEncodedSopFollowsItsCatalogTable() {
    Catalog catalog = readCatalog();
    return catalog.sops().stream().flatMap(sop -> bpmnOf(sop).stream().map(bpmn -> {
      BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
      Stream<DynamicNode> whole = Stream.of(dynamicTest(sop + ": file and process id", () ->
          assertThat(sopDrift(sop, bpmn, model, catalog.tenants())).as("%s (%s)", sop, bpmn).isEmpty()));
      Stream<DynamicNode> steps = sop.steps().stream().map(step -> dynamicTest(
          "Langkah " + step.number() + ": " + step.kegiatan(), () ->
              assertThat(drift(sop, step, model, catalog.groups()))
                  .as("%s, langkah %d \"%s\" (role '%s', waktu '%s') in %s", sop, step.number(), step.kegiatan(),
                      step.role(), step.waktu(), bpmn)
                  .isEmpty()));
      return dynamicContainer(sop + " — " + bpmn, Stream.concat(whole, steps));
    }));
  }

  @Test
  void catalogIsReadCompletelyAndTheEncodedSopsAreAmongIt() {
    Catalog catalog = readCatalog();

    assertThat(catalog.groups()).containsExactly("staf", "peksos", "tksk", "pendamping-rehsos", "fo-slrt",
        "fasilitator-slrt", "kasi", "kabid", "kadis", "sekretaris", "kasubbag", "panti");
    assertThat(catalog.tenants()).containsExactly("lamandau", "magetan", "tanah-laut");
    assertThat(catalog.sops()).extracting(CatalogSop::letter).containsExactly("A", "B", "C", "D", "E", "F", "G", "H");
    assertThat(catalog.sops()).extracting(sop -> sop.steps().size()).containsExactly(17, 8, 7, 9, 25, 7, 7, 11);
    for (CatalogSop sop : catalog.sops()) {
      for (CatalogStep step : sop.steps()) {
        assertThat(step.groups(catalog.groups())).as("%s langkah %d role '%s'", sop, step.number(), step.role())
            .isNotEmpty();
        isoDuration(step.waktu());
      }
      assertThat(sop.steps()).extracting(CatalogStep::number).as("%s numbered 1..n", sop)
          .isEqualTo(Stream.iterate(1, n -> n + 1).limit(sop.steps().size()).toList());
    }
    assertThat(catalog.sops().stream().filter(sop -> bpmnOf(sop).isPresent()).map(CatalogSop::key))
        .as("encoded SOPs the conformance test checks")
        .contains("magetan-anjal-at", "lamandau-lansia-panti-jompo", "tanah-laut-bantuan-orang-terlantar");
    assertThat(catalog.sops().stream().filter(sop -> sop.allRolesInferred()).map(CatalogSop::letter))
        .containsExactly("E", "H");
  }

  @Test
  void waktuBecomesTheIsoDurationOfItsUpperBound() {
    assertThat(isoDuration("30 menit")).contains("PT30M");
    assertThat(isoDuration("2 jam")).contains("PT2H");
    assertThat(isoDuration("1 hari")).contains("P1D");
    assertThat(isoDuration("2 minggu")).contains("P2W");
    assertThat(isoDuration("6 bulan")).contains("P6M");
    assertThat(isoDuration("3-4 hari")).contains("P4D");
    assertThat(isoDuration("6-10 jam")).contains("PT10H");
    assertThat(isoDuration("3 s/d 6 jam")).contains("PT6H");
    assertThat(isoDuration("—")).isEmpty();
    assertThat(sameDuration("PT60M", "PT1H")).isTrue();
    assertThat(sameDuration("P2W", "P10D")).as("weeks are written as weeks").isFalse();
  }

  @Test
  void roleCellsNameEachRoleOfAChainAndTheRecordingGroup() {
    Set<String> groups = readCatalog().groups();
    assertThat(rolesOf("kadis, then kabid", groups)).containsExactly("kadis", "kabid");
    assertThat(rolesOf("kasi → kabid → kadis (signs)", groups)).containsExactly("kasi", "kabid", "kadis");
    assertThat(rolesOf("Pelapor lane, recorded by peksos", groups)).containsExactly("peksos");
    assertThat(rolesOf("recorded by staf", groups)).containsExactly("staf");
    assertThat(rolesOf("fo-slrt (Pemohon lane)", groups)).containsExactly("fo-slrt");
    assertThat(rolesOf("kasi, approved kabid *(inferred)*", groups)).containsExactly("kasi", "kabid");
    assertThat(rolesOf("staf *(inferred)*, with panti", groups)).containsExactly("staf");
    assertThat(rolesOf("pendamping-rehsos (Klien lane)", groups)).containsExactly("pendamping-rehsos");
  }

  @Test
  void aDiagramEditedAwayFromTheCatalogIsReportedWithTheStepThatDrifted() {
    Catalog catalog = readCatalog();
    CatalogSop sop = catalog.sops().stream().filter(s -> s.key().equals("lamandau-lansia-panti-jompo"))
        .findFirst().orElseThrow();
    BpmnModelInstance model = Bpmn.readModelFromFile(bpmnOf(sop).orElseThrow().toFile());
    // an administrator gives the Kabid's review 10 minutes and hands the recommendation to the staff
    UserTask telaah = model.getModelElementById("TelaahKabid");
    telaah.setCamundaDueDate("PT10M");
    UserTask penyerahan = model.getModelElementById("PenyerahanRekomendasi");
    penyerahan.setCamundaCandidateGroups("staf");

    assertThat(drift(sop, sop.steps().get(3), model, catalog.groups())).containsExactly(
        "task TelaahKabid (kabid) has due date PT10M, the catalog's WAKTU '5 menit' is PT5M",
        "no task of role kabid carries the mutu baku PT5M ('5 menit'): [TelaahKabid due PT10M]");
    assertThat(drift(sop, sop.steps().get(5), model, catalog.groups())).containsExactly(
        "task PenyerahanRekomendasi is offered to [staf], the catalog's role is 'kasi' [kasi]",
        "no task for role kasi (the step's tasks: [PenyerahanRekomendasi[staf]])");
    assertThat(drift(sop, sop.steps().get(0), model, catalog.groups())).as("other steps unaffected").isEmpty();
  }
}
