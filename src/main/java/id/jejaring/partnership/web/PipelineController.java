package id.jejaring.partnership.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.jejaring.institution.PartnerCategories;
import id.jejaring.needs.NeedAspect;
import id.jejaring.partnership.MoveRefusedException;
import id.jejaring.partnership.Missing;
import id.jejaring.partnership.PartnershipPattern;
import id.jejaring.partnership.PartnershipStatus;
import id.jejaring.partnership.Partnerships;
import id.jejaring.partnership.Pipeline;
import id.jejaring.partnership.Stage;
import id.jejaring.shared.Access;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pipeline: the board (one column per stage, cards moved forward or back through the
 * same gates as the partnership page), the sortable table and its XLSX export, all with
 * the same filters.
 */
@Controller
@PreAuthorize(Access.READ)
class PipelineController {

	static final int PAGE_SIZE = 25;

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Pipeline pipeline;

	private final Partnerships partnerships;

	private final PartnerCategories categories;

	private final MessageSource messages;

	PipelineController(Pipeline pipeline, Partnerships partnerships, PartnerCategories categories,
			MessageSource messages) {
		this.pipeline = pipeline;
		this.partnerships = partnerships;
		this.categories = categories;
		this.messages = messages;
	}

	@GetMapping("/partnerships/board")
	String board(@ModelAttribute("filter") PipelineFilter filter, Model model) {
		model.addAttribute("board", this.pipeline.board(filter.partnershipFilter()));
		filters(filter, model);
		return "partnership/board";
	}

	/**
	 * Moves a card: forward to the next stage or back with a reason, through
	 * {@link Partnerships#move}. A refusal is shown on the card with what is missing.
	 * With htmx the board is answered in place; without, the browser is sent back to the
	 * board with the same filters.
	 */
	@PostMapping("/partnerships/board/{id}/move")
	@PreAuthorize(Access.EDIT)
	String move(@PathVariable UUID id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) Stage target, @RequestParam(required = false) String reason,
			@ModelAttribute("filter") PipelineFilter filter,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		List<Missing> missing = List.of();
		try {
			this.partnerships.move(id, (version != null) ? version : -1, target, reason);
		}
		catch (MoveRefusedException ex) {
			missing = ex.missing();
		}
		if (htmx != null) {
			model.addAttribute("board", this.pipeline.board(filter.partnershipFilter()));
			model.addAttribute("refusedId", missing.isEmpty() ? null : id);
			model.addAttribute("missing", texts(missing));
			model.addAttribute("movedId", missing.isEmpty() ? id : null);
			filters(filter, model);
			return "partnership/board :: board";
		}
		if (!missing.isEmpty()) {
			redirect.addFlashAttribute("refusedId", id);
			redirect.addFlashAttribute("missing", texts(missing));
		}
		else {
			redirect.addFlashAttribute("movedId", id);
		}
		return "redirect:" + filter.url("/partnerships/board");
	}

	@GetMapping("/partnerships/table")
	String table(@ModelAttribute("filter") PipelineFilter filter, Model model) {
		Page<Pipeline.Card> page = this.pipeline.table(filter.partnershipFilter(),
				PageRequest.of(filter.pageNumber(), PAGE_SIZE, filter.sortOrder()));
		model.addAttribute("page", page);
		model.addAttribute("staleAfterDays", this.pipeline.staleAfterDays());
		model.addAttribute("previousUrl", page.hasPrevious() ? filter.pageUrl(page.getNumber() - 1) : null);
		model.addAttribute("nextUrl", page.hasNext() ? filter.pageUrl(page.getNumber() + 1) : null);
		model.addAttribute("sortUrls",
				Map.of("title", filter.sortUrl("title"), "stage", filter.sortUrl("stage"), "status",
						filter.sortUrl("status"), "owner", filter.sortUrl("owner"), "days", filter.sortUrl("days"),
						"year", filter.sortUrl("year")));
		model.addAttribute("exportUrl", filter.exportUrl());
		filters(filter, model);
		return "partnership/table";
	}

	@GetMapping("/partnerships/export.xlsx")
	ResponseEntity<byte[]> export(@ModelAttribute("filter") PipelineFilter filter) {
		List<Pipeline.Card> rows = this.pipeline.export(filter.partnershipFilter(), filter.sortOrder());
		byte[] workbook = new PipelineWorkbook(this.messages, LocaleContextHolder.getLocale()).write(rows);
		String name = "kemitraan-" + LocalDate.now() + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(workbook);
	}

	/**
	 * What a refused move misses, in the user's language; an argument that is itself a
	 * message key (the next stage) is translated too.
	 */
	private List<String> texts(List<Missing> missing) {
		java.util.Locale locale = LocaleContextHolder.getLocale();
		return missing.stream().map((m) -> {
			Object[] args = m.args();
			for (int i = 0; i < args.length; i++) {
				if (args[i] instanceof String key && key.startsWith("partnership.")) {
					args[i] = this.messages.getMessage(key, null, key, locale);
				}
			}
			return this.messages.getMessage(m.messageKey(), args, locale);
		}).toList();
	}

	private void filters(PipelineFilter filter, Model model) {
		model.addAttribute("aspects", NeedAspect.values());
		model.addAttribute("patterns", PartnershipPattern.values());
		model.addAttribute("statuses", PartnershipStatus.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("categories", this.categories.all());
		model.addAttribute("owners", this.pipeline.owners());
		model.addAttribute("statusValue", filter.statusValue());
		model.addAttribute("boardUrl", filter.url("/partnerships/board"));
		model.addAttribute("tableUrl", filter.url("/partnerships/table"));
		model.addAttribute("manager", this.partnerships.isManager());
	}

}
