package id.jejaring.institution.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Re-renders the region picker after one of its selects changed (htmx).
 */
@Controller
class RegionController {

	@GetMapping("/regions/picker")
	String picker(@RequestParam(defaultValue = "") String regionPick,
			@RequestParam(defaultValue = "regionCode") String field, Model model) {
		model.addAttribute("field", field.matches("[A-Za-z.]{1,40}") ? field : "regionCode");
		model.addAttribute("code", regionPick);
		return "fragments/region :: picker";
	}

}
