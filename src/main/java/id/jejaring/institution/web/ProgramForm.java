package id.jejaring.institution.web;

import id.jejaring.institution.Program;
import id.jejaring.institution.ProgramDetails;
import id.jejaring.institution.ProgramLevel;
import id.jejaring.institution.ProgramStatus;
import id.jejaring.institution.ProgramType;
import id.jejaring.shared.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * A program as edited in the form and sent to the API. Numbers and the date are text,
 * checked here, so bad input is shown again beside its field.
 */
record ProgramForm(@NotBlank @Size(max = 150) String name, @Size(max = 150) String skillField,
		@NotNull(message = "{validation.program.type}") ProgramType type, ProgramLevel level,
		@Pattern(regexp = FormValues.POSITIVE, message = "{validation.positiveNumber}") String durationHours,
		@Pattern(regexp = FormValues.POSITIVE, message = "{validation.positiveNumber}") String capacityPerBatch,
		@Pattern(regexp = FormValues.WHOLE, message = "{validation.wholeNumber}") String batchesPerYear,
		String nextBatchStartsOn, @NotNull(message = "{validation.program.status}") ProgramStatus status,
		long version) {

	static ProgramForm empty() {
		return new ProgramForm(null, null, ProgramType.REGULAR_COURSE, null, null, null, null, null,
				ProgramStatus.ACTIVE, 0);
	}

	static ProgramForm of(Program program) {
		ProgramDetails d = program.details();
		return new ProgramForm(d.name(), d.skillField(), d.type(), d.level(), FormValues.text(d.durationHours()),
				FormValues.text(d.capacityPerBatch()), FormValues.text(d.batchesPerYear()),
				(d.nextBatchStartsOn() != null) ? d.nextBatchStartsOn().toString() : null, d.status(),
				program.getVersion());
	}

	/** Checks that bean validation cannot express: a real calendar date. */
	void check(Errors errors) {
		if (!FormValues.isDate(this.nextBatchStartsOn)) {
			errors.rejectValue("nextBatchStartsOn", "validation.date");
		}
	}

	ProgramDetails details() {
		return new ProgramDetails(this.name.trim(), Texts.clean(this.skillField), this.type, this.level,
				FormValues.integer(this.durationHours), FormValues.integer(this.capacityPerBatch),
				FormValues.integer(this.batchesPerYear), FormValues.date(this.nextBatchStartsOn), this.status);
	}

}
