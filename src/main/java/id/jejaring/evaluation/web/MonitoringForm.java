package id.jejaring.evaluation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.jejaring.evaluation.Cadence;
import id.jejaring.evaluation.MonitoringDetails;
import id.jejaring.evaluation.MonitoringRecord;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/**
 * A monitoring record as typed: the period (its first day), what was seen, and the
 * follow-ups; a follow-up row left empty is ignored (or removed, when it existed).
 */
record MonitoringForm(@Pattern(regexp = "^[0-9]{0,18}$") String version,
		@NotBlank(message = "{validation.monitoring.period}") @Pattern(regexp = DATE,
				message = "{validation.monitoring.period}") String periodStart,
		@NotBlank(message = "{validation.monitoring.progress}") @Size(max = 4000,
				message = "{validation.evaluation.long}") String progress,
		@Size(max = 4000, message = "{validation.evaluation.long}") String deviations,
		@Size(max = 4000, message = "{validation.evaluation.long}") String problems,
		@Size(max = 4000, message = "{validation.evaluation.long}") String solutions,
		List<@Valid FollowUpRow> followUps) {

	static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

	static final String ID = "^$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

	static final int BLANK_ROWS = 3;

	MonitoringForm {
		followUps = (followUps != null) ? followUps : List.of();
	}

	static MonitoringForm empty(LocalDate period) {
		return new MonitoringForm("0", period.toString(), "", "", "", "", withBlankRows(List.of()));
	}

	static MonitoringForm of(MonitoringRecord record) {
		MonitoringDetails d = record.details();
		return new MonitoringForm(String.valueOf(record.getVersion()), d.periodStart().toString(), d.progress(),
				text(d.deviations()), text(d.problems()), text(d.solutions()),
				withBlankRows(d.followUps()
					.stream()
					.map((f) -> new FollowUpRow(f.id().toString(), f.action(), f.owner(), f.dueOn().toString(),
							f.done() ? "true" : ""))
					.toList()));
	}

	private static List<FollowUpRow> withBlankRows(List<FollowUpRow> rows) {
		List<FollowUpRow> all = new ArrayList<>(rows);
		for (int i = 0; i < BLANK_ROWS; i++) {
			all.add(new FollowUpRow("", "", "", "", ""));
		}
		return all;
	}

	long expectedVersion() {
		return (this.version == null || this.version.isBlank()) ? 0 : Long.parseLong(this.version);
	}

	/**
	 * The details, or {@code null} with the messages beside the fields when a follow-up
	 * row is half filled or a date does not exist.
	 */
	MonitoringDetails details(Cadence cadence, BindingResult errors) {
		LocalDate period = date(this.periodStart);
		if (period == null && !errors.hasFieldErrors("periodStart")) {
			errors.rejectValue("periodStart", "validation.monitoring.period");
		}
		List<MonitoringDetails.FollowUpDetails> followUps = new ArrayList<>();
		for (int i = 0; i < this.followUps.size(); i++) {
			FollowUpRow row = this.followUps.get(i);
			if (row == null || row.isEmpty()) {
				continue;
			}
			String prefix = "followUps[" + i + "].";
			if (row.action() == null || row.action().isBlank()) {
				errors.rejectValue(prefix + "action", "validation.monitoring.followUp.action");
			}
			if (row.owner() == null || row.owner().isBlank()) {
				errors.rejectValue(prefix + "owner", "validation.monitoring.followUp.owner");
			}
			LocalDate due = date(row.dueOn());
			if (due == null && !errors.hasFieldErrors(prefix + "dueOn")) {
				errors.rejectValue(prefix + "dueOn", "validation.monitoring.followUp.dueOn");
			}
			if (!errors.hasErrors()) {
				followUps.add(new MonitoringDetails.FollowUpDetails(
						(row.id() == null || row.id().isBlank()) ? null : UUID.fromString(row.id()),
						row.action().strip(), row.owner().strip(), due, "true".equals(row.done())));
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new MonitoringDetails(cadence, period, this.progress.strip(), nullIfBlank(this.deviations),
				nullIfBlank(this.problems), nullIfBlank(this.solutions), followUps);
	}

	static LocalDate date(String value) {
		try {
			return (value == null) ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String nullIfBlank(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	record FollowUpRow(@Pattern(regexp = ID) String id,
			@Size(max = 1000, message = "{validation.monitoring.followUp.long}") String action,
			@Size(max = 200, message = "{validation.monitoring.followUp.owner.long}") String owner,
			@Pattern(regexp = "^$|" + DATE, message = "{validation.monitoring.followUp.dueOn}") String dueOn,
			String done) {

		boolean isEmpty() {
			return blank(this.action) && blank(this.owner) && blank(this.dueOn);
		}

		private static boolean blank(String value) {
			return value == null || value.isBlank();
		}

	}

}
