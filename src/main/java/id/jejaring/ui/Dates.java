package id.jejaring.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates for pages, as {@code @dates} in templates: “22 November 2026, 14.05 WIB” in
 * Indonesian, “22 November 2026, 14:05 WIB” in English. Times are shown in Western
 * Indonesia Time.
 */
@Component("dates")
public class Dates {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		String pattern = "id".equals(LocaleContextHolder.getLocale().getLanguage()) ? "d MMMM yyyy, HH.mm 'WIB'"
				: "d MMMM yyyy, HH:mm 'WIB'";
		return DateTimeFormatter.ofPattern(pattern, LocaleContextHolder.getLocale()).withZone(WIB).format(instant);
	}

	public String date(LocalDate date) {
		return (date != null) ? DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale()).format(date)
				: "";
	}

}
