package id.jejaring.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.core.io.ClassPathResource;

/**
 * Renders an XHTML document (usually a Thymeleaf template's output) to PDF with the
 * embedded fonts, so every document looks the same on every machine. The templates name
 * the font families {@code "DejaVu Serif"} (Latin with its accents) and
 * {@code "Noto Naskh Arabic"} (Arabic names); right-to-left runs are ordered and shaped
 * with the JDK ({@link JdkBidi}); the renderer's log goes through the application's
 * logging ({@link PdfRendererLog}).
 */
public final class PdfRenderer {

	/** The PDF media type. */
	public static final String MEDIA_TYPE = "application/pdf";

	/**
	 * The embedded fonts: DejaVu Serif covers Latin with its accents (é, ñ), Noto Naskh
	 * Arabic takes the Arabic letters the first lacks.
	 */
	private static final List<Font> FONTS = List.of(new Font("fonts/DejaVuSerif.ttf", "DejaVu Serif", 400),
			new Font("fonts/DejaVuSerif-Bold.ttf", "DejaVu Serif", 700),
			new Font("fonts/NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", 400),
			new Font("fonts/NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", 700));

	private PdfRenderer() {
	}

	/** The XHTML document as PDF. */
	public static byte[] render(String xhtml) {
		PdfRendererLog.install();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		for (Font font : FONTS) {
			builder.useFont(font::open, font.family(), font.weight(), FontStyle.NORMAL, true);
		}
		// an Arabic name at the start of a paragraph must not turn the paragraph around
		builder.defaultTextDirection(TextDirection.LTR);
		builder.useUnicodeBidiSplitter(new JdkBidi.SplitterFactory());
		builder.useUnicodeBidiReorderer(new JdkBidi.Reorderer());
		builder.withProducer("Jejaring");
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A font file on the class path, read once. */
	private record Font(String path, String family, int weight) {

		private static final Map<String, byte[]> LOADED = new ConcurrentHashMap<>();

		InputStream open() {
			byte[] bytes = LOADED.computeIfAbsent(this.path, (p) -> {
				try (InputStream in = new ClassPathResource(p).getInputStream()) {
					return in.readAllBytes();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			return new ByteArrayInputStream(bytes);
		}

	}

}
