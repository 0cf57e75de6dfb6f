package id.go.dinsos.sop.document;

/** The answer of the verification page. */
public enum VerificationStatus {
  /** The office issued a document with this number (or id) and exactly this file: genuine. */
  ASLI,
  /** The number (or id) is the office's, but the file differs from what was issued: altered or forged. */
  TIDAK_COCOK,
  /** The office issued a document with this number (or id); no file or hash was given to compare. */
  TERDAFTAR,
  /** The office issued no document with this number (or id). */
  TIDAK_DIKENAL
}
