package id.jejaring.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

import org.springframework.stereotype.Component;

/**
 * Rupiah amounts for pages, as {@code @money} in templates: {@code Rp 12.500.000}, with
 * Indonesian grouping in every language (it is how rupiah are written), without decimals.
 */
@Component("money")
public class Money {

	public String rupiah(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		DecimalFormatSymbols symbols = new DecimalFormatSymbols();
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat("#,##0", symbols);
		BigDecimal whole = amount.setScale(0, RoundingMode.HALF_UP);
		return (whole.signum() < 0) ? "-Rp " + format.format(whole.negate()) : "Rp " + format.format(whole);
	}

	public String rupiah(Long amount) {
		return (amount != null) ? rupiah(BigDecimal.valueOf(amount)) : "";
	}

	/** A count or quantity with Indonesian grouping: 12.500. */
	public String number(Long value) {
		return (value != null) ? rupiah(BigDecimal.valueOf(value)).replace("Rp ", "") : "";
	}

}
