package id.go.dinsos.sop.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.dinsos.sop.document.DocumentDelegate;
import id.go.dinsos.sop.document.DocumentKind;
import id.go.dinsos.sop.register.CaseRegisterNumberIssuer;
import id.go.dinsos.sop.support.StepTimers.StepTimer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * What every SOP process test needs on the in-memory engine of {@link ProcessTestEngine}: the register issuer and
 * the SLA breach recorder mocked (the recorder mock reads the diagram the way the real one does and keeps what it
 * saw as {@link Breach}es), the clock fixed, and helpers that find, check and complete a step's task, fire a step's
 * mutu baku timer and check its escalation. Create one per test in {@code @BeforeEach}, close it in
 * {@code @AfterEach}.
 */
public final class SopProcess implements AutoCloseable {

  /** Bean names the diagrams resolve with {@code delegateExpression}. */
  public static final String REGISTER_ISSUER_BEAN = "caseRegisterNumberIssuer";
  public static final String SLA_RECORDER_BEAN = "slaBreachRecorder";
  /** The Camunda Form of every escalation task. */
  public static final String ESCALATION_FORM = "sla-tindak-lanjut";
  /** The field of {@link #ESCALATION_FORM}. */
  public static final String TINDAK_LANJUT_KETERLAMBATAN = "tindakLanjutKeterlambatan";

  /** What the escalation listener saw when an escalation task was created. */
  public record Breach(String escalationTask, String breachedElement, String timerDuration, Set<String> supervisors) {}

  private final ProcessEngineCoverageExtension extension;
  private final String nomorRegister;
  private final TaskListener slaBreachRecorder = mock(TaskListener.class);
  private final RecordingDocumentGenerator documentGenerator = new RecordingDocumentGenerator();
  private final List<Breach> breaches = new ArrayList<>();
  private final ObjectMapper json = new ObjectMapper();

  private SopProcess(ProcessEngineCoverageExtension extension, Date now, String nomorRegister) {
    this.extension = extension;
    this.nomorRegister = nomorRegister;
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(now);
    Mocks.register(REGISTER_ISSUER_BEAN, (JavaDelegate) execution -> {
      execution.setVariable(CaseRegisterNumberIssuer.NOMOR_REGISTER, nomorRegister);
      execution.setProcessBusinessKey(nomorRegister);
    });
    // reads the diagram the way the real SlaBreachRecorder does: the timer right before the escalation task
    doAnswer(invocation -> {
      DelegateTask escalation = invocation.getArgument(0);
      FlowNode timer = escalation.getBpmnModelElementInstance().getPreviousNodes().singleResult();
      String breached = timer instanceof BoundaryEvent boundary ? boundary.getAttachedTo().getId() : timer.getId();
      String duration = ((CatchEvent) timer).getEventDefinitions().stream()
          .filter(TimerEventDefinition.class::isInstance).map(TimerEventDefinition.class::cast)
          .findFirst().orElseThrow().getTimeDuration().getTextContent().trim();
      Set<String> supervisors = escalation.getCandidates().stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
          .map(IdentityLink::getGroupId).collect(Collectors.toSet());
      breaches.add(new Breach(escalation.getTaskDefinitionKey(), breached, duration, supervisors));
      return null;
    }).when(slaBreachRecorder).notify(any());
    Mocks.register(SLA_RECORDER_BEAN, slaBreachRecorder);
    Mocks.register(DocumentDelegate.BEAN_NAME, documentGenerator);
  }

  /** Mocks registered, clock set to {@code now}; the mocked issuer hands out {@code nomorRegister}. */
  public static SopProcess on(ProcessEngineCoverageExtension extension, Date now, String nomorRegister) {
    return new SopProcess(extension, now, nomorRegister);
  }

  @Override
  public void close() {
    Mocks.reset();
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  // ------------------------------------------------------------------ engine and mocks

  public RuntimeService runtimeService() {
    return extension.getRuntimeService();
  }

  public TaskService taskService() {
    return extension.getTaskService();
  }

  public ManagementService managementService() {
    return extension.getManagementService();
  }

  public HistoryService historyService() {
    return extension.getHistoryService();
  }

  public FormService formService() {
    return extension.getFormService();
  }

  public RepositoryService repositoryService() {
    return extension.getRepositoryService();
  }

  /** The deployment of the test method's {@code @Deployment}. */
  public String deploymentId() {
    return extension.getDeploymentId();
  }

  /** The register number the mocked issuer hands out. */
  public String nomorRegister() {
    return nomorRegister;
  }

  /** The mocked {@code ${slaBreachRecorder}}, for {@code verify}. */
  public TaskListener slaBreachRecorder() {
    return slaBreachRecorder;
  }

  /** The stand-in for {@code ${documentGenerator}}: which documents the steps issued. */
  public RecordingDocumentGenerator documentGenerator() {
    return documentGenerator;
  }

  /** The kinds of document the case issued so far, in order. */
  public List<DocumentKind> documentsIssued(ProcessInstance kasus) {
    return documentGenerator.kindsIssued(kasus.getId());
  }

  /** The breaches recorded so far, oldest first. */
  public List<Breach> breaches() {
    return Collections.unmodifiableList(breaches);
  }

  // ------------------------------------------------------------------ driving a case

  /** Starts a case and runs the asynchronous steps (documents) that follow at once. */
  public ProcessInstance start(String processKey, Map<String, Object> startFormValues) {
    ProcessInstance kasus = runtimeService().startProcessInstanceByKey(processKey, startFormValues);
    runAsynchronousSteps(kasus);
    return kasus;
  }

  /** Runs the case's waiting document steps as the job executor would ({@link AsyncSteps}). */
  public void runAsynchronousSteps(ProcessInstance kasus) {
    AsyncSteps.run(managementService(), kasus.getId());
  }

  /** Starts a case and completes every step before {@code target} (in the enum's order) with its main values. */
  public <S extends Enum<S> & SopStep> ProcessInstance startAndCompleteUpTo(Supplier<ProcessInstance> start,
      S target) {
    ProcessInstance kasus = start.get();
    for (S step : target.getDeclaringClass().getEnumConstants()) {
      if (step == target) {
        break;
      }
      completeStep(kasus, step);
    }
    currentTask(kasus, target.taskKey());
    return kasus;
  }

  public void completeStep(ProcessInstance kasus, SopStep step) {
    completeStep(kasus, step, step.formValues());
  }

  /**
   * Checks the open task of the step (candidate group, due date, form, mutu baku timer or none) and submits
   * {@code values} as its form.
   */
  public void completeStep(ProcessInstance kasus, SopStep step, Map<String, Object> values) {
    Task task = currentTask(kasus, step.taskKey());
    assertGroupAndDueDate(task, step.group(), step.mutuBaku());
    assertForm(task, step.formId());
    if (step.mutuBaku() != null) {
      Job timer = timer(kasus, step.timerId());
      assertThat(timer).as("mutu baku timer of %s", step.taskKey()).isNotNull();
      assertThat(timer.getDuedate()).isEqualTo(task.getDueDate());
    } else {
      assertThat(timersOn(kasus, step.taskKey())).as("no mutu baku, so no timer on %s", step.taskKey()).isEmpty();
    }
    taskService().complete(task.getId(), values);
    runAsynchronousSteps(kasus);
    if (step.timerId() != null) {
      assertThat(timer(kasus, step.timerId())).as("timer of %s removed with the step", step.taskKey()).isNull();
    }
  }

  /**
   * Completes a step whose mutu baku timer already fired: same checks as {@link #completeStep}, except that the
   * non-interrupting timer must be gone (it fires once).
   */
  public void completeLateStep(ProcessInstance kasus, SopStep step) {
    Task task = currentTask(kasus, step.taskKey());
    assertGroupAndDueDate(task, step.group(), step.mutuBaku());
    assertForm(task, step.formId());
    assertThat(timer(kasus, step.timerId())).as("timer of %s fired once", step.taskKey()).isNull();
    taskService().complete(task.getId(), step.formValues());
    runAsynchronousSteps(kasus);
  }

  /** The one open task of that step. */
  public Task currentTask(ProcessInstance kasus, String taskKey) {
    List<Task> tasks = taskService().createTaskQuery().processInstanceId(kasus.getId()).taskDefinitionKey(taskKey)
        .initializeFormKeys().list();
    assertThat(tasks).as("open task %s", taskKey).hasSize(1);
    return tasks.get(0);
  }

  /** The timer job waiting at that event, or null. */
  public Job timer(ProcessInstance kasus, String activityId) {
    return managementService().createJobQuery().processInstanceId(kasus.getId()).timers().activityId(activityId)
        .singleResult();
  }

  /** Timer jobs of the boundary events attached to that task. */
  private List<Job> timersOn(ProcessInstance kasus, String taskKey) {
    return repositoryService().getBpmnModelInstance(kasus.getProcessDefinitionId())
        .getModelElementsByType(BoundaryEvent.class).stream()
        .filter(boundary -> boundary.getAttachedTo().getId().equals(taskKey))
        .map(boundary -> timer(kasus, boundary.getId())).filter(Objects::nonNull).toList();
  }

  /** How often the case passed that activity. */
  public long passes(ProcessInstance kasus, String activityId) {
    return historyService().createHistoricActivityInstanceQuery().processInstanceId(kasus.getId())
        .activityId(activityId).count();
  }

  /** The last value the case gave that variable, as its history keeps it (also after the case ended). */
  public Object historicValue(ProcessInstance kasus, String variableName) {
    return historyService().createHistoricVariableInstanceQuery().processInstanceId(kasus.getId())
        .variableName(variableName).singleResult().getValue();
  }

  // ------------------------------------------------------------------ checks

  /** The task is offered to exactly that group, and due {@code isoDuration} after its creation (or not at all). */
  public void assertGroupAndDueDate(Task task, String group, String isoDuration) {
    assertThat(task).hasCandidateGroup(group);
    Set<String> groups = taskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId).collect(Collectors.toSet());
    assertThat(groups).as("candidate groups of %s", task.getTaskDefinitionKey()).containsExactly(group);
    if (isoDuration == null) {
      assertThat(task.getDueDate()).as("due date of %s", task.getTaskDefinitionKey()).isNull();
    } else {
      assertThat(task.getDueDate()).as("due date of %s", task.getTaskDefinitionKey())
          .isEqualTo(after(task.getCreateTime(), isoDuration));
    }
  }

  /** The task's form reference and the deployed form it resolves to. */
  public void assertForm(Task task, String formId) {
    assertThat(task.getCamundaFormRef()).as("form of %s", task.getTaskDefinitionKey()).isNotNull();
    assertThat(task.getCamundaFormRef().getKey()).isEqualTo(formId);
    assertThat(task.getCamundaFormRef().getBinding()).isEqualTo("latest");
    assertThat(readForm(formService().getDeployedTaskForm(task.getId())).path("id").asText()).isEqualTo(formId);
  }

  /** The id of the case's deployed start form. */
  public String startFormId(ProcessInstance kasus) {
    return readForm(formService().getDeployedStartForm(kasus.getProcessDefinitionId())).path("id").asText();
  }

  /** The groups that may start a case of the process ({@code camunda:candidateStarterGroups}). */
  public Set<String> starterGroups(String processKey) {
    String definitionId = repositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
        .singleResult().getId();
    return repositoryService().getIdentityLinksForProcessDefinition(definitionId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId).collect(Collectors.toSet());
  }

  public JsonNode readForm(InputStream in) {
    try (in) {
      return json.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** No open task and no job (timers, the service clock) left once the case ended. */
  public void assertNothingLeft(ProcessInstance kasus) {
    assertThat(taskService().createTaskQuery().processInstanceId(kasus.getId()).count()).as("open tasks").isZero();
    assertThat(managementService().createJobQuery().processInstanceId(kasus.getId()).count())
        .as("jobs, incl. timers").isZero();
  }

  // ------------------------------------------------------------------ mutu baku

  /**
   * {@code start} plus an ISO duration as the test engine's calendar adds it, weeks and months included ({@code P2W},
   * {@code P6M}: the mutu baku "2 minggu" and "6 bulan" of the cohort SOPs), which {@code java.time.Duration} cannot
   * parse.
   */
  public static Date after(Date start, String isoDuration) {
    try {
      return new DurationHelper(isoDuration, start).getDateAfter(start);
    } catch (Exception e) {
      throw new IllegalArgumentException("not an ISO duration: " + isoDuration, e);
    }
  }


  /** Moves the clock a minute past the timer's due date and fires it. */
  public void fire(Job timer) {
    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
    managementService().executeJob(timer.getId());
  }

  /**
   * Fires the step's mutu baku timer while its task is open and checks the escalation as the diagram states it: a
   * non-interrupting timer as long as the task's due date, due that long after the task was created, leading to an
   * escalation task for the supervisor group with the {@value #ESCALATION_FORM} form and no due date, one breach
   * recorded, the late task still open. Returns the escalation task.
   */
  public Task escalate(ProcessInstance kasus, StepTimer stepTimer) {
    assertThat(stepTimer.cancelActivity()).as("%s is non-interrupting", stepTimer.timerId()).isFalse();
    assertThat(stepTimer.taskDueDate()).as("due date of %s equals its timer", stepTimer.taskId())
        .isEqualTo(stepTimer.duration());
    assertThat(stepTimer.escalationTaskId()).as("escalation task after %s", stepTimer.timerId()).isNotNull();
    assertThat(stepTimer.breachRecorded()).as("%s has the slaBreachRecorder create listener",
        stepTimer.escalationTaskId()).isTrue();
    assertThat(stepTimer.escalationFormRef()).isEqualTo(ESCALATION_FORM);
    assertThat(stepTimer.supervisorGroups()).as("one supervisor group").hasSize(1);
    String supervisor = stepTimer.supervisorGroups().iterator().next();

    Task late = currentTask(kasus, stepTimer.taskId());
    Job timer = timer(kasus, stepTimer.timerId());
    assertThat(timer).as("timer %s", stepTimer.timerId()).isNotNull();
    assertThat(timer.getDuedate()).as("timer of %s", stepTimer.taskId())
        .isEqualTo(after(late.getCreateTime(), stepTimer.duration()));
    int before = breaches.size();

    fire(timer);

    Task escalation = currentTask(kasus, stepTimer.escalationTaskId());
    assertGroupAndDueDate(escalation, supervisor, null);
    assertForm(escalation, ESCALATION_FORM);
    assertThat(taskService().createTaskQuery().taskId(late.getId()).count()).as("late step stays open").isOne();
    assertThat(breaches.subList(before, breaches.size())).as("breach recorded").containsExactly(
        new Breach(stepTimer.escalationTaskId(), stepTimer.taskId(), stepTimer.duration(), Set.of(supervisor)));
    return escalation;
  }

  /**
   * Completes the escalation task and checks that only the escalation branch ended: the late step is still the
   * same open task and its non-interrupting timer does not fire again.
   */
  public void completeEscalation(ProcessInstance kasus, StepTimer stepTimer, Task escalation) {
    String lateTaskId = currentTask(kasus, stepTimer.taskId()).getId();
    taskService().complete(escalation.getId(),
        Map.of(TINDAK_LANJUT_KETERLAMBATAN, "Sudah ditegur, dikerjakan hari ini."));
    assertThat(kasus).isNotEnded().hasPassed(stepTimer.escalationTaskId());
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(kasus.getId())
        .activityType("noneEndEvent").finished().count()).as("only the escalation branch ended").isOne();
    assertThat(currentTask(kasus, stepTimer.taskId()).getId()).isEqualTo(lateTaskId);
    assertThat(timer(kasus, stepTimer.timerId())).as("a non-interrupting timer fires once").isNull();
  }
}
