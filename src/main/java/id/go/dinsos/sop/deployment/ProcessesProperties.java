package id.go.dinsos.sop.deployment;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the BPMN files and forms live: one folder per office (tenant id), plus {@code common/}
 * whose forms every office uses.
 *
 * @param location the processes folder, relative to the working directory unless absolute
 */
@ConfigurationProperties("dinsos.processes")
public record ProcessesProperties(@DefaultValue("processes") Path location) {
}
