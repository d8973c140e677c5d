package id.jejaring.partnership;

import id.jejaring.identity.UserManagement;
import id.jejaring.institution.Programs;
import id.jejaring.needs.Needs;
import id.jejaring.partner.Partners;

import org.springframework.stereotype.Component;

/** Makes {@link PipelineFixture}s: each a new institution of its own with two users. */
@Component
class PipelineFixtures {

	private final UserManagement users;

	private final Partners partners;

	private final Needs needs;

	private final Programs programs;

	private final Partnerships partnerships;

	private final PartnershipRepository repository;

	private final InteractionRepository interactions;

	private final AnalysisRepository analyses;

	PipelineFixtures(UserManagement users, Partners partners, Needs needs, Programs programs, Partnerships partnerships,
			PartnershipRepository repository, InteractionRepository interactions, AnalysisRepository analyses) {
		this.users = users;
		this.partners = partners;
		this.needs = needs;
		this.programs = programs;
		this.partnerships = partnerships;
		this.repository = repository;
		this.interactions = interactions;
		this.analyses = analyses;
	}

	PipelineFixture create() {
		return new PipelineFixture(this.users, this.partners, this.needs, this.programs, this.partnerships,
				this.repository, this.interactions, this.analyses);
	}

}
