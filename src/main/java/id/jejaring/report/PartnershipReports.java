package id.jejaring.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import id.jejaring.agreement.Agreement;
import id.jejaring.agreement.AgreementStatus;
import id.jejaring.agreement.Agreements;
import id.jejaring.evaluation.JointEvaluations;
import id.jejaring.evaluation.Monitoring;
import id.jejaring.followup.CycleDecision;
import id.jejaring.followup.FollowUps;
import id.jejaring.institution.Institution;
import id.jejaring.institution.InstitutionManagement;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipRows;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.StaffMember;
import id.jejaring.shared.Access;
import id.jejaring.shared.PdfRenderer;
import id.jejaring.workplan.WorkPlans;

/**
 * The partnership report of a cycle: gathers the records of every module that owns a part
 * and renders them to PDF in Indonesian (the report goes to the partner and the
 * supervisor, like the agreement it reports on). A cycle is its own partnership record,
 * so the report of an earlier year is the report of that year's record.
 */
@Service
@Transactional(readOnly = true)
public class PartnershipReports {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final Partnerships partnerships;

	private final PartnershipRows rows;

	private final InstitutionManagement institutions;

	private final Agreements agreements;

	private final WorkPlans plans;

	private final Monitoring monitoring;

	private final JointEvaluations evaluations;

	private final FollowUps followUps;

	private final ITemplateEngine templates;

	PartnershipReports(Partnerships partnerships, PartnershipRows rows, InstitutionManagement institutions,
			Agreements agreements, WorkPlans plans, Monitoring monitoring, JointEvaluations evaluations,
			FollowUps followUps, ITemplateEngine templates) {
		this.partnerships = partnerships;
		this.rows = rows;
		this.institutions = institutions;
		this.agreements = agreements;
		this.plans = plans;
		this.monitoring = monitoring;
		this.evaluations = evaluations;
		this.followUps = followUps;
		this.templates = templates;
	}

	/** A generated report: its download name and content. */
	public record File(String fileName, byte[] content) {

	}

	/** What the report of the partnership's cycle shows. */
	@PreAuthorize(Access.READ)
	public PartnershipReport report(UUID partnershipId) {
		Partnership partnership = this.partnerships.get(partnershipId);
		Institution institution = this.institutions.current();
		List<PartnershipRows.NamedParty> partners = this.rows.parties(List.of(partnershipId))
			.getOrDefault(partnershipId, List.of());
		Map<UUID, String> names = new HashMap<>();
		partners.forEach((party) -> names.put(party.partnerId(), party.name()));

		List<Agreement> found = this.agreements.forPartnership(partnershipId);
		List<AgreementStatus> statuses = this.agreements.statuses(found);
		List<PartnershipReport.AgreementLine> agreementLines = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			agreementLines.add(new PartnershipReport.AgreementLine(found.get(i), statuses.get(i)));
		}

		List<PartnershipReport.Contribution> contributions = this.plans.current(partnershipId)
			.map((plan) -> plan.totalsPerParty()
				.stream()
				.map((total) -> new PartnershipReport.Contribution(
						(total.partnerId() != null) ? names.getOrDefault(total.partnerId(), "") : institution.getName(),
						total))
				.toList())
			.orElse(List.of());

		Map<UUID, String> owners = new LinkedHashMap<>();
		this.followUps.owners().forEach((StaffMember member) -> owners.put(member.id(), member.name()));
		CycleDecision decision = this.followUps.decision(partnershipId).orElse(null);
		String decidedBy = (decision != null && decision.getDecidedBy() != null) ? owners.get(decision.getDecidedBy())
				: null;

		return new PartnershipReport(institution, partnership, partners, agreementLines,
				this.plans.progress(partnershipId), contributions, this.monitoring.records(partnershipId),
				this.evaluations.summary(partnershipId), this.followUps.actions(partnershipId), owners, decision,
				decidedBy, this.monitoring.today());
	}

	/** The report as PDF, named after the partnership's cycle and year. */
	@PreAuthorize(Access.READ)
	public File pdf(UUID partnershipId) {
		PartnershipReport report = report(partnershipId);
		Map<String, Object> variables = new HashMap<>();
		variables.put("report", report);
		variables.put("fmt", new ReportText());
		String html = this.templates.process("report/partnership-pdf", new Context(INDONESIAN, variables));
		Partnership partnership = report.partnership();
		String name = "laporan-kemitraan-siklus-" + partnership.getCycle() + "-" + partnership.getYear() + ".pdf";
		return new File(name, PdfRenderer.render(html));
	}

}
