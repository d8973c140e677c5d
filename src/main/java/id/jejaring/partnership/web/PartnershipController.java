package id.jejaring.partnership.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.jejaring.identity.JejaringUser;
import id.jejaring.identity.UserAccount;
import id.jejaring.needs.Need;
import id.jejaring.needs.NeedAspect;
import id.jejaring.needs.NeedFilter;
import id.jejaring.needs.Needs;
import id.jejaring.partner.Partner;
import id.jejaring.partner.PartnerFilter;
import id.jejaring.partner.Partners;
import id.jejaring.partnership.Interactions;
import id.jejaring.partnership.MoveRefusedException;
import id.jejaring.partnership.Partnership;
import id.jejaring.partnership.PartnershipFilter;
import id.jejaring.partnership.PartnershipPattern;
import id.jejaring.partnership.PartnershipRows;
import id.jejaring.partnership.PartnershipStatus;
import id.jejaring.partnership.PartnershipStrategy;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.Stage;
import id.jejaring.shared.Access;
import id.jejaring.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The partnership pages: the list (filters, sort and paging in the database), the form
 * (parties picked through a partner search), and a partnership's page with its stage,
 * guidance, gate, moves forward and back, status, the four conditions and the history.
 */
@Controller
@PreAuthorize(Access.READ)
class PartnershipController {

	static final int PAGE_SIZE = 25;

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	/**
	 * The newest interactions shown in the timeline; the interactions section pages all.
	 */
	static final int TIMELINE_INTERACTIONS = 50;

	/** Beyond this page number the offset would overflow; nobody pages that far. */
	static final int MAX_PAGE = 10_000;

	private final Partnerships partnerships;

	private final PartnershipRows rows;

	private final Partners partners;

	private final Needs needs;

	private final StaffNames staff;

	private final MissingTexts missingTexts;

	private final Clock clock;

	private final Interactions interactions;

	PartnershipController(Partnerships partnerships, PartnershipRows rows, Partners partners, Needs needs,
			StaffNames staff, MissingTexts missingTexts, Clock clock, Interactions interactions) {
		this.interactions = interactions;
		this.partnerships = partnerships;
		this.rows = rows;
		this.partners = partners;
		this.needs = needs;
		this.staff = staff;
		this.missingTexts = missingTexts;
		this.clock = clock;
	}

	@GetMapping("/partnerships")
	String list(@ModelAttribute("filter") ListFilter filter, Model model) {
		Page<Partnership> page = this.partnerships.list(filter.partnershipFilter(),
				PageRequest.of(filter.pageNumber(), PAGE_SIZE, filter.sortOrder()));
		List<UserAccount> people = this.staff.all();
		model.addAttribute("page", page);
		model.addAttribute("parties", this.rows.parties(page.getContent().stream().map(Partnership::getId).toList()));
		model.addAttribute("ownerNames", StaffNames.byId(people));
		model.addAttribute("owners", this.staff.owners(people));
		model.addAttribute("daysInStage", daysInStage(page.getContent()));
		model.addAttribute("statuses", PartnershipStatus.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("stageCount", Stage.values().length);
		model.addAttribute("filtered", filter.isFiltered());
		model.addAttribute("previousUrl", page.hasPrevious() ? filter.url(page.getNumber() - 1) : null);
		model.addAttribute("nextUrl", page.hasNext() ? filter.url(page.getNumber() + 1) : null);
		return "partnership/list";
	}

	@GetMapping("/partnerships/new")
	@PreAuthorize(Access.EDIT)
	String newForm(@RequestParam(required = false) UUID partnerId, @RequestParam(required = false) UUID needId,
			@AuthenticationPrincipal JejaringUser user, Model model) {
		Need need = (needId != null) ? this.needs.get(needId) : null;
		if (partnerId != null) {
			this.partners.get(partnerId);
		}
		model.addAttribute("partnershipForm",
				PartnershipForm.prefilled((user != null) ? user.id() : null, thisYear(), need, partnerId));
		return form(model, null);
	}

	@PostMapping("/partnerships")
	@PreAuthorize(Access.EDIT)
	String create(@Valid @ModelAttribute PartnershipForm partnershipForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		partnershipForm.check(errors);
		checkOwner(partnershipForm.ownerId(), errors);
		if (errors.hasErrors()) {
			return form(model, null);
		}
		Partnership partnership = this.partnerships.create(partnershipForm.details());
		redirect.addFlashAttribute("success", "partnership.saved");
		return "redirect:/partnerships/" + partnership.getId();
	}

	@GetMapping("/partnerships/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Partnership partnership = this.partnerships.get(id);
		Partnerships.GateStatus gate = this.partnerships.gateStatus(id);
		List<UserAccount> people = this.staff.all();
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		Map<UUID, String> partnerNames = new LinkedHashMap<>();
		// all parties' names in one query, not one partner lookup each
		this.rows.parties(List.of(id))
			.getOrDefault(id, List.of())
			.forEach((party) -> partnerNames.put(party.partnerId(), party.name()));
		List<Need> linkedNeeds = new ArrayList<>();
		partnership.needIds().forEach((needId) -> needOf(needId).ifPresent(linkedNeeds::add));
		Stage stage = partnership.getStage();
		Stage next = stage.next();
		boolean manager = this.partnerships.isManager();
		model.addAttribute("partnership", partnership);
		model.addAttribute("partnerNames", partnerNames);
		model.addAttribute("linkedNeeds", linkedNeeds);
		model.addAttribute("ownerName", StaffNames.byId(people).get(partnership.getOwnerId()));
		model.addAttribute("whoNames", StaffNames.byUsername(people));
		model.addAttribute("stages", Stage.values());
		model.addAttribute("stageCount", Stage.values().length);
		model.addAttribute("next", next);
		model.addAttribute("earlier", Arrays.stream(Stage.values()).filter((s) -> s.isBefore(stage)).toList());
		model.addAttribute("ahead", ahead(stage, manager));
		model.addAttribute("gate", gate);
		model.addAttribute("gateMissing", this.missingTexts.of(gate.missing(), locale));
		model.addAttribute("managersMove", next != null && stage.leavingNeedsManager() && !manager);
		model.addAttribute("isManager", manager);
		if (!model.containsAttribute("refusedAhead")) {
			model.addAttribute("refusedAhead", false);
		}
		model.addAttribute("timeline", Timeline.of(this.partnerships.history(id),
				this.interactions.forPartnership(id, PageRequest.of(0, TIMELINE_INTERACTIONS)).getContent()));
		model.addAttribute("daysInStage", days(partnership));
		return "partnership/detail";
	}

	@GetMapping("/partnerships/{id}/edit")
	@PreAuthorize(Access.EDIT)
	String edit(@PathVariable UUID id, Model model) {
		Partnership partnership = this.partnerships.get(id);
		model.addAttribute("partnershipForm", PartnershipForm.of(partnership));
		return form(model, partnership);
	}

	@PostMapping("/partnerships/{id}")
	@PreAuthorize(Access.EDIT)
	String update(@PathVariable UUID id, @Valid @ModelAttribute PartnershipForm partnershipForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Partnership partnership = this.partnerships.get(id);
		partnershipForm.check(errors);
		checkOwner(partnershipForm.ownerId(), errors);
		if (errors.hasErrors()) {
			return form(model, partnership);
		}
		this.partnerships.update(id, partnershipForm.version(), partnershipForm.details());
		redirect.addFlashAttribute("success", "partnership.saved");
		return "redirect:/partnerships/" + id;
	}

	/**
	 * Forward to the next stage, or further, through the gate of every stage left on the
	 * way; or back to an earlier one with a reason. A refused move shows the page again
	 * with what is missing; nothing moves.
	 */
	@PostMapping("/partnerships/{id}/move")
	@PreAuthorize(Access.EDIT)
	String move(@PathVariable UUID id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String target, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Partnership partnership = this.partnerships.get(id);
		Stage to = parseStage(target);
		boolean backward = to != null && to.isBefore(partnership.getStage());
		try {
			this.partnerships.move(id, (version != null) ? version : -1, to, reason);
		}
		catch (MoveRefusedException refused) {
			response.setStatus(422);
			model.addAttribute("moveRefused", this.missingTexts.of(refused.missing(),
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
			model.addAttribute("refusedBackward", backward);
			model.addAttribute("refusedAhead", to != null && !backward && to != partnership.getStage().next());
			model.addAttribute("backReason", reason);
			model.addAttribute("backTarget", target);
			return detail(id, model);
		}
		redirect.addFlashAttribute("success", backward ? "partnership.moved.back" : "partnership.moved");
		return "redirect:/partnerships/" + id;
	}

	/** Hold, resume, complete, or (the manager, with a reason) stop. */
	@PostMapping("/partnerships/{id}/status")
	@PreAuthorize(Access.EDIT)
	String status(@PathVariable UUID id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String status, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		this.partnerships.get(id);
		PartnershipStatus wanted = parseStatus(status);
		if (wanted == null) {
			throw new NotFoundException();
		}
		try {
			this.partnerships.changeStatus(id, (version != null) ? version : -1, wanted, reason);
		}
		catch (MoveRefusedException refused) {
			response.setStatus(422);
			model.addAttribute("statusRefused", this.missingTexts.of(refused.missing(),
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
			return detail(id, model);
		}
		redirect.addFlashAttribute("success", "partnership.status.changed");
		return "redirect:/partnerships/" + id;
	}

	/** The party picker's search: matching partners from the registry (htmx fragment). */
	@GetMapping("/partnerships/party-search")
	@PreAuthorize(Access.EDIT)
	String partySearch(@RequestParam(required = false) String q, Model model) {
		List<Partner> found = (q == null || q.isBlank()) ? List.of()
				: this.partners
					.list(new PartnerFilter(q.strip(), null, null, null, null, null, false),
							PageRequest.of(0, 10, Sort.by("name", "id")))
					.getContent();
		model.addAttribute("found", found);
		model.addAttribute("q", q);
		return "partnership/parties :: results";
	}

	/** One party row for a chosen partner (htmx fragment appended to the form). */
	@GetMapping("/partnerships/party-row")
	@PreAuthorize(Access.EDIT)
	String partyRow(@RequestParam(required = false) UUID partnerId, Model model) {
		// optional, so a caller without the right gets 403 before any 400
		if (partnerId == null) {
			throw new NotFoundException();
		}
		model.addAttribute("partyId", partnerId);
		model.addAttribute("partyName", this.partners.get(partnerId).getName());
		model.addAttribute("partyRole", "");
		return "partnership/parties :: row";
	}

	private String form(Model model, Partnership partnership) {
		PartnershipForm form = (PartnershipForm) model.getAttribute("partnershipForm");
		List<UserAccount> people = this.staff.all();
		Map<UUID, String> partyNames = new LinkedHashMap<>();
		if (form != null) {
			form.partyIds()
				.stream()
				.filter(java.util.Objects::nonNull)
				.forEach((partnerId) -> partyNames.put(partnerId, partnerName(partnerId)));
		}
		List<Need> choices = new ArrayList<>(this.needs.all(NeedFilter.ALL)
			.stream()
			.filter((n) -> n.getStatus().isActive() || (form != null && form.needIds().contains(n.getId())))
			.toList());
		model.addAttribute("partnership", partnership);
		model.addAttribute("partyNames", partyNames);
		model.addAttribute("needChoices", choices);
		model.addAttribute("aspects", NeedAspect.values());
		model.addAttribute("patterns", PartnershipPattern.values());
		model.addAttribute("strategies", PartnershipStrategy.values());
		List<UserAccount> owners = new ArrayList<>(this.staff.owners(people));
		if (form != null && form.ownerId() != null
				&& owners.stream().noneMatch((u) -> u.getId().equals(form.ownerId()))) {
			// a former owner (since disabled) stays selectable, so saving does not drop
			// it
			people.stream().filter((u) -> u.getId().equals(form.ownerId())).forEach(owners::add);
		}
		model.addAttribute("owners", owners);
		return "partnership/form";
	}

	/** The owner is one of the institution's people. */
	private void checkOwner(UUID ownerId, org.springframework.validation.Errors errors) {
		if (ownerId != null && !StaffNames.byId(this.staff.all()).containsKey(ownerId)) {
			errors.rejectValue("ownerId", "validation.partnership.owner");
		}
	}

	private String partnerName(UUID partnerId) {
		try {
			return this.partners.get(partnerId).getName();
		}
		catch (NotFoundException ex) {
			return "—";
		}
	}

	private Optional<Need> needOf(UUID needId) {
		try {
			return Optional.of(this.needs.get(needId));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	private Map<UUID, Long> daysInStage(List<Partnership> partnerships) {
		Map<UUID, Long> days = new LinkedHashMap<>();
		partnerships.forEach((p) -> days.put(p.getId(), days(p)));
		return days;
	}

	private long days(Partnership partnership) {
		return Math.max(0, Duration.between(partnership.getStageSince(), this.clock.instant()).toDays());
	}

	private int thisYear() {
		return LocalDate.now(this.clock.withZone(WIB)).getYear();
	}

	/**
	 * The stages a jump may aim at: those after the next one, and for staff only those
	 * reached without leaving a stage whose gate is the manager's (the service would deny
	 * the move).
	 */
	static List<Stage> ahead(Stage stage, boolean manager) {
		List<Stage> ahead = new ArrayList<>();
		Stage leaving = stage;
		while (leaving.next() != null && (manager || !leaving.leavingNeedsManager())) {
			leaving = leaving.next();
			if (leaving != stage.next()) {
				ahead.add(leaving);
			}
		}
		return ahead;
	}

	private static Stage parseStage(String name) {
		try {
			return (name != null) ? Stage.valueOf(name) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static PartnershipStatus parseStatus(String name) {
		try {
			return (name != null) ? PartnershipStatus.valueOf(name) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The list's filters, sort and page, from the query. */
	record ListFilter(PartnershipStatus status, Stage stage, UUID owner, String q, String sort, Integer page) {

		PartnershipFilter partnershipFilter() {
			return new PartnershipFilter(this.status, this.stage, this.owner, this.q);
		}

		boolean isFiltered() {
			return this.status != null || this.stage != null || this.owner != null
					|| (this.q != null && !this.q.isBlank());
		}

		int pageNumber() {
			return (this.page != null && this.page > 0) ? Math.min(this.page, MAX_PAGE) : 0;
		}

		Sort sortOrder() {
			return order(this.sort);
		}

		static Sort order(String sort) {
			if ("title".equals(sort)) {
				return Sort.by("title", "id");
			}
			if ("waiting".equals(sort)) {
				return Sort.by(Sort.Order.asc("stageSince"), Sort.Order.asc("id"));
			}
			return Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));
		}

		String url(int pageNumber) {
			return UriComponentsBuilder.fromPath("/partnerships")
				.queryParamIfPresent("status", Optional.ofNullable(this.status))
				.queryParamIfPresent("stage", Optional.ofNullable(this.stage))
				.queryParamIfPresent("owner", Optional.ofNullable(this.owner))
				.queryParamIfPresent("q", Optional.ofNullable(this.q).filter((t) -> !t.isBlank()))
				.queryParamIfPresent("sort", Optional.ofNullable(this.sort).filter((t) -> !t.isBlank()))
				.queryParam("page", pageNumber)
				.encode()
				.build()
				.toUriString();
		}

	}

}
