package id.go.dinsos.sop.identity;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/** The offices sharing the deployment; each is a Camunda tenant whose id is also its folder under processes/. */
public enum Office {
  LAMANDAU("lamandau", "LMD", "Dinas Sosial Kabupaten Lamandau", ZoneId.of("Asia/Jakarta")),
  MAGETAN("magetan", "MGT", "Dinas Sosial Kabupaten Magetan", ZoneId.of("Asia/Jakarta")),
  TANAH_LAUT("tanah-laut", "TNL", "Dinas Sosial Kabupaten Tanah Laut", ZoneId.of("Asia/Makassar"));

  private final String tenantId;
  private final String code;
  private final String officeName;
  private final ZoneId zone;

  Office(String tenantId, String code, String officeName, ZoneId zone) {
    this.tenantId = tenantId;
    this.code = code;
    this.officeName = officeName;
    this.zone = zone;
  }

  public String tenantId() {
    return tenantId;
  }

  /** Short code used in register numbers. */
  public String code() {
    return code;
  }

  public String officeName() {
    return officeName;
  }

  public ZoneId zone() {
    return zone;
  }

  public static Optional<Office> byTenantId(String tenantId) {
    return Arrays.stream(values()).filter(o -> o.tenantId.equals(tenantId)).findFirst();
  }
}
