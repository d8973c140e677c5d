package id.jejaring.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started Jejaring where to open it, and the demo sign-ins when demo data
 * is on.
 */
@Component
class StartupMessage {

	private static final Logger log = LoggerFactory.getLogger(StartupMessage.class);

	private final String baseUrl;

	private final boolean demoData;

	StartupMessage(@Value("${jejaring.base-url}") String baseUrl, @Value("${jejaring.demo-data}") boolean demoData) {
		this.baseUrl = baseUrl;
		this.demoData = demoData;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		StringBuilder message = new StringBuilder("\n\n  Jejaring berjalan di / is running at ").append(this.baseUrl)
			.append('\n');
		if (this.demoData) {
			message.append("  Akun demo / demo sign-ins (kata sandi / password: jejaring-demo):\n")
				.append("    pengelola.bandung, staf.bandung   - LKP Terampil Mandiri (Kabupaten Bandung)\n")
				.append("    pengelola.semarang, staf.semarang - LKP Cipta Karya (Kota Semarang)\n")
				.append("    pendamping (fasilitator), pengawas.jabar (pengawas Jawa Barat), admin (admin platform)\n");
		}
		log.info(message.toString());
	}

}
