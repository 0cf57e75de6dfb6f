package id.go.dinsos.sop.security;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import id.go.dinsos.sop.nik.Nik;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The log message with every NIK masked ({@link Nik#mask}): whatever a library or a delegate logs (a refused
 * variable, a failed document, a query), the log never holds a full NIK. Any run of exactly 16 digits counts: no other
 * value of the application has that shape (register and letter numbers have slashes, ids are shorter).
 * Configured in {@code logback-spring.xml} for {@code %m}, {@code %msg} and {@code %message}.
 */
public class NikMaskingConverter extends MessageConverter {

  private static final Pattern SIXTEEN_DIGITS = Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");

  @Override
  public String convert(ILoggingEvent event) {
    return mask(super.convert(event));
  }

  public static String mask(String text) {
    if (text == null || text.length() < 16) {
      return text;
    }
    Matcher matcher = SIXTEEN_DIGITS.matcher(text);
    if (!matcher.find()) {
      return text;
    }
    StringBuilder masked = new StringBuilder();
    do {
      matcher.appendReplacement(masked, Nik.mask(matcher.group()));
    } while (matcher.find());
    matcher.appendTail(masked);
    return masked.toString();
  }
}
