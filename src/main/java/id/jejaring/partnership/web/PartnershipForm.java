package id.jejaring.partnership.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.jejaring.needs.Need;
import id.jejaring.needs.NeedAspect;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipDetails;
import id.jejaring.partnership.PartnershipPattern;
import id.jejaring.partnership.PartnershipStrategy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The partnership form. The parties travel as two parallel lists (partner ids and their
 * roles, in page order) so rows can be added from the partner search and removed without
 * renumbering; the year is text checked here and converted when saved.
 */
public record PartnershipForm(@NotBlank @Size(max = 200) String title, List<UUID> partyIds, List<String> partyRoles,
		List<UUID> needIds, List<NeedAspect> aspects,
		@NotNull(message = "{validation.partnership.pattern}") PartnershipPattern pattern,
		@NotNull(message = "{validation.partnership.strategy}") PartnershipStrategy strategy, UUID ownerId,
		@NotBlank(message = "{validation.partnership.year}") @Pattern(regexp = "^$|^(19|20)\\d{2}$",
				message = "{validation.partnership.year}") String year,
		@Size(max = 4000) String description, long version) {

	public PartnershipForm {
		partyIds = (partyIds != null) ? new ArrayList<>(partyIds) : new ArrayList<>();
		partyRoles = (partyRoles != null) ? new ArrayList<>(partyRoles) : new ArrayList<>();
		needIds = (needIds != null) ? new ArrayList<>(needIds) : new ArrayList<>();
		aspects = (aspects != null) ? new ArrayList<>(aspects) : new ArrayList<>();
	}

	static PartnershipForm empty(UUID ownerId, int year) {
		return new PartnershipForm(null, List.of(), List.of(), List.of(), List.of(), null,
				PartnershipStrategy.MISSION_IMPLEMENTATION, ownerId, String.valueOf(year), null, 0);
	}

	/** A new partnership prefilled from a need and/or a partner (either may be null). */
	static PartnershipForm prefilled(UUID ownerId, int year, Need need, UUID partnerId) {
		return new PartnershipForm((need != null) ? need.getTitle() : null,
				(partnerId != null) ? List.of(partnerId) : List.of(), (partnerId != null) ? List.of("") : List.of(),
				(need != null) ? List.of(need.getId()) : List.of(),
				(need != null) ? List.of(need.getAspect()) : List.of(), null,
				PartnershipStrategy.MISSION_IMPLEMENTATION, ownerId, String.valueOf(year), null, 0);
	}

	static PartnershipForm of(Partnership partnership) {
		PartnershipDetails details = partnership.details();
		return new PartnershipForm(details.title(),
				details.parties().stream().map(PartnershipDetails.Party::partnerId).toList(),
				details.parties().stream().map((p) -> (p.role() != null) ? p.role() : "").toList(), details.needIds(),
				List.copyOf(details.aspects()), details.pattern(), details.strategy(), details.ownerId(),
				String.valueOf(details.year()), details.description(), partnership.getVersion());
	}

	/** The role typed for the party at this position ("" when none). */
	public String roleAt(int index) {
		return (index < this.partyRoles.size() && this.partyRoles.get(index) != null) ? this.partyRoles.get(index) : "";
	}

	/** Checks beyond the annotations: at least one partner, each with a role. */
	void check(Errors errors) {
		if (this.partyIds.stream().noneMatch(java.util.Objects::nonNull)) {
			errors.rejectValue("partyIds", "validation.partnership.parties");
		}
		else {
			for (int i = 0; i < this.partyIds.size(); i++) {
				String role = roleAt(i);
				if (role.isBlank()) {
					errors.rejectValue("partyRoles", "validation.partnership.role");
					break;
				}
				if (role.strip().length() > 200) {
					errors.rejectValue("partyRoles", "validation.partnership.roleLength");
					break;
				}
			}
		}
		if (new LinkedHashSet<>(this.partyIds).size() < this.partyIds.size()) {
			errors.rejectValue("partyIds", "validation.partnership.partyTwice");
		}
	}

	PartnershipDetails details() {
		List<PartnershipDetails.Party> parties = new ArrayList<>();
		for (int i = 0; i < this.partyIds.size(); i++) {
			if (this.partyIds.get(i) != null) {
				parties.add(new PartnershipDetails.Party(this.partyIds.get(i), roleAt(i).strip()));
			}
		}
		return new PartnershipDetails(this.title.strip(), this.pattern, this.strategy, this.ownerId,
				Integer.parseInt(this.year.strip()), blankless(this.description), parties, this.needIds,
				Set.copyOf(this.aspects));
	}

	private static String blankless(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
