package id.go.dinsos.sop.process.logistikbencana;

import static id.go.dinsos.sop.process.logistikbencana.LogistikBencanaVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.go.dinsos.sop.stock.StockBatch;
import id.go.dinsos.sop.stock.StockBooking;
import id.go.dinsos.sop.stock.StockChange;
import id.go.dinsos.sop.stock.StockLedger;
import id.go.dinsos.sop.stock.StockLine;
import id.go.dinsos.sop.stock.StockRefusedException;
import id.go.dinsos.sop.stock.StockSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * SOP D's booking delegates against a mocked ledger: what they read from the form, who and when they book for, the
 * rows they write for the documents, and a refusal turned into the form error Tasklist shows.
 */
class StockDelegatesTest {

  private final StockLedger ledger = mock(StockLedger.class);
  private final DelegateExecution execution = mock(DelegateExecution.class, RETURNS_DEEP_STUBS);

  @BeforeEach
  void setUp() {
    // Monday 2 March 2026, 08:00 WITA
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 3, 2).atTime(8, 0).atZone(ZoneId.of("Asia/Makassar"))
        .toInstant()));
    when(execution.getTenantId()).thenReturn("tanah-laut");
    when(execution.getProcessInstanceId()).thenReturn("pi-1");
    when(execution.getProcessBusinessKey()).thenReturn("0007/REG/TNL/2026");
    when(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication())
        .thenReturn(new Authentication("staf.tanah-laut", List.of("staf")));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  @Test
  void stockOpnameBooksTheCountAndWritesTheReportRowsWithTheDifferences() {
    when(execution.getVariable(HASIL_OPNAME)).thenReturn("Beras | 480 | kg | 2027-03-31\nMie instan | 30 | dus | 2026-01-31");
    when(ledger.recordOpname(anyList(), any())).thenReturn(List.of(
        new StockChange(new StockBatch("b1", "Beras", "kg", LocalDate.of(2027, 3, 31), 500), 500, 480),
        new StockChange(new StockBatch("b2", "Mie instan", "dus", LocalDate.of(2026, 1, 31), 30), 30, 30),
        new StockChange(new StockBatch("b3", "Selimut", "lembar", null, 200), 200, 0)));

    new StockOpnameRecorder(ledger).execute(execution);

    ArgumentCaptor<StockBooking> booking = ArgumentCaptor.forClass(StockBooking.class);
    verify(ledger).recordOpname(eq(List.of(new StockLine(1, "Beras", 480, "kg", LocalDate.of(2027, 3, 31), null),
        new StockLine(2, "Mie instan", 30, "dus", LocalDate.of(2026, 1, 31), null))), booking.capture());
    assertThat(booking.getValue()).extracting(StockBooking::tenantId, StockBooking::processInstanceId,
        StockBooking::businessKey, StockBooking::recordedBy, StockBooking::today)
        .containsExactly("tanah-laut", "pi-1", "0007/REG/TNL/2026", "staf.tanah-laut", LocalDate.of(2026, 3, 2));
    verify(execution).setVariable(PERSEDIAAN_GUDANG, """
        Beras | 480 | kg | 31-03-2027 | selisih -20 dari catatan
        Mie instan | 30 | dus | 31-01-2026 | sesuai catatan; kedaluwarsa, tidak disalurkan
        Selimut | 0 | lembar | - | selisih -200 dari catatan""");
  }

  @Test
  void receiptBooksEachListWithItsSourceAndRefusesWhenBothAreEmpty() {
    when(execution.getVariable(BARANG_DARI_PROVINSI)).thenReturn("Selimut | 150 | lembar | -");
    when(execution.getVariable(BARANG_DARI_BULOG)).thenReturn("Beras | 2000 | kg | 2027-03-31");

    new StockReceiptRecorder(ledger).execute(execution);

    verify(ledger).receive(eq(StockSource.DINSOS_PROVINSI),
        eq(List.of(new StockLine(1, "Selimut", 150, "lembar", null, null))), any());
    verify(ledger).receive(eq(StockSource.BULOG),
        eq(List.of(new StockLine(1, "Beras", 2000, "kg", LocalDate.of(2027, 3, 31), null))), any());

    StockLedger untouched = mock(StockLedger.class);
    when(execution.getVariable(BARANG_DARI_PROVINSI)).thenReturn("  ");
    when(execution.getVariable(BARANG_DARI_BULOG)).thenReturn(null);
    assertThatThrownBy(() -> new StockReceiptRecorder(untouched).execute(execution))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Belum ada barang yang dicatat diterima: isi daftar barang dari Dinas Sosial Provinsi atau dari"
            + " Perum Bulog.");
    verify(untouched, never()).receive(any(), anyList(), any());
  }

  @Test
  void handoverLowersTheStockAndGivesTheBeritaAcaraAndTheReportTheSameGoods() {
    when(execution.getVariable(BARANG_DISERAHKAN)).thenReturn("Beras | 500 | kg | dapur umum\nSelimut | 40 | lembar");

    new StockDistributionRecorder(ledger).execute(execution);

    verify(ledger).distribute(eq(List.of(new StockLine(1, "Beras", 500, "kg", null, "dapur umum"),
        new StockLine(2, "Selimut", 40, "lembar", null, null))), any());
    verify(execution).setVariable(BARANG_SERAH_TERIMA, "Beras | 500 | kg | dapur umum\nSelimut | 40 | lembar | ");
    verify(execution).setVariable(RINCIAN_PENYALURAN, "Beras | 500 | kg | \nSelimut | 40 | lembar | ");
  }

  @Test
  void aShortfallBecomesAFormErrorOnTheHandoverListAndNoDocumentRowsAreWritten() {
    when(execution.getVariable(BARANG_DISERAHKAN)).thenReturn("Beras | 5000 | kg |");
    when(ledger.distribute(anyList(), any())).thenThrow(new StockRefusedException("Persediaan gudang tidak mencukupi"));

    assertThatThrownBy(() -> new StockDistributionRecorder(ledger).execute(execution))
        .isInstanceOf(FormFieldValidationException.class).hasMessage("Persediaan gudang tidak mencukupi")
        .extracting(error -> ((FormFieldValidationException) error).getDetail()).isEqualTo(BARANG_DISERAHKAN);
    verify(execution, never()).setVariable(eq(BARANG_SERAH_TERIMA), any());
  }

  @Test
  void theBeritaAcaraNumberIsWrittenOnTheCasesDistributions() {
    when(execution.getVariable(DOKUMEN_BA_SERAH_TERIMA_BARANG_NOMOR)).thenReturn("460/7/BAST-B/Dinsos/III/2026");

    new StockHandoverNumberRecorder(ledger).notify(execution);

    verify(ledger).recordHandoverDocument("pi-1", "460/7/BAST-B/Dinsos/III/2026");
  }

  @Test
  void withoutALoggedInUserTheSystemBooks() {
    when(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication()).thenReturn(null);

    assertThat(StockStepDelegate.booking(execution).recordedBy()).isEqualTo(StockStepDelegate.SYSTEM_USER);
  }
}
