package id.jejaring.partner.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import id.jejaring.institution.PartnerCategories;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerImport;
import id.jejaring.partner.PartnerImportJobs;
import id.jejaring.partner.PartnerSheetReader;
import id.jejaring.partner.Partners;
import id.jejaring.shared.Access;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Export of the filtered partner list (XLSX, CSV) and the import of partners from a
 * spreadsheet: template, upload, preview with every row's problems, confirmation.
 */
@Controller
@PreAuthorize(Access.EDIT)
class PartnerTransferController {

	static final String UPLOAD = "partnerImportUpload";

	private static final Logger log = LoggerFactory.getLogger(PartnerTransferController.class);

	private final Partners partners;

	private final PartnerImport importer;

	private final PartnerCategories categories;

	private final PartnerImportJobs jobs;

	PartnerTransferController(Partners partners, PartnerImport importer, PartnerCategories categories,
			PartnerImportJobs jobs) {
		this.partners = partners;
		this.importer = importer;
		this.categories = categories;
		this.jobs = jobs;
	}

	@GetMapping("/partners/import")
	String importForm(Model model) {
		model.addAttribute("categories", this.categories.all());
		model.addAttribute("recentJobs", this.jobs.recent());
		return "partner/import";
	}

	@GetMapping("/partners/import/template.xlsx")
	ResponseEntity<byte[]> templateXlsx() {
		return download(PartnerExport.xlsx(List.of(), "Mitra"), PartnerExport.XLSX_TYPE, "templat-impor-mitra.xlsx");
	}

	@GetMapping("/partners/import/template.csv")
	ResponseEntity<byte[]> templateCsv() {
		return download(PartnerExport.csv(List.of()), PartnerExport.CSV_TYPE, "templat-impor-mitra.csv");
	}

	/**
	 * Reads the file and keeps it in the session (stored in the database) for the
	 * preview.
	 */
	@PostMapping("/partners/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("refused", "partner.import.refused.empty");
			return importForm(model);
		}
		if (file.getSize() > PartnerSheetReader.MAX_BACKGROUND_BYTES) {
			model.addAttribute("refused", "partner.import.refused.tooLargeBackground");
			return importForm(model);
		}
		byte[] content = file.getBytes();
		if (content.length > PartnerSheetReader.MAX_BYTES) {
			return background(file, content);
		}
		try {
			PartnerSheetReader.read(content);
		}
		catch (PartnerSheetReader.Refused ex) {
			if ("partner.import.refused.tooManyRows".equals(ex.getMessageKey())) {
				return background(file, content);
			}
			model.addAttribute("refused", ex.getMessageKey());
			return importForm(model);
		}
		session.setAttribute(UPLOAD, new Upload(file.getOriginalFilename(), content));
		return "redirect:/partners/import/preview";
	}

	/**
	 * More than {@link PartnerSheetReader#MAX_ROWS} rows or
	 * {@link PartnerSheetReader#MAX_BYTES}: checked and imported in the background.
	 */
	private String background(MultipartFile file, byte[] content) {
		return "redirect:/partners/import/jobs/" + this.jobs.start(file.getOriginalFilename(), content);
	}

	@GetMapping("/partners/import/preview")
	String preview(HttpSession session, Model model) {
		Upload upload = (Upload) session.getAttribute(UPLOAD);
		if (upload == null) {
			return "redirect:/partners/import";
		}
		return preview(upload, this.importer.preview(PartnerSheetReader.read(upload.content())), model);
	}

	/**
	 * Writes the rows in one transaction. Refused while rows have problems unless the
	 * user chose to import only the rows without problems.
	 */
	@PostMapping("/partners/import/confirm")
	String confirm(@RequestParam(name = "onlyValid", defaultValue = "false") boolean onlyValid, HttpSession session,
			Model model, RedirectAttributes redirect) {
		Upload upload = (Upload) session.getAttribute(UPLOAD);
		if (upload == null) {
			return "redirect:/partners/import";
		}
		List<PartnerImport.Row> rows = this.importer.preview(PartnerSheetReader.read(upload.content()));
		List<PartnerImport.Row> valid = rows.stream().filter(PartnerImport.Row::valid).toList();
		if (valid.size() < rows.size() && !onlyValid) {
			model.addAttribute("failure", "partner.import.confirm.problems");
			return preview(upload, rows, model);
		}
		if (valid.isEmpty()) {
			model.addAttribute("failure", "partner.import.confirm.nothing");
			return preview(upload, rows, model);
		}
		int written;
		try {
			written = this.importer.write(valid);
		}
		catch (RuntimeException ex) {
			log.warn("Partner import failed, rolled back", ex);
			model.addAttribute("failure", "partner.import.confirm.failed");
			return preview(upload, rows, model);
		}
		session.removeAttribute(UPLOAD);
		redirect.addFlashAttribute("success", "partner.import.done");
		redirect.addFlashAttribute("importedCount", written);
		return "redirect:/partners";
	}

	@PostMapping("/partners/import/cancel")
	String cancel(HttpSession session) {
		session.removeAttribute(UPLOAD);
		return "redirect:/partners/import";
	}

	private String preview(Upload upload, List<PartnerImport.Row> rows, Model model) {
		long problems = rows.stream().filter((row) -> !row.valid()).count();
		model.addAttribute("filename", upload.filename());
		model.addAttribute("rows", rows);
		model.addAttribute("rowCount", rows.size());
		model.addAttribute("problemCount", problems);
		model.addAttribute("validCount", rows.size() - problems);
		return "partner/import-preview";
	}

	@GetMapping("/partners/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@ModelAttribute("filter") PartnerController.ListFilter filter) {
		return download(PartnerExport.xlsx(rows(filter), "Mitra"), PartnerExport.XLSX_TYPE,
				"mitra-" + LocalDate.now() + ".xlsx");
	}

	@GetMapping("/partners/export.csv")
	ResponseEntity<byte[]> exportCsv(@ModelAttribute("filter") PartnerController.ListFilter filter) {
		return download(PartnerExport.csv(rows(filter)), PartnerExport.CSV_TYPE, "mitra-" + LocalDate.now() + ".csv");
	}

	private List<List<String>> rows(PartnerController.ListFilter filter) {
		List<Partner> found = this.partners.all(filter.partnerFilter());
		return PartnerExport.rows(found, this.partners.firstContacts(found.stream().map(Partner::getId).toList()),
				this.categories);
	}

	static ResponseEntity<byte[]> download(byte[] body, String type, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	/**
	 * The uploaded file, kept in the session until the import is confirmed or cancelled.
	 */
	record Upload(String filename, byte[] content) implements Serializable {
	}

}
