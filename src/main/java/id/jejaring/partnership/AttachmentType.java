package id.jejaring.partnership;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types an interaction may carry, recognised by their first bytes (the file's
 * name and the browser's declared type are not trusted). Three fixed signatures do not
 * warrant a detection library: Apache Tika would add about a megabyte of jars to tell
 * apart the same three formats.
 */
public enum AttachmentType {

	PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),

	PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),

	JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

	private final String mediaType;

	private final String extension;

	private final byte[] signature;

	AttachmentType(String mediaType, String extension, byte[] signature) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.signature = signature;
	}

	/**
	 * The type the content starts with, or empty when it is none of the accepted ones.
	 */
	public static Optional<AttachmentType> of(byte[] content) {
		if (content == null) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter((type) -> type.startsOf(content)).findFirst();
	}

	private boolean startsOf(byte[] content) {
		return content.length >= this.signature.length
				&& Arrays.equals(content, 0, this.signature.length, this.signature, 0, this.signature.length);
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

}
