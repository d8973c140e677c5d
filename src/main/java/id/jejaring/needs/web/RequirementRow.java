package id.jejaring.needs.web;

import id.jejaring.needs.Gap;
import id.jejaring.needs.Need;
import id.jejaring.needs.ProgramRequirement;

/**
 * A checklist line for the page: the requirement, its gap and the need recorded from it.
 */
record RequirementRow(ProgramRequirement requirement, Gap gap, Need need) {

	static RequirementRow of(ProgramRequirement requirement, Need need) {
		return new RequirementRow(requirement, requirement.gap(), need);
	}

}
