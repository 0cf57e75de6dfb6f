package id.go.dinsos.sop.process.lapkin;

import static id.go.dinsos.sop.process.lapkin.LapkinVariables.CAPAIAN_KINERJA;
import static id.go.dinsos.sop.process.lapkin.LapkinVariables.CAPAIAN_KINERJA_UNIT;
import static id.go.dinsos.sop.process.lapkin.LapkinVariables.FORMAT_KINERJA_UNIT;
import static id.go.dinsos.sop.process.lapkin.LapkinVariables.KENDALA;
import static id.go.dinsos.sop.process.lapkin.LapkinVariables.KENDALA_UNIT;
import static id.go.dinsos.sop.process.lapkin.LapkinVariables.UNIT_KERJA;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * Task listener of langkah 4 ({@code ${lapkinUnitFormat}}), one task per unit in parallel. On create it names the
 * task after its unit, so each Kepala Bidang finds theirs in Tasklist. On complete it keeps the unit's filled format
 * with the case, keyed by unit ({@link LapkinVariables#FORMAT_KINERJA_UNIT}, a JSON file: no length limit), and joins
 * all formats received so far, in the configured order of the units, into the LAPKIN's {@code capaianKinerja} and
 * {@code kendala} for the Kasubbag's analysis (langkah 5).
 */
@Component("lapkinUnitFormat")
public class LapkinUnitFormat implements TaskListener {

  /** What a String process variable holds at most (the engine's column). */
  static final int MAX_TEXT = 4000;
  private static final String LOOP_COUNTER = "loopCounter";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, UnitFormat>> FORMATS = new TypeReference<>() { };

  /** One unit's filled format; {@code urutan} is the unit's place in the configured order. */
  public record UnitFormat(int urutan, String capaianKinerja, String kendala) {}

  @Override
  public void notify(DelegateTask task) {
    String unit = (String) task.getVariable(UNIT_KERJA);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setName(task.getName() + ": " + unit);
      return;
    }
    DelegateExecution processInstance = task.getExecution().getProcessInstance();
    Map<String, UnitFormat> formats = read(processInstance.getVariableTyped(FORMAT_KINERJA_UNIT));
    formats.put(unit, new UnitFormat(((Number) task.getVariable(LOOP_COUNTER)).intValue(),
        text(task.getVariable(CAPAIAN_KINERJA_UNIT)), text(task.getVariable(KENDALA_UNIT))));

    String capaian = formats.values().stream().sorted(Comparator.comparingInt(UnitFormat::urutan))
        .map(UnitFormat::capaianKinerja).filter(rows -> !rows.isEmpty()).collect(Collectors.joining("\n"));
    String kendala = formats.entrySet().stream()
        .sorted(Comparator.comparingInt(entry -> entry.getValue().urutan()))
        .filter(entry -> !entry.getValue().kendala().isEmpty())
        .map(entry -> entry.getKey() + ": " + entry.getValue().kendala()).collect(Collectors.joining("\n"));
    if (capaian.length() > MAX_TEXT || kendala.length() > MAX_TEXT) {
      throw new ProcessEngineException("Gabungan format kinerja seluruh unit melebihi " + MAX_TEXT
          + " karakter: ringkas capaian kinerja atau kendala unit " + unit);
    }
    processInstance.setVariable(FORMAT_KINERJA_UNIT, Variables.fileValue("format-kinerja-unit.json")
        .file(write(formats)).mimeType("application/json").encoding(StandardCharsets.UTF_8).create());
    processInstance.setVariable(CAPAIAN_KINERJA, capaian);
    processInstance.setVariable(KENDALA, kendala);
  }

  /** The formats kept in {@link LapkinVariables#FORMAT_KINERJA_UNIT}, by unit (empty before the first unit). */
  public static Map<String, UnitFormat> read(FileValue file) {
    if (file == null || file.getValue() == null) {
      return new LinkedHashMap<>();
    }
    try (InputStream in = file.getValue()) {
      return JSON.readValue(in, FORMATS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] write(Map<String, UnitFormat> formats) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(formats);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().strip();
  }
}
