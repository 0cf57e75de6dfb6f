package id.go.dinsos.sop.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;

/**
 * The diagram as an administrator sees it in the Modeler: every flow node and sequence flow drawn, every node drawn
 * inside the lane it belongs to, and no two nodes drawn on top of each other (a timer sits on its task's border).
 */
public final class DiagramLayout {

  private DiagramLayout() {
  }

  public static void assertEveryNodeInsideItsLaneWithoutOverlaps(String bpmnResource) {
    BpmnModelInstance model = StepTimers.read(bpmnResource);
    Map<String, Bounds> shapes = model.getModelElementsByType(BpmnShape.class).stream()
        .collect(Collectors.toMap(shape -> shape.getBpmnElement().getId(), BpmnShape::getBounds));
    Collection<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .map(edge -> edge.getBpmnElement().getId()).toList();
    List<String> problems = new ArrayList<>();
    Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
    Map<String, Lane> laneOf = model.getModelElementsByType(Lane.class).stream()
        .flatMap(lane -> lane.getFlowNodeRefs().stream().map(node -> Map.entry(node.getId(), lane)))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    for (FlowNode node : nodes) {
      Bounds bounds = shapes.get(node.getId());
      Lane lane = laneOf.get(node.getId());
      if (bounds == null) {
        problems.add(node.getId() + " is not drawn");
      } else if (lane == null) {
        problems.add(node.getId() + " is in no lane");
      } else if (!inside(bounds, shapes.get(lane.getId()))) {
        problems.add(node.getId() + " is drawn outside its lane " + lane.getId());
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!edges.contains(flow.getId())) {
        problems.add(flow.getId() + " is not drawn");
      }
    }
    List<FlowNode> drawn = nodes.stream().filter(node -> shapes.containsKey(node.getId())).toList();
    Function<BaseElement, String> attachedTo = element -> element instanceof BoundaryEvent boundary
        ? boundary.getAttachedTo().getId() : null;
    for (int i = 0; i < drawn.size(); i++) {
      for (int j = i + 1; j < drawn.size(); j++) {
        FlowNode a = drawn.get(i);
        FlowNode b = drawn.get(j);
        if (a.getId().equals(attachedTo.apply(b)) || b.getId().equals(attachedTo.apply(a))) {
          continue;
        }
        if (overlap(shapes.get(a.getId()), shapes.get(b.getId()))) {
          problems.add(a.getId() + " overlaps " + b.getId());
        }
      }
    }
    assertThat(problems).as("layout of %s", bpmnResource).isEmpty();
  }

  private static boolean inside(Bounds inner, Bounds outer) {
    return inner.getX() >= outer.getX() && inner.getY() >= outer.getY()
        && inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
        && inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
  }

  private static boolean overlap(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
  }
}
