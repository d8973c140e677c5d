package id.jejaring.partnership.web;

import id.jejaring.partnership.Exploration;
import id.jejaring.partnership.ExplorationDetails;
import id.jejaring.partnership.ExplorationFormat;
import id.jejaring.partnership.ExplorationOutcome;
import id.jejaring.shared.Texts;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/** An exploration as edited in the form and sent to the API; the date as text. */
public record ExplorationForm(@Pattern(regexp = Inputs.DATE, message = "{validation.date}") String heldOn,
		ExplorationFormat format, @Size(max = 2000) String attendees, @Size(max = 4000) String offered,
		@Size(max = 4000) String partnerResponse, ExplorationOutcome outcome, @Size(max = 2000) String outcomeNote,
		Long version) {

	static ExplorationForm start(String today) {
		return new ExplorationForm(today, ExplorationFormat.AUDIENCE, null, null, null, null, null, 0L);
	}

	static ExplorationForm of(Exploration exploration) {
		ExplorationDetails d = exploration.details();
		return new ExplorationForm(Inputs.text(d.heldOn()), d.format(), d.attendees(), d.offered(), d.partnerResponse(),
				d.outcome(), d.outcomeNote(), exploration.getVersion());
	}

	/** The version read; none counts as stale on a change (a new record ignores it). */
	long versionRead() {
		return (this.version != null) ? this.version : -1;
	}

	void check(Errors errors) {
		Inputs.checkDate(errors, "heldOn", this.heldOn);
	}

	ExplorationDetails details() {
		return new ExplorationDetails(Inputs.date(this.heldOn), this.format, Texts.clean(this.attendees),
				Texts.clean(this.offered), Texts.clean(this.partnerResponse), this.outcome,
				Texts.clean(this.outcomeNote));
	}

}
