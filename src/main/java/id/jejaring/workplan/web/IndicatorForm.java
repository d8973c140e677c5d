package id.jejaring.workplan.web;

import id.jejaring.workplan.IndicatorDetails;
import id.jejaring.workplan.IndicatorMeasure;
import id.jejaring.workplan.PlanIndicator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An indicator as typed: a catalogue figure, or {@code OWN} with a name and unit; the
 * baseline and target as whole numbers (rupiah for funds received).
 */
record IndicatorForm(@Pattern(regexp = "^[0-9]{0,18}$") String version,
		@NotBlank(message = "{validation.workplan.measure}") @Pattern(
				regexp = "^(OWN|PARTICIPANTS_TRAINED|INTERNSHIPS|GRADUATES_CERTIFIED|GRADUATES_PLACED|JOB_ORDERS"
						+ "|FUNDS_RECEIVED|EQUIPMENT_RECEIVED|INSTRUCTOR_HOURS|PRODUCTS_MARKETED)$",
				message = "{validation.workplan.measure}") String measure,
		@Size(max = 200, message = "{validation.workplan.text.long}") String name,
		@Size(max = 50, message = "{validation.workplan.text.long}") String unit,
		@NotBlank(message = "{validation.workplan.number}") @Pattern(regexp = PlanInput.AMOUNT,
				message = "{validation.workplan.number}") String baseline,
		@NotBlank(message = "{validation.workplan.number}") @Pattern(regexp = PlanInput.AMOUNT,
				message = "{validation.workplan.number}") String target,
		@Pattern(regexp = PlanInput.PARTY, message = "{validation.workplan.party}") String proposedBy) {

	static final String OWN = "OWN";

	static IndicatorForm empty() {
		return new IndicatorForm("0", "", "", "", "0", "", "");
	}

	static IndicatorForm of(PlanIndicator indicator) {
		return new IndicatorForm(String.valueOf(indicator.getVersion()),
				(indicator.getMeasure() != null) ? indicator.getMeasure().name() : OWN, indicator.getName(),
				indicator.getUnit(), String.valueOf(indicator.getBaseline()), String.valueOf(indicator.getTarget()),
				PlanInput.party(indicator.getProposedBy()));
	}

	long expectedVersion() {
		return (this.version == null || this.version.isBlank()) ? 0 : Long.parseLong(this.version);
	}

	IndicatorDetails details() {
		IndicatorMeasure figure = OWN.equals(this.measure) ? null : IndicatorMeasure.valueOf(this.measure);
		return new IndicatorDetails(figure, PlanInput.text(this.name), PlanInput.text(this.unit),
				PlanInput.amount(this.baseline), PlanInput.amount(this.target), PlanInput.party(this.proposedBy));
	}

}
