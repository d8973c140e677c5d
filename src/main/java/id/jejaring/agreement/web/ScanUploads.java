package id.jejaring.agreement.web;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads an uploaded scan, never more than one byte past the limit: the size check still
 * refuses a larger file without holding the whole multipart limit in memory.
 */
final class ScanUploads {

	private ScanUploads() {
	}

	static byte[] read(MultipartFile file, DataSize limit) throws IOException {
		if (file == null) {
			return null;
		}
		try (InputStream in = file.getInputStream()) {
			return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, limit.toBytes()) + 1);
		}
	}

}
