package id.go.dinsos.sop.process.lapkin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The collection of langkah 4 ({@code camunda:collection="${lapkinUnitKerja.of(execution)}"}): the units of the
 * case's office, from {@link LapkinProperties}. The multi-instance body is asynchronous, so a missing or broken
 * configuration becomes an incident with the message below instead of failing the staff's langkah 3.
 */
@Component("lapkinUnitKerja")
public class LapkinUnitKerja {

  private final LapkinProperties properties;

  public LapkinUnitKerja(LapkinProperties properties) {
    this.properties = properties;
  }

  public List<String> of(DelegateExecution execution) {
    String tenantId = execution.getTenantId();
    List<String> units = tenantId == null ? List.of()
        : properties.unitKerja().getOrDefault(tenantId, List.of()).stream().map(String::strip).toList();
    String setting = "dinsos.lapkin.unit-kerja." + tenantId;
    if (units.isEmpty()) {
      throw new ProcessEngineException("Unit kerja LAPKIN untuk kantor " + tenantId + " belum dikonfigurasi ("
          + setting + ")");
    }
    Set<String> seen = new HashSet<>();
    for (String unit : units) {
      if (unit.isEmpty() || !seen.add(unit)) {
        throw new ProcessEngineException("Unit kerja LAPKIN kantor " + tenantId + " harus bernama dan berbeda satu"
            + " sama lain (" + setting + "): '" + unit + "'");
      }
    }
    return units;
  }
}
