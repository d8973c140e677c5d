package id.jejaring.agreement.web;

import java.util.ArrayList;
import java.util.List;

import id.jejaring.agreement.Clause;

/**
 * Two versions' articles paired for a side-by-side view: articles are matched by position
 * (Pasal 1 with Pasal 1), and each pair says whether it changed, was added or removed.
 */
record VersionComparison(int number, Clause left, Clause right) {

	static List<VersionComparison> of(List<Clause> left, List<Clause> right) {
		List<VersionComparison> rows = new ArrayList<>();
		for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
			rows.add(new VersionComparison(i + 1, (i < left.size()) ? left.get(i) : null,
					(i < right.size()) ? right.get(i) : null));
		}
		return rows;
	}

	public boolean changed() {
		return this.left == null || !this.left.equals(this.right);
	}

	public boolean added() {
		return this.left == null;
	}

	public boolean removed() {
		return this.right == null;
	}

}
