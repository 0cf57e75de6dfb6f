package id.go.dinsos.sop.identity;

import java.util.EnumSet;
import java.util.Set;

/** The roles of the SOP catalog; each is a Camunda group whose id is used as candidate group in the BPMN. */
public enum Role {
  STAF("staf", "Staf Pelaksana"),
  PEKSOS("peksos", "Pekerja Sosial"),
  TKSK("tksk", "Tenaga Kesejahteraan Sosial Kecamatan"),
  PENDAMPING_REHSOS("pendamping-rehsos", "Pendamping Rehabilitasi Sosial"),
  FO_SLRT("fo-slrt", "Front Office SLRT"),
  FASILITATOR_SLRT("fasilitator-slrt", "Fasilitator SLRT / Puskesos"),
  KASI("kasi", "Kepala Seksi"),
  KABID("kabid", "Kepala Bidang"),
  KADIS("kadis", "Kepala Dinas"),
  SEKRETARIS("sekretaris", "Sekretaris Dinas"),
  KASUBBAG("kasubbag", "Kepala Sub Bagian"),
  PANTI("panti", "Petugas Panti / Balai / UPT");

  /** Roles that supervise their office's cases in Cockpit. */
  public static final Set<Role> SUPERVISORS = EnumSet.of(KASI, KABID, KADIS);

  private final String groupId;
  private final String label;

  Role(String groupId, String label) {
    this.groupId = groupId;
    this.label = label;
  }

  public String groupId() {
    return groupId;
  }

  public String label() {
    return label;
  }

  public boolean supervises() {
    return SUPERVISORS.contains(this);
  }
}
