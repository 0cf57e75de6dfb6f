package id.go.dinsos.sop.casefile;

import java.time.Instant;

/** A person in an office's registry; {@code mergedInto} is set once they were merged into another person. */
public record Beneficiary(String id, String tenantId, PersonDetails details, String createdBy, Instant createdAt,
    String mergedInto) {

  public String nik() {
    return details.nik();
  }

  public String name() {
    return details.name();
  }
}
