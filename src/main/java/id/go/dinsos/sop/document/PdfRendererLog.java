package id.go.dinsos.sop.document;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log into the application's (SLF4J) instead of standard error: its chatter
 * (fonts loaded, timings) at debug, problems in a template (bad CSS, missing image) as warnings,
 * under the logger {@code com.openhtmltopdf.<area>}.
 */
final class PdfRendererLog implements XRLogger {

  @Override
  public void log(String where, Level level, String message) {
    log(where, level, message, null);
  }

  @Override
  public void log(String where, Level level, String message, Throwable thrown) {
    Logger logger = LoggerFactory.getLogger(where);
    if (level.intValue() >= Level.SEVERE.intValue()) {
      logger.error(message, thrown);
    } else if (level.intValue() >= Level.WARNING.intValue()) {
      logger.warn(message, thrown);
    } else {
      logger.debug(message, thrown);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // levels are the application's logging configuration
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
    int level = diagnostic.getLevel().intValue();
    return level >= Level.SEVERE.intValue() ? logger.isErrorEnabled()
        : level >= Level.WARNING.intValue() ? logger.isWarnEnabled() : logger.isDebugEnabled();
  }
}
