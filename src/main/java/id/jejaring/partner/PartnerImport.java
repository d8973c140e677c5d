package id.jejaring.partner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import id.jejaring.institution.PartnerCategories;
import id.jejaring.institution.PartnerCategory;
import id.jejaring.institution.Region;
import id.jejaring.institution.Regions;
import id.jejaring.shared.Access;
import id.jejaring.shared.PhoneNumbers;
import id.jejaring.shared.Texts;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing partners (and one contact each) from a spreadsheet read by
 * {@link PartnerSheetReader}: a preview with every row's problems (missing name, unknown
 * category, bad phone or e-mail, duplicate within the file or of a recorded partner),
 * then writing the rows without problems in one transaction: all of them or none.
 */
@Service
@Transactional(readOnly = true)
public class PartnerImport {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern WEBSITE = Pattern.compile("^https?://\\S+$");

	private static final int FLUSH_EVERY = 500;

	private final PartnerRepository partners;

	private final PartnerCategories categories;

	private final Regions regions;

	private final EntityManager entityManager;

	PartnerImport(PartnerRepository partners, PartnerCategories categories, Regions regions,
			EntityManager entityManager) {
		this.partners = partners;
		this.categories = categories;
		this.regions = regions;
		this.entityManager = entityManager;
	}

	/** Every row with what it would record and its problems; nothing is written. */
	@PreAuthorize(Access.EDIT)
	public List<Row> preview(List<PartnerSheetReader.SheetRow> sheetRows) {
		return preview(sheetRows, (checked) -> {
		});
	}

	/**
	 * As {@link #preview(List)}, telling {@code progress} how many rows are checked every
	 * {@value #FLUSH_EVERY} rows (the background path shows it).
	 */
	@PreAuthorize(Access.EDIT)
	public List<Row> preview(List<PartnerSheetReader.SheetRow> sheetRows, IntConsumer progress) {
		Map<String, String> categoryCodes = categoryIndex();
		Keys existing = new Keys();
		for (Object[] p : this.partners.duplicateKeys()) {
			existing.add((String) p[5], (String) p[0], regency((String) p[1]), (String) p[2], (String) p[3],
					(String) p[4]);
		}
		Keys inFile = new Keys();
		List<Row> rows = new ArrayList<>(sheetRows.size());
		for (PartnerSheetReader.SheetRow sheetRow : sheetRows) {
			rows.add(check(sheetRow, categoryCodes, existing, inFile));
			if (rows.size() % FLUSH_EVERY == 0) {
				progress.accept(rows.size());
			}
		}
		return rows;
	}

	/**
	 * Records the rows in one transaction; when any fails, nothing is recorded.
	 * @return how many partners were recorded
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public int write(List<Row> rows) {
		return write(rows, (written) -> {
		});
	}

	/**
	 * As {@link #write(List)}, telling {@code progress} how many rows are written after
	 * each flush; joins the caller's transaction when there is one.
	 */
	@PreAuthorize(Access.EDIT)
	@Transactional
	public int write(List<Row> rows, IntConsumer progress) {
		Session session = this.entityManager.unwrap(Session.class);
		session.setJdbcBatchSize(FLUSH_EVERY);
		int written = 0;
		for (Row row : rows) {
			Partner partner = new Partner(row.partner());
			this.entityManager.persist(partner);
			if (row.contact() != null) {
				this.entityManager.persist(new PartnerContact(partner.getId(), row.contact()));
			}
			written++;
			if (written % FLUSH_EVERY == 0) {
				this.entityManager.flush();
				// written partners are not needed again: without this every flush would
				// dirty-check all of them, and a large import would slow down
				// quadratically
				this.entityManager.clear();
				progress.accept(written);
			}
		}
		this.entityManager.flush();
		return written;
	}

	private Row check(PartnerSheetReader.SheetRow sheetRow, Map<String, String> categoryCodes, Keys existing,
			Keys inFile) {
		List<Problem> problems = new ArrayList<>();
		for (int c = 0; c < PartnerSheet.HEADERS.size(); c++) {
			if (PartnerSheetReader.FORMULA.equals(sheetRow.cell(c))) {
				problems.add(new Problem("partner.import.problem.formula", PartnerSheet.HEADERS.get(c)));
			}
		}
		String name = text(sheetRow, PartnerSheet.NAME, 200, problems);
		if (name == null) {
			problems.add(new Problem("partner.import.problem.name", null));
		}
		PartnerKind kind = PartnerSheet.parseKind(cell(sheetRow, PartnerSheet.KIND));
		if (kind == null) {
			problems.add(new Problem("partner.import.problem.kind", cell(sheetRow, PartnerSheet.KIND)));
		}
		String categoryText = Texts.clean(cell(sheetRow, PartnerSheet.CATEGORY));
		String categoryCode = null;
		if (categoryText == null) {
			problems.add(new Problem("partner.import.problem.categoryMissing", null));
		}
		else {
			categoryCode = categoryCodes.get(categoryKey(categoryText));
			if (categoryCode == null) {
				problems.add(new Problem("partner.import.problem.category", categoryText));
			}
		}
		PartnerScale scale = PartnerSheet.parseScale(cell(sheetRow, PartnerSheet.SCALE));
		if (scale == null && !PartnerSheet.isBlank(cell(sheetRow, PartnerSheet.SCALE))) {
			problems.add(new Problem("partner.import.problem.scale", cell(sheetRow, PartnerSheet.SCALE)));
		}
		String regionCode = Texts.clean(cell(sheetRow, PartnerSheet.REGION));
		if (regionCode != null && !this.regions.exists(regionCode)) {
			problems.add(new Problem("partner.import.problem.region", regionCode));
		}
		PartnerStatus status = PartnerSheet.parseStatus(cell(sheetRow, PartnerSheet.STATUS));
		if (status == null) {
			problems.add(new Problem("partner.import.problem.status", cell(sheetRow, PartnerSheet.STATUS)));
		}
		String phone = phone(sheetRow, PartnerSheet.PHONE, problems);
		String whatsapp = phone(sheetRow, PartnerSheet.WHATSAPP, problems);
		String email = email(sheetRow, PartnerSheet.EMAIL, problems);
		String website = text(sheetRow, PartnerSheet.WEBSITE, 200, problems);
		if (website != null && !WEBSITE.matcher(website).matches()) {
			problems.add(new Problem("partner.import.problem.website", website));
		}
		List<String> tags = new ArrayList<>();
		String tagText = Texts.clean(cell(sheetRow, PartnerSheet.TAGS));
		if (tagText != null) {
			for (String tag : tagText.split(",")) {
				String cleaned = Texts.clean(tag);
				if (cleaned == null) {
					continue;
				}
				if (cleaned.length() > 60) {
					problems.add(new Problem("partner.import.problem.tag", cleaned));
				}
				else if (!tags.contains(cleaned.toLowerCase(Locale.ROOT))) {
					tags.add(cleaned.toLowerCase(Locale.ROOT));
				}
			}
		}
		PartnerDetails partner = new PartnerDetails(kind, name, categoryCode,
				text(sheetRow, PartnerSheet.SECTOR, 200, problems), scale,
				text(sheetRow, PartnerSheet.ADDRESS, 500, problems), regionCode, null, null, phone, whatsapp, email,
				website, null, null, List.of(), false, null, null, status, tags, null);
		String contactName = text(sheetRow, PartnerSheet.CONTACT_NAME, 200, problems);
		String contactPosition = text(sheetRow, PartnerSheet.CONTACT_POSITION, 200, problems);
		String contactPhone = phone(sheetRow, PartnerSheet.CONTACT_PHONE, problems);
		String contactEmail = email(sheetRow, PartnerSheet.CONTACT_EMAIL, problems);
		ContactDetails contact = null;
		if (contactName != null) {
			contact = new ContactDetails(contactName, contactPosition, null, contactPhone, contactEmail, null, null);
		}
		else if (contactPosition != null || contactPhone != null || contactEmail != null) {
			problems.add(new Problem("partner.import.problem.contactName", null));
		}
		String normalised = PartnerNames.normalise(name);
		String regency = regency(regionCode);
		String sameAsRecorded = existing.find(normalised, regency, phone, whatsapp, email);
		if (sameAsRecorded != null) {
			problems.add(new Problem("partner.import.problem.duplicateExisting", sameAsRecorded));
		}
		String sameAsRow = inFile.find(normalised, regency, phone, whatsapp, email);
		if (sameAsRow != null) {
			problems.add(new Problem("partner.import.problem.duplicateInFile", sameAsRow));
		}
		inFile.add(Integer.toString(sheetRow.number()), normalised, regency, phone, whatsapp, email);
		return new Row(sheetRow.number(), sheetRow.cells(), partner, contact, List.copyOf(problems));
	}

	private static String cell(PartnerSheetReader.SheetRow row, int column) {
		String value = row.cell(column);
		return PartnerSheetReader.FORMULA.equals(value) ? "" : value;
	}

	private static String text(PartnerSheetReader.SheetRow row, int column, int max, List<Problem> problems) {
		String value = Texts.clean(cell(row, column));
		if (value != null && value.length() > max) {
			problems.add(new Problem("partner.import.problem.tooLong", PartnerSheet.HEADERS.get(column)));
			return value.substring(0, max);
		}
		return value;
	}

	/**
	 * A phone number as +62…; a number Excel stored without its leading 0 (812…) is
	 * accepted.
	 */
	private static String phone(PartnerSheetReader.SheetRow row, int column, List<Problem> problems) {
		String value = Texts.clean(cell(row, column));
		if (value == null) {
			return null;
		}
		String candidate = value.matches("8[0-9]{6,12}") ? "0" + value : value;
		return PhoneNumbers.normalize(candidate).orElseGet(() -> {
			problems.add(new Problem("partner.import.problem.phone", PartnerSheet.HEADERS.get(column) + ": " + value));
			return null;
		});
	}

	private static String email(PartnerSheetReader.SheetRow row, int column, List<Problem> problems) {
		String value = Texts.email(cell(row, column));
		if (value != null && (value.length() > 200 || !EMAIL.matcher(value).matches())) {
			problems.add(new Problem("partner.import.problem.email", PartnerSheet.HEADERS.get(column) + ": " + value));
			return null;
		}
		return value;
	}

	private static String regency(String regionCode) {
		return (regionCode != null) ? Region.regencyOf(regionCode) : null;
	}

	/**
	 * Codes and labels (Indonesian and English, alone or "group › category") to codes.
	 */
	private Map<String, String> categoryIndex() {
		Map<String, String> index = new HashMap<>();
		Map<String, PartnerCategory> byCode = new LinkedHashMap<>();
		for (PartnerCategory category : this.categories.all()) {
			byCode.put(category.getCode(), category);
		}
		for (PartnerCategory category : byCode.values()) {
			index.putIfAbsent(categoryKey(category.getCode()), category.getCode());
			PartnerCategory group = byCode.get(category.getParentCode());
			for (String language : List.of("id", "en")) {
				index.putIfAbsent(categoryKey(category.label(language)), category.getCode());
				if (group != null) {
					index.putIfAbsent(categoryKey(group.label(language) + " > " + category.label(language)),
							category.getCode());
				}
			}
		}
		return index;
	}

	private static String categoryKey(String text) {
		return text.toLowerCase(Locale.ROOT)
			.replace('\u203a', '>')
			.replaceAll("\\s*>\\s*", ">")
			.replaceAll("\\s+", " ")
			.trim();
	}

	/**
	 * A row of the file: its cells, what it would record, and its problems.
	 *
	 * @param number the row's number in the file (the header is row 1)
	 */
	public record Row(int number, List<String> cells, PartnerDetails partner, ContactDetails contact,
			List<Problem> problems) {

		public boolean valid() {
			return this.problems.isEmpty();
		}

		public String cell(int column) {
			String value = this.cells.get(column);
			return PartnerSheetReader.FORMULA.equals(value) ? "=\u2026" : value;
		}

	}

	/** A message key and its one argument (or null). */
	public record Problem(String key, String argument) {
	}

	/**
	 * Who already has a name (in a regency), a phone number or an e-mail: the row number
	 * in the file, or the recorded partner's name, to show in the problem.
	 */
	private static final class Keys {

		private final Map<String, List<String[]>> names = new HashMap<>();

		private final Map<String, String> phones = new HashMap<>();

		private final Map<String, String> emails = new HashMap<>();

		void add(String who, String name, String regency, String phone, String whatsapp, String email) {
			if (name != null && !name.isEmpty()) {
				this.names.computeIfAbsent(name, (n) -> new ArrayList<>()).add(new String[] { who, regency });
			}
			for (String number : Arrays.asList(phone, whatsapp)) {
				if (number != null) {
					this.phones.putIfAbsent(number, who);
				}
			}
			if (email != null) {
				this.emails.putIfAbsent(email, who);
			}
		}

		String find(String name, String regency, String phone, String whatsapp, String email) {
			if (name != null && !name.isEmpty()) {
				for (String[] seen : this.names.getOrDefault(name, List.of())) {
					String seenRegency = seen[1];
					if (regency == null || seenRegency == null || regency.equals(seenRegency)) {
						return seen[0];
					}
				}
			}
			for (String number : Arrays.asList(phone, whatsapp)) {
				if (number != null && this.phones.containsKey(number)) {
					return this.phones.get(number);
				}
			}
			return (email != null) ? this.emails.get(email) : null;
		}

	}

}
