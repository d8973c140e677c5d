package id.jejaring.needs.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.jejaring.institution.PartnerCategories;
import id.jejaring.institution.Program;
import id.jejaring.institution.Programs;
import id.jejaring.needs.Need;
import id.jejaring.needs.NeedAspect;
import id.jejaring.needs.NeedFilter;
import id.jejaring.needs.NeedPriorityPolicy;
import id.jejaring.needs.NeedStatus;
import id.jejaring.needs.Needs;
import id.jejaring.needs.ProgramRequirement;
import id.jejaring.needs.RegionScope;
import id.jejaring.needs.RequirementComponent;
import id.jejaring.needs.Requirements;
import id.jejaring.shared.Access;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The needs board (sorted by the manager's order, filtered by aspect, program and status,
 * with the suggested order beside it), a need's page and form, status changes, reordering
 * and the XLSX export.
 */
@Controller
@PreAuthorize(Access.READ)
class NeedController {

	static final String HX = "HX-Request";

	static final int PAGE_SIZE = 25;

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Needs needs;

	private final Requirements requirements;

	private final Programs programs;

	private final PartnerCategories categories;

	private final MessageSource messages;

	NeedController(Needs needs, Requirements requirements, Programs programs, PartnerCategories categories,
			MessageSource messages) {
		this.needs = needs;
		this.requirements = requirements;
		this.programs = programs;
		this.categories = categories;
		this.messages = messages;
	}

	@GetMapping("/needs")
	String board(@ModelAttribute("filter") BoardFilter filter, @RequestHeader(value = HX, required = false) String htmx,
			Model model) {
		return board(filter, htmx != null, model);
	}

	@PostMapping("/needs/{id}/move-up")
	@PreAuthorize(Access.MANAGE)
	String moveUp(@PathVariable UUID id, @ModelAttribute("filter") BoardFilter filter,
			@RequestHeader(value = HX, required = false) String htmx, Model model) {
		this.needs.move(id, Needs.Direction.UP);
		return afterReorder(filter, htmx, model);
	}

	@PostMapping("/needs/{id}/move-down")
	@PreAuthorize(Access.MANAGE)
	String moveDown(@PathVariable UUID id, @ModelAttribute("filter") BoardFilter filter,
			@RequestHeader(value = HX, required = false) String htmx, Model model) {
		this.needs.move(id, Needs.Direction.DOWN);
		return afterReorder(filter, htmx, model);
	}

	@PostMapping("/needs/apply-suggested-order")
	@PreAuthorize(Access.MANAGE)
	String applySuggestedOrder(@ModelAttribute("filter") BoardFilter filter,
			@RequestHeader(value = HX, required = false) String htmx, Model model) {
		this.needs.applySuggestedOrder();
		model.addAttribute("success", "need.suggested.applied");
		return afterReorder(filter, htmx, model);
	}

	@GetMapping(path = "/needs/export.xlsx")
	ResponseEntity<byte[]> export(@ModelAttribute("filter") BoardFilter filter) {
		List<Need> rows = this.needs.all(filter.needFilter());
		Map<UUID, Program> programs = this.programs
			.byIds(rows.stream().map(Need::getProgramId).collect(Collectors.toSet()));
		byte[] workbook = new NeedsWorkbook(this.messages, LocaleContextHolder.getLocale(), this.categories).write(rows,
				programs);
		String name = "kebutuhan-" + LocalDate.now() + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(workbook);
	}

	@GetMapping("/needs/new")
	@PreAuthorize(Access.EDIT)
	String newForm(@RequestParam(required = false) UUID programId,
			@RequestParam(name = "requirement", required = false) UUID requirementId, Model model) {
		NeedForm form;
		if (requirementId != null) {
			ProgramRequirement requirement = this.requirements.get(requirementId);
			Program program = this.programs.get(requirement.getProgramId());
			String label = (requirement.getComponent() == RequirementComponent.OTHER) ? requirement.getCustomName()
					: this.messages.getMessage(requirement.getComponent().messageKey(), null,
							LocaleContextHolder.getLocale());
			form = NeedForm.fromGap(requirement, program, label);
			model.addAttribute("requirement", requirement);
		}
		else {
			form = NeedForm.empty(programId);
		}
		model.addAttribute("needForm", form);
		return form(model, null);
	}

	@PostMapping("/needs")
	@PreAuthorize(Access.EDIT)
	String create(@Valid @ModelAttribute NeedForm needForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		needForm.check(errors, this.categories);
		if (errors.hasErrors()) {
			if (needForm.requirementId() != null) {
				model.addAttribute("requirement", this.requirements.get(needForm.requirementId()));
			}
			return form(model, null);
		}
		Need need = this.needs.create(needForm.requirementId(), needForm.needDetails());
		redirect.addFlashAttribute("success", "need.saved");
		return "redirect:/needs/" + need.getId();
	}

	@GetMapping("/needs/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Need need = this.needs.get(id);
		model.addAttribute("need", need);
		model.addAttribute("program", this.programs.get(need.getProgramId()));
		model.addAttribute("categoryLabels", this.categories.labels(need.categoryCodes()));
		if (!model.containsAttribute("needStatusForm")) {
			model.addAttribute("needStatusForm", new NeedStatusForm(need.getStatus(), null, need.getVersion()));
		}
		model.addAttribute("statuses", NeedStatus.values());
		model.addAttribute("mayDrop", this.needs.mayDrop());
		return "needs/detail";
	}

	@GetMapping("/needs/{id}/edit")
	@PreAuthorize(Access.EDIT)
	String edit(@PathVariable UUID id, Model model) {
		Need need = this.needs.get(id);
		model.addAttribute("needForm", NeedForm.of(need));
		return form(model, need);
	}

	@PostMapping("/needs/{id}")
	@PreAuthorize(Access.EDIT)
	String update(@PathVariable UUID id, @Valid @ModelAttribute NeedForm needForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Need need = this.needs.get(id);
		needForm.check(errors, this.categories);
		if (errors.hasErrors()) {
			return form(model, need);
		}
		this.needs.update(id, needForm.version(), needForm.needDetails());
		redirect.addFlashAttribute("success", "need.saved");
		return "redirect:/needs/" + id;
	}

	@PostMapping("/needs/{id}/status")
	@PreAuthorize(Access.EDIT)
	String changeStatus(@PathVariable UUID id, @Valid @ModelAttribute NeedStatusForm needStatusForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Need need = this.needs.get(id);
		if ((needStatusForm.status() == NeedStatus.DROPPED || need.getStatus() == NeedStatus.DROPPED)
				&& !this.needs.mayDrop()) {
			redirect.addFlashAttribute("error", "need.drop.managerOnly");
			return "redirect:/needs/" + id;
		}
		needStatusForm.check(errors);
		if (errors.hasErrors()) {
			return detail(id, model);
		}
		this.needs.changeStatus(id, needStatusForm.version(), needStatusForm.status(), needStatusForm.cleanReason());
		redirect.addFlashAttribute("success", "need.statusChanged");
		return "redirect:/needs/" + id;
	}

	private String form(Model model, Need need) {
		model.addAttribute("need", need);
		model.addAttribute("programs", this.programs.current());
		model.addAttribute("aspects", NeedAspect.values());
		model.addAttribute("components", RequirementComponent.values());
		model.addAttribute("regionScopes", RegionScope.values());
		model.addAttribute("categories", this.categories.all());
		return "needs/form";
	}

	private String afterReorder(BoardFilter filter, String htmx, Model model) {
		if (htmx != null) {
			return board(filter, true, model);
		}
		return "redirect:" + filter.boardUrl();
	}

	private String board(BoardFilter filter, boolean fragment, Model model) {
		Page<Need> page = this.needs.list(filter.needFilter(), PageRequest.of(filter.pageNumber(), PAGE_SIZE));
		List<Program> current = this.programs.current();
		Map<UUID, Program> programs = new HashMap<>();
		current.forEach((p) -> programs.put(p.getId(), p));
		Set<UUID> missing = new HashSet<>();
		page.forEach((n) -> {
			if (!programs.containsKey(n.getProgramId())) {
				missing.add(n.getProgramId());
			}
		});
		programs.putAll(this.programs.byIds(missing));
		Map<UUID, NeedPriorityPolicy.Suggestion> suggestions = this.needs.suggestedOrder()
			.stream()
			.collect(Collectors.toMap(NeedPriorityPolicy.Suggestion::needId, (s) -> s));
		model.addAttribute("page", page);
		model.addAttribute("programsById", programs);
		model.addAttribute("programs", current);
		model.addAttribute("suggestions", suggestions);
		model.addAttribute("aspects", NeedAspect.values());
		model.addAttribute("statuses", NeedStatus.values());
		return fragment ? "needs/board :: board" : "needs/board";
	}

	/**
	 * The board's filters and page, from the query (GET) or the hidden fields of the
	 * reorder buttons (POST).
	 */
	record BoardFilter(NeedAspect aspect, UUID programId, NeedStatus status, Integer page) {

		NeedFilter needFilter() {
			return new NeedFilter(this.aspect, this.programId, this.status);
		}

		int pageNumber() {
			return (this.page != null && this.page > 0) ? this.page : 0;
		}

		String boardUrl() {
			return UriComponentsBuilder.fromPath("/needs")
				.queryParamIfPresent("aspect", java.util.Optional.ofNullable(this.aspect))
				.queryParamIfPresent("programId", java.util.Optional.ofNullable(this.programId))
				.queryParamIfPresent("status", java.util.Optional.ofNullable(this.status))
				.queryParamIfPresent("page", java.util.Optional.ofNullable(this.page))
				.build()
				.toUriString();
		}

	}

}
