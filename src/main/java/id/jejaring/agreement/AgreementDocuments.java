package id.jejaring.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import id.jejaring.institution.Institution;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.shared.Access;
import id.jejaring.shared.PdfRenderer;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement as a document in the formal Indonesian layout, as PDF (a Thymeleaf
 * template rendered by openhtmltopdf with embedded fonts) and as DOCX (Apache POI), from
 * the current terms or from a saved version (its title and articles with the agreement's
 * parties). The document is Indonesian whatever the user's language: it is the text the
 * parties sign.
 */
@Service
@Transactional(readOnly = true)
public class AgreementDocuments {

	/** The language of the document. */
	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	static final String PDF = "application/pdf";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final Agreements agreements;

	private final InstitutionManagement institutions;

	private final MessageSource messages;

	private final ITemplateEngine templates;

	AgreementDocuments(Agreements agreements, InstitutionManagement institutions, MessageSource messages,
			ITemplateEngine templates) {
		this.agreements = agreements;
		this.institutions = institutions;
		this.messages = messages;
		this.templates = templates;
	}

	/** A generated document: its download name, media type and content. */
	public record File(String fileName, String contentType, byte[] content) {

	}

	/** The current terms as PDF. */
	@PreAuthorize(Access.READ)
	public File pdf(UUID id) {
		Agreement agreement = this.agreements.get(id);
		return new File(fileName(agreement, null, "pdf"), PDF, pdf(document(agreement, null)));
	}

	/** The current terms as DOCX. */
	@PreAuthorize(Access.READ)
	public File docx(UUID id) {
		Agreement agreement = this.agreements.get(id);
		return new File(fileName(agreement, null, "docx"), DOCX, AgreementDocx.write(document(agreement, null)));
	}

	/** A saved version of the agreement as PDF. */
	@PreAuthorize(Access.READ)
	public File versionPdf(UUID id, UUID versionId) {
		Agreement agreement = this.agreements.get(id);
		AgreementVersion version = this.agreements.versionById(id, versionId);
		return new File(fileName(agreement, version, "pdf"), PDF, pdf(document(agreement, version)));
	}

	/**
	 * The document's text: the version's title and articles where one is given, else the
	 * agreement's; the parties, numbers and dates are the agreement's.
	 */
	AgreementDocument document(Agreement agreement, AgreementVersion version) {
		Institution institution = this.institutions.current();
		String title = (version != null) ? version.getTitle() : agreement.getTitle();
		List<Clause> clauses = (version != null) ? version.clauses() : agreement.clauses();
		String kindName = text("agreement.document.kind." + agreement.getKind().name());
		String blank = text("agreement.document.blank");

		List<AgreementParty> parties = agreement.getParties();
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < parties.size(); i++) {
			labels.add(text("agreement.document.partyLabel", IndonesianWords.ordinal(i + 1).toUpperCase(INDONESIAN)));
		}

		List<String> heading = new ArrayList<>();
		String upperTitle = title.toUpperCase(INDONESIAN);
		String upperKind = kindName.toUpperCase(INDONESIAN);
		if (!upperTitle.startsWith(upperKind)) {
			heading.add(upperKind);
		}
		heading.add(upperTitle);
		heading.addAll(between(parties, institution));

		List<String> numbers = new ArrayList<>();
		numbers.add(text("agreement.document.number",
				(agreement.getLetterNumber() != null) ? agreement.getLetterNumber() : blank));
		if (present(agreement.getPartnerNumber())) {
			numbers.add(text("agreement.document.number", agreement.getPartnerNumber()));
		}

		LocalDate date = agreement.getAgreementDate();
		String opening = (date != null) ? IndonesianWords.opening(date)
				: text("agreement.document.openingBlank", blank);

		List<String> partyLines = new ArrayList<>();
		List<List<AgreementDocument.Signature>> rows = new ArrayList<>();
		for (int i = 0; i < parties.size(); i++) {
			AgreementParty party = parties.get(i);
			String signatory = or(party.getSignatoryName(),
					party.isInstitution() ? or(institution.getHeadName(), blank) : blank);
			String position = or(party.getSignatoryPosition(),
					party.isInstitution() ? text("agreement.document.headPosition") : blank);
			if (party.isInstitution() && present(institution.getAddress())) {
				partyLines.add(text("agreement.document.partyAt", signatory, position, party.getPartyName(),
						institution.getAddress().strip(), labels.get(i)));
			}
			else {
				partyLines
					.add(text("agreement.document.party", signatory, position, party.getPartyName(), labels.get(i)));
			}
			if (i % 2 == 0) {
				rows.add(new ArrayList<>());
			}
			rows.get(rows.size() - 1)
				.add(new AgreementDocument.Signature(labels.get(i), party.getPartyName(), signatory, position, i == 0));
		}

		String validity = text("agreement.document.validity", kindName,
				(agreement.getEffectiveFrom() != null) ? IndonesianWords.date(agreement.getEffectiveFrom()) : blank,
				(agreement.getEffectiveUntil() != null) ? IndonesianWords.date(agreement.getEffectiveUntil()) : blank);
		List<AgreementDocument.Article> articles = new ArrayList<>();
		boolean validityStated = false;
		for (int i = 0; i < clauses.size(); i++) {
			Clause clause = clauses.get(i);
			List<String> lines = new ArrayList<>(lines(clause.body()));
			if (clause.type() == ClauseType.PERIOD && !validityStated) {
				// the period article states the dates the agreement records
				lines.add(validity);
				validityStated = true;
			}
			articles
				.add(new AgreementDocument.Article(text("agreement.document.article", i + 1), clause.title(), lines));
		}

		String place = present(agreement.getPlace()) ? agreement.getPlace().strip() : blank;
		String placeAndDate = place + ", " + ((date != null) ? IndonesianWords.date(date) : blank);
		return new AgreementDocument(kindName, heading, numbers, opening, text("agreement.document.signing"),
				partyLines, together(labels), articles, validityStated ? null : validity, placeAndDate, rows,
				text("agreement.document.stamp"));
	}

	/**
	 * The heading's parties: ANTARA the institution DENGAN the partners, the last after
	 * DAN.
	 */
	private List<String> between(List<AgreementParty> parties, Institution institution) {
		List<String> first = new ArrayList<>();
		List<String> others = new ArrayList<>();
		for (AgreementParty party : parties) {
			if (party.isInstitution() && first.isEmpty()) {
				first.add(party.getPartyName());
			}
			else {
				others.add(party.getPartyName());
			}
		}
		if (first.isEmpty()) {
			first.add(others.isEmpty() ? institution.getName() : others.remove(0));
		}
		List<String> lines = new ArrayList<>();
		lines.add(text("agreement.document.between"));
		lines.add(first.get(0).toUpperCase(INDONESIAN));
		if (!others.isEmpty()) {
			lines.add(text("agreement.document.with"));
			lines.add(joined(others).toUpperCase(INDONESIAN));
		}
		return lines;
	}

	private String joined(List<String> names) {
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " " + text("agreement.document.and") + " "
				+ names.get(names.size() - 1);
	}

	private String together(List<String> labels) {
		return labels.isEmpty() ? "" : text("agreement.document.together", joined(labels));
	}

	private static List<String> lines(String body) {
		if (body == null || body.isBlank()) {
			return List.of();
		}
		return body.strip().lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, INDONESIAN);
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	private static String or(String text, String fallback) {
		return present(text) ? text.strip() : fallback;
	}

	/**
	 * “MoU-012-LKP-TM-MoU-XI-2026.pdf”: the kind and the letter number (or “draf”), a
	 * saved version's number, and nothing a header or a file system could misread.
	 */
	static String fileName(Agreement agreement, AgreementVersion version, String extension) {
		String number = (agreement.getLetterNumber() != null) ? agreement.getLetterNumber() : "draf";
		String name = agreement.getKind().code() + "-" + number
				+ ((version != null) ? "-versi-" + version.getNumber() : "");
		String safe = name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return safe + "." + extension;
	}

	/** The document through the template, then to PDF with the embedded fonts. */
	byte[] pdf(AgreementDocument document) {
		String html = this.templates.process("agreement/document-pdf",
				new Context(INDONESIAN, Map.of("doc", document)));
		return PdfRenderer.render(html);
	}

}
