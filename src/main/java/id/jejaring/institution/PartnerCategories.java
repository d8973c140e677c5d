package id.jejaring.institution;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The partner categories, read once: reference data that only a migration changes, asked
 * for on many pages (need criteria now, the partner registry later).
 */
@Service
public class PartnerCategories {

	private final PartnerCategoryRepository categories;

	private volatile Map<String, PartnerCategory> byCode;

	PartnerCategories(PartnerCategoryRepository categories) {
		this.categories = categories;
	}

	/** Every category, groups followed by their members, in the sources' order. */
	public List<PartnerCategory> all() {
		return List.copyOf(index().values());
	}

	public boolean exists(String code) {
		return code != null && index().containsKey(code);
	}

	/** The label in the current user's language, or the code itself when unknown. */
	public String label(String code) {
		PartnerCategory category = index().get(code);
		if (category == null) {
			return Objects.toString(code, "");
		}
		String language = LocaleContextHolder.getLocale().getLanguage();
		if (category.isGroup()) {
			return category.label(language);
		}
		PartnerCategory group = index().get(category.getParentCode());
		return (group != null) ? group.label(language) + " \u203a " + category.label(language)
				: category.label(language);
	}

	/** Labels of several codes, in the categories' order. */
	public List<String> labels(Collection<String> codes) {
		return index().keySet().stream().filter(codes::contains).map(this::label).toList();
	}

	private Map<String, PartnerCategory> index() {
		Map<String, PartnerCategory> index = this.byCode;
		if (index == null) {
			index = new LinkedHashMap<>();
			for (PartnerCategory category : this.categories.findAllByOrderBySortOrder()) {
				index.put(category.getCode(), category);
			}
			this.byCode = index;
		}
		return index;
	}

}
