package id.jejaring.needs.web;

import java.util.List;
import java.util.UUID;

import id.jejaring.institution.PartnerCategories;
import id.jejaring.institution.Program;
import id.jejaring.needs.Gap;
import id.jejaring.needs.Need;
import id.jejaring.needs.NeedAspect;
import id.jejaring.needs.NeedDetails;
import id.jejaring.needs.ProgramRequirement;
import id.jejaring.needs.RegionScope;
import id.jejaring.needs.RequirementComponent;
import id.jejaring.shared.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * A need with its partner criteria, as edited in the form and sent to the API. Amounts,
 * quantities and dates are text checked by pattern (see {@link Inputs}).
 *
 * @param requirementId the requirement whose gap the user confirms as this need (create
 * only)
 */
public record NeedForm(@NotNull(message = "{validation.need.program}") UUID programId, UUID requirementId,
		RequirementComponent component, @NotNull(message = "{validation.need.aspect}") NeedAspect aspect,
		@NotBlank(message = "{validation.need.title}") @Size(max = 300) String title, @Size(max = 2000) String details,
		@Pattern(regexp = Inputs.WHOLE_NUMBER, message = "{validation.wholeNumber}") String quantity,
		@Pattern(regexp = Inputs.WHOLE_NUMBER, message = "{validation.rupiah}") String amount,
		@Pattern(regexp = Inputs.DATE, message = "{validation.date}") String neededBy,
		@Size(max = 200) String timingNote, List<String> partnerCategories, RegionScope regionScope,
		@Size(max = 1000) String requiredCapability, @Size(max = 1000) String minimumCommitment, long version) {

	static NeedForm empty(UUID programId) {
		return new NeedForm(programId, null, null, null, null, null, null, null, null, null, List.of(),
				RegionScope.SAME_PROVINCE, null, null, 0);
	}

	/** A need proposed from a requirement's gap; the user confirms or changes it. */
	static NeedForm fromGap(ProgramRequirement requirement, Program program, String componentLabel) {
		Gap gap = requirement.gap();
		String what = (requirement.getRequiredDescription() != null) ? requirement.getRequiredDescription()
				: componentLabel;
		boolean funds = requirement.getComponent() == RequirementComponent.FUNDS;
		return new NeedForm(program.getId(), requirement.getId(), requirement.getComponent(),
				requirement.getComponent().usualAspect(), what, null, funds ? null : Inputs.text(gap.shortfall()),
				funds ? Inputs.text(gap.shortfall()) : null,
				(program.getNextBatchStartsOn() != null) ? program.getNextBatchStartsOn().toString() : null, null,
				List.of(), RegionScope.SAME_PROVINCE, null, null, 0);
	}

	static NeedForm of(Need need) {
		return new NeedForm(need.getProgramId(), need.getRequirementId(), need.getComponent(), need.getAspect(),
				need.getTitle(), need.getDetails(), Inputs.text(need.getQuantity()),
				Inputs.text(need.getAmountRupiah()),
				(need.getNeededBy() != null) ? need.getNeededBy().toString() : null, need.getTimingNote(),
				need.categoryCodes(), need.getRegionScope(), need.getRequiredCapability(), need.getMinimumCommitment(),
				need.getVersion());
	}

	/** Checks across fields and against the reference data, after the annotations. */
	void check(Errors errors, PartnerCategories categories) {
		if (Inputs.isNegative(this.quantity)) {
			errors.rejectValue("quantity", "validation.quantity.negative");
		}
		if (Inputs.isNegative(this.amount)) {
			errors.rejectValue("amount", "validation.amount.negative");
		}
		if (Inputs.isInvalidDate(this.neededBy)) {
			errors.rejectValue("neededBy", "validation.date");
		}
		if (this.partnerCategories != null && !this.partnerCategories.stream().allMatch(categories::exists)) {
			errors.rejectValue("partnerCategories", "validation.need.partnerCategory");
		}
	}

	public boolean hasCategory(String code) {
		return this.partnerCategories != null && this.partnerCategories.contains(code);
	}

	NeedDetails needDetails() {
		return new NeedDetails(this.programId, this.component, this.aspect, this.title.trim(),
				Texts.clean(this.details), Inputs.number(this.quantity), Inputs.number(this.amount),
				Inputs.date(this.neededBy), Texts.clean(this.timingNote),
				(this.regionScope != null) ? this.regionScope : RegionScope.ANYWHERE,
				Texts.clean(this.requiredCapability), Texts.clean(this.minimumCommitment),
				(this.partnerCategories != null) ? List.copyOf(this.partnerCategories) : List.of());
	}

}
