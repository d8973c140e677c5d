package id.jejaring.evaluation;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.jejaring.workplan.PlanProgress;
import id.jejaring.workplan.WorkPlans;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The evaluation form's prefill from the cycle's work plan: each activity with its
 * planned dates and each indicator with its baseline and target.
 */
@Component
class EvaluationPrefill {

	private final WorkPlans plans;

	private final MessageSource messages;

	EvaluationPrefill(WorkPlans plans, MessageSource messages) {
		this.plans = plans;
		this.messages = messages;
	}

	List<PrefillItem> items(UUID partnershipId) {
		Locale locale = LocaleContextHolder.getLocale();
		List<PrefillItem> items = new ArrayList<>();
		PlanProgress progress = this.plans.progress(partnershipId);
		for (PlanProgress.Activity a : progress.activities()) {
			String facts = message("evaluation.facts.activityProgress", locale, date(a.startsOn()), date(a.endsOn()),
					date(a.actualStart()), date(a.actualEnd()), message(a.status().messageKey(), locale), a.progress());
			if (a.cancelReason() != null) {
				facts = facts + " (" + a.cancelReason() + ")";
			}
			items.add(new PrefillItem(JudgmentKind.ACTIVITY, a.id(), a.description(), facts, a.ranToPlan()));
		}
		for (PlanProgress.Indicator i : progress.indicators()) {
			String label = (i.measure() != null) ? message(i.measure().messageKey(), locale)
					: i.name() + " (" + i.unit() + ")";
			items.add(new PrefillItem(JudgmentKind.INDICATOR, i.id(), label,
					message("evaluation.facts.indicatorProgress", locale, number(i.baseline(), i.rupiah()),
							number(i.target(), i.rupiah()), number(i.actual(), i.rupiah())),
					i.reached()));
		}
		return items;
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	static String date(LocalDate date) {
		return (date != null) ? DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("id")).format(date)
				: "-";
	}

	static String number(long value, boolean rupiah) {
		String grouped = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id")).format(value);
		return rupiah ? "Rp " + grouped : grouped;
	}

}
