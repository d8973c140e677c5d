package id.jejaring.agreement.web;

import java.util.Arrays;
import java.util.List;

import id.jejaring.agreement.AgreementSettings;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The agreement settings form: the letter-number format and unit code, the ending-soon
 * window and the reminder lead times typed as days separated by commas.
 */
public record SettingsForm(
		@NotBlank(message = "{validation.agreement.numberFormat.blank}") @Size(max = 200) String numberFormat,
		@NotBlank(message = "{validation.agreement.unitCode}") @Size(max = 50) String unitCode,
		@NotBlank(message = "{validation.agreement.daysNumber}") @Pattern(regexp = "^\\s*[0-9]{1,3}\\s*$",
				message = "{validation.agreement.daysNumber}") String endingSoonDays,
		@Pattern(regexp = "^\\s*$|^\\s*[0-9]{1,3}(\\s*,\\s*[0-9]{1,3})*\\s*$",
				message = "{validation.agreement.reminderDaysFormat}") String reminderDays) {

	static SettingsForm of(AgreementSettings.Values values) {
		return new SettingsForm(values.numberFormat(), values.unitCode(), String.valueOf(values.endingSoonDays()),
				String.join(", ", values.reminderDays().stream().map(String::valueOf).toList()));
	}

	AgreementSettings.Values values() {
		List<Integer> days = (this.reminderDays == null || this.reminderDays.isBlank()) ? List.of()
				: Arrays.stream(this.reminderDays.split(",")).map(String::strip).map(Integer::valueOf).toList();
		return new AgreementSettings.Values(this.numberFormat.strip(), this.unitCode.strip(),
				Integer.parseInt(this.endingSoonDays.strip()), days);
	}

}
