package id.jejaring.institution.web;

import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Page requests from query parameters, limited to known sort keys so a typed URL cannot
 * ask the database for a column that does not exist.
 */
final class Paging {

	static final int MAX_SIZE = 100;

	private Paging() {
	}

	static Pageable of(int page, int size, String sort, Map<String, Sort> sorts, String defaultSort) {
		Sort chosen = sorts.getOrDefault(sort, sorts.get(defaultSort));
		return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE), chosen);
	}

}
