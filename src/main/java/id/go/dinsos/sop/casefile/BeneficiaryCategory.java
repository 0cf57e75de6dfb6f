package id.go.dinsos.sop.casefile;

/** Who the offices serve, as the registry names them. */
public enum BeneficiaryCategory {
  ANAK_JALANAN("Anak jalanan"),
  ANAK_TERLANTAR("Anak terlantar"),
  LANSIA_TERLANTAR("Lansia terlantar"),
  ORANG_TERLANTAR("Orang terlantar"),
  EKS_NARAPIDANA("Eks narapidana"),
  KORBAN_BENCANA("Korban bencana");

  private final String label;

  BeneficiaryCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
