package id.jejaring.partner.web;

import java.util.UUID;

import id.jejaring.partner.PartnerImportJob;
import id.jejaring.partner.PartnerImportJobs;
import id.jejaring.shared.Access;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The background import of a large partner file: its page (progress polled with htmx
 * while it runs, the rows with problems to review when checked, the result when done) and
 * the confirm, restart and cancel actions.
 */
@Controller
@PreAuthorize(Access.EDIT)
class PartnerImportJobController {

	static final int PAGE_SIZE = 50;

	private final PartnerImportJobs jobs;

	PartnerImportJobController(PartnerImportJobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping("/partners/import/jobs/{id}")
	String job(@PathVariable UUID id, @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		PartnerImportJob job = this.jobs.get(id);
		model.addAttribute("job", job);
		if (job.getStatus() == PartnerImportJob.Status.READY) {
			model.addAttribute("page", this.jobs.problems(id, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
		}
		model.addAttribute("canRestart", this.jobs.canRestart(job));
		return "partner/import-job";
	}

	/**
	 * The progress part, polled every two seconds while the job runs; once it stops, htmx
	 * reloads the whole page to show the preview or the result.
	 */
	@GetMapping("/partners/import/jobs/{id}/progress")
	String progress(@PathVariable UUID id, Model model, HttpServletResponse response) {
		PartnerImportJob job = this.jobs.get(id);
		model.addAttribute("job", job);
		if (!job.getStatus().isRunning()) {
			response.setHeader("HX-Refresh", "true");
		}
		return "partner/import-job :: progress";
	}

	@PostMapping("/partners/import/jobs/{id}/confirm")
	String confirm(@PathVariable UUID id, @RequestParam(name = "onlyValid", defaultValue = "false") boolean onlyValid,
			RedirectAttributes redirect) {
		String refused = this.jobs.confirm(id, onlyValid);
		if (refused != null) {
			redirect.addFlashAttribute("failure", refused);
		}
		return "redirect:/partners/import/jobs/" + id;
	}

	@PostMapping("/partners/import/jobs/{id}/restart")
	String restart(@PathVariable UUID id, RedirectAttributes redirect) {
		if (!this.jobs.restart(id)) {
			redirect.addFlashAttribute("failure", "partner.import.job.notRestartable");
		}
		return "redirect:/partners/import/jobs/" + id;
	}

	@PostMapping("/partners/import/jobs/{id}/cancel")
	String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
		if (!this.jobs.cancel(id)) {
			redirect.addFlashAttribute("failure", "partner.import.job.running");
			return "redirect:/partners/import/jobs/" + id;
		}
		return "redirect:/partners/import";
	}

}
