package id.jejaring.needs.web;

import id.jejaring.needs.ProgramRequirement;
import id.jejaring.needs.RequirementComponent;
import id.jejaring.needs.RequirementDetails;
import id.jejaring.shared.Texts;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * A requirement line as edited in the checklist and sent to the API. Quantities are text
 * checked by pattern (see {@link Inputs}).
 */
public record RequirementForm(@NotNull(message = "{validation.requirement.component}") RequirementComponent component,
		@Size(max = 150) String customName,
		@Pattern(regexp = Inputs.WHOLE_NUMBER, message = "{validation.wholeNumber}") String requiredQuantity,
		@Size(max = 500) String requiredDescription,
		@Pattern(regexp = Inputs.WHOLE_NUMBER, message = "{validation.wholeNumber}") String availableQuantity,
		@Size(max = 500) String availableDescription, Boolean met, long version) {

	static RequirementForm empty() {
		return new RequirementForm(null, null, null, null, null, null, true, 0);
	}

	static RequirementForm of(ProgramRequirement requirement) {
		return new RequirementForm(requirement.getComponent(), requirement.getCustomName(),
				Inputs.text(requirement.getRequiredQuantity()), requirement.getRequiredDescription(),
				Inputs.text(requirement.getAvailableQuantity()), requirement.getAvailableDescription(),
				requirement.isMet(), requirement.getVersion());
	}

	/** Checks across fields, after the annotations. */
	void check(Errors errors) {
		if (Inputs.isNegative(this.requiredQuantity)) {
			errors.rejectValue("requiredQuantity", "validation.quantity.negative");
		}
		if (Inputs.isNegative(this.availableQuantity)) {
			errors.rejectValue("availableQuantity", "validation.quantity.negative");
		}
		if (this.component == RequirementComponent.OTHER && Texts.clean(this.customName) == null) {
			errors.rejectValue("customName", "validation.requirement.customName");
		}
		if (Texts.clean(this.requiredQuantity) == null && Texts.clean(this.requiredDescription) == null
				&& !errors.hasFieldErrors("requiredQuantity")) {
			errors.rejectValue("requiredDescription", "validation.requirement.what");
		}
	}

	RequirementDetails details() {
		return new RequirementDetails(this.component, Texts.clean(this.customName),
				Inputs.number(this.requiredQuantity), Texts.clean(this.requiredDescription),
				Inputs.number(this.availableQuantity), Texts.clean(this.availableDescription),
				!Boolean.FALSE.equals(this.met));
	}

}
