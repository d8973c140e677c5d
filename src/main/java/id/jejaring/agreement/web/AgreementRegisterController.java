package id.jejaring.agreement.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.jejaring.agreement.Agreement;
import id.jejaring.agreement.AgreementKind;
import id.jejaring.agreement.AgreementRegister;
import id.jejaring.agreement.AgreementSettingsManagement;
import id.jejaring.agreement.AgreementStatus;
import id.jejaring.agreement.Agreements;
import id.jejaring.shared.Access;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The agreements register: every agreement of the institution with filters (kind,
 * computed status, partner, ending within days, words), sort and paging in the database,
 * and the same selection as an XLSX export. Names of parties and partnerships are read in
 * one grouped query each, not per row.
 */
@Controller
@PreAuthorize(Access.READ)
class AgreementRegisterController {

	static final int PAGE_SIZE = 25;

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Agreements agreements;

	private final AgreementRegister register;

	private final AgreementSettingsManagement settings;

	private final MessageSource messages;

	AgreementRegisterController(Agreements agreements, AgreementRegister register, AgreementSettingsManagement settings,
			MessageSource messages) {
		this.agreements = agreements;
		this.register = register;
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping("/agreements")
	String register(@ModelAttribute("filter") RegisterFilter filter, Model model) {
		Page<Agreement> page = this.agreements.list(filter.agreementFilter(),
				PageRequest.of(filter.pageNumber(), PAGE_SIZE, filter.sortOrder()));
		model.addAttribute("page", page);
		model.addAttribute("rows", rows(page.getContent()));
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("partners", this.register.partners());
		model.addAttribute("filtered", filter.isFiltered());
		model.addAttribute("sortValue", filter.sortValue());
		model.addAttribute("previousUrl", page.hasPrevious() ? filter.url("/agreements", page.getNumber() - 1) : null);
		model.addAttribute("nextUrl", page.hasNext() ? filter.url("/agreements", page.getNumber() + 1) : null);
		model.addAttribute("exportUrl", filter.url("/agreements/export.xlsx", null));
		return "agreement/register";
	}

	@GetMapping("/agreements/export.xlsx")
	ResponseEntity<byte[]> export(@ModelAttribute("filter") RegisterFilter filter) {
		List<RegisterRow> rows = rows(this.agreements.all(filter.agreementFilter(), filter.sortOrder()));
		byte[] workbook = new AgreementWorkbook(this.messages, LocaleContextHolder.getLocale()).write(rows);
		String name = "perjanjian-" + this.agreements.today() + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(workbook);
	}

	private List<RegisterRow> rows(List<Agreement> agreements) {
		List<UUID> ids = agreements.stream().map(Agreement::getId).toList();
		Map<UUID, List<AgreementRegister.PartyName>> parties = this.register.parties(ids);
		Map<UUID, String> titles = this.register.partnershipTitles(ids);
		LocalDate today = this.agreements.today();
		return RegisterRow.of(agreements, parties, titles, today, this.settings.current().endingSoonDays());
	}

}
