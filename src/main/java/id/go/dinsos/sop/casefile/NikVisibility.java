package id.go.dinsos.sop.casefile;

import id.go.dinsos.sop.identity.Role;
import id.go.dinsos.sop.nik.Nik;
import id.go.dinsos.sop.web.EngineUser;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who sees a person's whole NIK: the roles that register people and check their papers against it (staf,
 * peksos, front office, kasi). Everyone else — supervisors above the kasi, pendamping, panti, administrators —
 * sees it masked.
 */
final class NikVisibility {

  static final Set<Role> FULL_NIK = EnumSet.of(Role.STAF, Role.PEKSOS, Role.FO_SLRT, Role.KASI);

  private NikVisibility() {}

  static boolean seesFullNik(EngineUser user) {
    return FULL_NIK.stream().map(Role::groupId).anyMatch(user.groupIds()::contains);
  }

  static String shown(EngineUser user, String nik) {
    if (nik == null || nik.isBlank()) {
      return "";
    }
    return seesFullNik(user) ? nik : Nik.mask(nik);
  }
}
