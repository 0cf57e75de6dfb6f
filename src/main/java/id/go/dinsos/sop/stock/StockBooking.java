package id.go.dinsos.sop.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Who books a movement and for which case: the office (tenant), the process instance and its business key, the
 * user and the moment; {@code today} in the office's time zone decides which batches have expired.
 */
public record StockBooking(String tenantId, String processInstanceId, String businessKey, String recordedBy,
    Instant recordedAt, ZoneId zone) {

  public LocalDate today() {
    return recordedAt.atZone(zone).toLocalDate();
  }
}
