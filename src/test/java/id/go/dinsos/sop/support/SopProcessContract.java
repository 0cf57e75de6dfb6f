package id.go.dinsos.sop.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.dinsos.sop.support.StepTimers.StepTimer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The tests every SOP process test runs the same way, written once: each mutu baku timer of the diagram escalates a
 * late step, exactly the steps with a mutu baku have a timer, the forms follow the conventions, only the starter group
 * starts a case, and the diagram is drawn cleanly. An SOP test extends this class next to its own paths and
 * tells it only what is particular to its SOP: its steps, how a case starts and reaches a step, where the main path
 * ends, its forms and its starter group. The diagram is the one BPMN the class {@link Deployment deploys}. (A base
 * class, not an interface with default methods: the engine extension finds a test method's deployment only along
 * the superclasses.)
 */
public abstract class SopProcessContract<S extends SopStep> {

  /** The engine, mocks and helpers of the running test, opened before and closed after each test. */
  protected SopProcess sop;

  /** Registers the mocks and sets the clock for one test: {@code SopProcess.on(extension, now, nomorRegister)}. */
  protected abstract SopProcess openSop();

  @BeforeEach
  final void openSopProcess() {
    sop = openSop();
  }

  @AfterEach
  final void closeSopProcess() {
    sop.close();
  }

  /** Every step of the SOP that is a user task, each path in the order of its main path. */
  public abstract List<S> steps();

  /** The steps of the main path {@code step} is on, in order (the SOP's only one unless it has several). */
  public List<S> mainPathOf(S step) {
    return steps();
  }

  /** Starts a case as the start form does, checked up to its first task. */
  public abstract ProcessInstance start();

  /** Starts a case on the main path of {@code target} and completes every step before it with its main values. */
  public abstract ProcessInstance startAndCompleteUpTo(S target);

  /** Completes a step of the main path with its main values (a multi-instance step completes every instance). */
  public void complete(ProcessInstance kasus, S step) {
    sop.completeStep(kasus, step);
  }

  /**
   * Fires the step's timer while its task is open, checks and completes the escalation, then completes the late step.
   * A step with one task per person or unit overrides this to escalate the whole step.
   */
  public void escalateAndCompleteLateStep(ProcessInstance kasus, S step, StepTimer stepTimer) {
    Task escalation = sop.escalate(kasus, stepTimer);
    sop.completeEscalation(kasus, stepTimer, escalation);
    sop.completeLateStep(kasus, step);
  }

  /** The end event a case reaches when every step of the main path of {@code step} is completed. */
  public abstract String mainPathEnd(S step);

  /** The process definition key. */
  public abstract String processKey();

  /** The one group that may start a case. */
  public abstract String starterGroup();

  /** The {@code *Variables} class that names every form field. */
  public abstract Class<?> variablesClass();

  /** The Camunda Form of the start event. */
  public abstract String startFormId();

  /** The forms of the user tasks that are not steps (besides the escalation form), e.g. waiting for files. */
  public Set<String> otherFormIds() {
    return Set.of();
  }

  // ------------------------------------------------------------------ mutu baku

  @ParameterizedTest
  @ArgumentsSource(DeployedStepTimers.class)
  public void lateStepIsEscalatedToTheSupervisorWhileTheStepStaysOpen(StepTimer stepTimer) {
    S step = steps().stream().filter(candidate -> candidate.taskKey().equals(stepTimer.taskId())).findFirst()
        .orElseThrow(() -> new AssertionError("no step for task " + stepTimer.taskId()));
    assertThat(stepTimer.timerId()).isEqualTo(step.timerId());
    assertThat(stepTimer.duration()).as("mutu baku of %s", step.taskKey()).isEqualTo(step.mutuBaku());
    assertThat(stepTimer.escalationTaskId()).isEqualTo(step.escalationKey());
    assertThat(stepTimer.supervisorGroups()).containsExactly(step.supervisorGroup());
    ProcessInstance kasus = startAndCompleteUpTo(step);

    escalateAndCompleteLateStep(kasus, step, stepTimer);
    List<S> path = mainPathOf(step);
    path.subList(path.indexOf(step) + 1, path.size()).forEach(rest -> complete(kasus, rest));

    assertThat(kasus).isEnded().hasPassed(mainPathEnd(step));
    assertThat(sop.breaches()).hasSize(1);
  }

  @Test
  public void exactlyTheStepsWithAMutuBakuHaveATimer() {
    assertThat(StepTimers.of(diagram(getClass()))).extracting(StepTimer::taskId).containsExactlyInAnyOrder(
        steps().stream().filter(step -> step.mutuBaku() != null).map(SopStep::taskKey).toArray(String[]::new));
  }

  // ------------------------------------------------------------------ forms, starters, diagram

  @Test
  public void everyFormIsDeployedUnderItsIdAndEveryFieldIsAVariableNamedInTheVariablesClass() {
    Set<String> expected = new HashSet<>(Set.of(SopProcess.ESCALATION_FORM, startFormId()));
    expected.addAll(otherFormIds());
    steps().stream().map(SopStep::formId).forEach(expected::add);
    ProcessInstance kasus = start();
    assertThat(sop.startFormId(kasus)).as("start form").isEqualTo(startFormId());

    SopForms.assertDeployedFormsFollowConventions(sop.repositoryService(), sop.deploymentId(), variablesClass(),
        expected);
  }

  @Test
  public void onlyTheStarterGroupStartsACase() {
    assertThat(sop.starterGroups(processKey())).containsExactly(starterGroup());
  }

  @Test
  public void diagramDrawsEveryNodeInsideItsLaneWithoutOverlaps() {
    DiagramLayout.assertEveryNodeInsideItsLaneWithoutOverlaps(diagram(getClass()));
  }

  // ------------------------------------------------------------------ helpers

  /** The last value the case gave that variable, as its history keeps it (also after the case ended). */
  public Object historicValue(ProcessInstance kasus, String variableName) {
    return sop.historicValue(kasus, variableName);
  }

  /** The one BPMN resource the test class deploys. */
  public static String diagram(Class<?> testClass) {
    Deployment deployment = testClass.getAnnotation(Deployment.class);
    assertThat(deployment).as("@Deployment of %s", testClass.getSimpleName()).isNotNull();
    List<String> diagrams = Arrays.stream(deployment.resources()).filter(resource -> resource.endsWith(".bpmn"))
        .toList();
    assertThat(diagrams).as("diagrams deployed by %s", testClass.getSimpleName()).hasSize(1);
    return diagrams.get(0);
  }

  /** Every mutu baku timer of the diagram the test class deploys, read from the model. */
  public static final class DeployedStepTimers implements ArgumentsProvider {

    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
      return StepTimers.of(diagram(context.getRequiredTestClass())).stream().map(Arguments::of);
    }
  }
}
