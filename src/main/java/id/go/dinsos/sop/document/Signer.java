package id.go.dinsos.sop.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The official who signs a kind of document: name with titles, position (jabatan), rank (pangkat /
 * golongan) and NIP; {@code atasNama} is set when the official signs on behalf of another ("a.n.").
 */
public record Signer(String nama, String jabatan, String pangkat, String nip, String atasNama) {

  /** The labels of the parts a signature block cannot go without that are missing. */
  List<String> missingParts() {
    List<String> missing = new ArrayList<>();
    if (Letterhead.isBlank(nama)) {
      missing.add("nama");
    }
    if (Letterhead.isBlank(jabatan)) {
      missing.add("jabatan");
    }
    if (Letterhead.isBlank(nip)) {
      missing.add("NIP");
    }
    return missing;
  }
}
