package id.go.dinsos.sop.document;

import id.go.dinsos.sop.identity.Office;
import id.go.dinsos.sop.numbering.GaplessCounter;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document numbers: gap-free per office, document kind and year (the {@link GaplessCounter} series
 * is the kind's name), printed in the office's format. Taken in the caller's transaction.
 */
@Component
public class DocumentNumbering {

  private final GaplessCounter counter;

  public DocumentNumbering(GaplessCounter counter) {
    this.counter = counter;
  }

  /** A number taken: the sequence within the year and the number as printed. */
  public record DocumentNumber(int year, int sequence, String text) {
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public DocumentNumber take(Office office, DocumentKind kind, LocalDate date, DocumentNumberFormat format) {
    int sequence = counter.next(office.tenantId(), kind.name(), date.getYear());
    return new DocumentNumber(date.getYear(), sequence, format.format(sequence, date, kind.code(), office.code()));
  }

  /** The last number of the kind this year that was taken and committed, 0 if none. */
  public int lastSequence(Office office, DocumentKind kind, int year) {
    return counter.last(office.tenantId(), kind.name(), year);
  }
}
