package id.jejaring.evaluation;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.jejaring.workplan.PlanActivity;
import id.jejaring.workplan.PlanIndicator;
import id.jejaring.workplan.WorkPlan;
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
		WorkPlan plan = this.plans.current(partnershipId).orElse(null);
		if (plan == null) {
			return items;
		}
		for (PlanActivity a : plan.getActivities()) {
			items.add(new PrefillItem(JudgmentKind.ACTIVITY, a.getId(), a.getDescription(),
					message("evaluation.facts.activity", locale, date(a.getStartsOn()), date(a.getEndsOn())), null));
		}
		for (PlanIndicator i : plan.getIndicators()) {
			String label = (i.getMeasure() != null) ? message(i.getMeasure().messageKey(), locale)
					: i.getName() + " (" + i.getUnit() + ")";
			items.add(new PrefillItem(JudgmentKind.INDICATOR, i.getId(), label, message("evaluation.facts.indicator",
					locale, number(i.getBaseline(), i.isRupiah()), number(i.getTarget(), i.isRupiah())), null));
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
