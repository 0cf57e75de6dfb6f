package id.go.dinsos.sop.process.lapkin;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The units of each office that report their performance for the LAPKIN (langkah 4: one filled format per bidang
 * and the sekretariat), in the order the LAPKIN lists them.
 *
 * @param unitKerja per tenant id, the unit names ({@code dinsos.lapkin.unit-kerja.tanah-laut[0]=Sekretariat}, ...)
 */
@ConfigurationProperties("dinsos.lapkin")
public record LapkinProperties(Map<String, List<String>> unitKerja) {

  public LapkinProperties {
    unitKerja = unitKerja == null ? Map.of() : Map.copyOf(unitKerja);
  }
}
