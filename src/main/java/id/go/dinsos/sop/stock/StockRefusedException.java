package id.go.dinsos.sop.stock;

/**
 * What staff typed cannot be booked into the warehouse: a list line that cannot be read, or goods that are not
 * there. The message is Indonesian and says what to fix; nothing of the booking is kept.
 */
public class StockRefusedException extends RuntimeException {

  public StockRefusedException(String message) {
    super(message);
  }
}
