package id.jejaring.partnership.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import id.jejaring.partnership.InteractionView;
import id.jejaring.partnership.StageChange;

/**
 * A partnership's timeline: its stage moves and its interactions, oldest first. An
 * interaction counts from the start of its day (WIB), so the contacts of a day come
 * before the move they made possible.
 */
record Timeline(Instant at, StageChange move, InteractionView interaction) {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	static List<Timeline> of(List<StageChange> moves, List<InteractionView> interactions) {
		List<Timeline> entries = new ArrayList<>();
		moves.forEach((move) -> entries.add(new Timeline(move.getChangedAt(), move, null)));
		interactions.forEach((view) -> entries
			.add(new Timeline(view.interaction().getOccurredOn().atStartOfDay(WIB).toInstant(), null, view)));
		entries.sort(Comparator.comparing(Timeline::at));
		return entries;
	}

}
