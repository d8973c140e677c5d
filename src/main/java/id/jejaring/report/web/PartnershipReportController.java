package id.jejaring.report.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.jejaring.report.PartnershipReports;
import id.jejaring.shared.Downloads;
import id.jejaring.shared.PdfRenderer;

/** The partnership report of a cycle, downloaded as PDF from the partnership's page. */
@Controller
class PartnershipReportController {

	private final PartnershipReports reports;

	PartnershipReportController(PartnershipReports reports) {
		this.reports = reports;
	}

	@GetMapping("/partnerships/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		PartnershipReports.File file = this.reports.pdf(id);
		return Downloads.attachment(file.fileName(), PdfRenderer.MEDIA_TYPE, file.content());
	}

}
