package id.go.dinsos.sop.document;

import java.util.List;

/** A verification's answer and the documents it concerns (the matching one first when genuine). */
public record VerificationResult(VerificationStatus status, List<ArchivedDocument> documents) {

  public VerificationResult {
    documents = List.copyOf(documents);
  }
}
