package id.jejaring.agreement.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import id.jejaring.agreement.AgreementDocuments;
import id.jejaring.shared.Access;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The agreement's document for download: the current terms as PDF or DOCX, and a saved
 * version as PDF. Always an attachment, never rendered in the application's origin.
 */
@Controller
@PreAuthorize(Access.READ)
class AgreementDocumentController {

	private final AgreementDocuments documents;

	AgreementDocumentController(AgreementDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/agreements/{id}/document.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return download(this.documents.pdf(id));
	}

	@GetMapping("/agreements/{id}/document.docx")
	ResponseEntity<byte[]> docx(@PathVariable UUID id) {
		return download(this.documents.docx(id));
	}

	@GetMapping("/agreements/{id}/versions/{otherId}/document.pdf")
	ResponseEntity<byte[]> versionPdf(@PathVariable UUID id, @PathVariable UUID otherId) {
		return download(this.documents.versionPdf(id, otherId));
	}

	private static ResponseEntity<byte[]> download(AgreementDocuments.File file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.content());
	}

}
