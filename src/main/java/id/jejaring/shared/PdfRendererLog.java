package id.jejaring.shared;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the PDF renderer's log through the application's logging: by default it prints to
 * the console at INFO for every document (“Loading font…”). Its INFO becomes DEBUG;
 * warnings and errors stay what they are.
 */
final class PdfRendererLog implements XRLogger {

	private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

	private PdfRendererLog() {
	}

	/** Installs this logger once; the renderer's logger is global. */
	static void install() {
		if (!(XRLog.getLoggerImpl() instanceof PdfRendererLog)) {
			XRLog.setLoggerImpl(new PdfRendererLog());
		}
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		if (level.intValue() >= Level.SEVERE.intValue()) {
			log.error("{}: {}", where, message, error);
		}
		else if (level.intValue() >= Level.WARNING.intValue()) {
			log.warn("{}: {}", where, message, error);
		}
		else if (log.isDebugEnabled()) {
			log.debug("{}: {}", where, message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// levels come from the application's logging configuration
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		int level = diagnostic.getLevel().intValue();
		return level >= Level.WARNING.intValue() || log.isDebugEnabled();
	}

}
