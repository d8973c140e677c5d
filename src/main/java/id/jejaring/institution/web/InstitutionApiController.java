package id.jejaring.institution.web;

import id.jejaring.institution.Institution;
import id.jejaring.institution.InstitutionFormValidation;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.institution.Regions;
import id.jejaring.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/institution")
@Tag(name = "Institution", description = "The signed-in user's institution (LKP) profile")
@PreAuthorize("hasAnyRole('MANAGER', 'STAFF')")
class InstitutionApiController {

	private final InstitutionManagement institutions;

	private final Regions regions;

	private final InstitutionFormValidation validation;

	InstitutionApiController(InstitutionManagement institutions, Regions regions,
			InstitutionFormValidation validation) {
		this.institutions = institutions;
		this.regions = regions;
		this.validation = validation;
	}

	@GetMapping
	@Operation(summary = "Read the institution profile")
	InstitutionResponse get() {
		return response(this.institutions.current());
	}

	@PutMapping
	@PreAuthorize("hasRole('MANAGER')")
	@Operation(summary = "Replace the institution profile (manager); send the version you read")
	InstitutionResponse put(@Valid @RequestBody InstitutionForm request) {
		BindingResult errors = new BeanPropertyBindingResult(request, "institutionForm");
		this.validation.validate(request.regionCode(), request.npsn(), this.institutions.current().getId(), errors, "");
		if (errors.hasErrors()) {
			throw new InvalidInputException(errors);
		}
		return response(this.institutions.updateCurrent(request.version(), request.profile()));
	}

	private InstitutionResponse response(Institution institution) {
		return InstitutionResponse.of(institution, this.regions.label(institution.getRegionCode()));
	}

}
