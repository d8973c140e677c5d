package id.jejaring.partnership;

import org.springframework.util.unit.DataSize;

/**
 * Which files an interaction may carry: not empty, within the size limit, a PDF, JPG or
 * PNG by content; and the name it is kept under (the uploaded name without its path, with
 * the extension of its real type). Agreements use the same rules for their signed scans.
 */
public final class AttachmentRules {

	private AttachmentRules() {
	}

	/** The message key of the refusal, or null when the file is accepted. */
	public static String refusal(byte[] content, DataSize limit) {
		if (content == null || content.length == 0) {
			return "validation.attachment.empty";
		}
		if (content.length > limit.toBytes()) {
			return "validation.attachment.tooLarge";
		}
		if (AttachmentType.of(content).isEmpty()) {
			return "validation.attachment.type";
		}
		return null;
	}

	public static String fileName(String uploaded, AttachmentType type) {
		String name = (uploaded != null) ? uploaded : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		// no control characters or quotes in a header value
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		int dot = name.lastIndexOf('.');
		String base = (dot >= 0) ? name.substring(0, dot) : name;
		if (base.isBlank()) {
			base = "lampiran";
		}
		if (base.length() > 200) {
			base = base.substring(0, 200);
		}
		return base + "." + type.extension();
	}

}
