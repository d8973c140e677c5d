package id.jejaring.agreement;

import java.util.Arrays;
import java.util.List;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * An institution's agreement settings: its letter-number format and unit code, how many
 * days before the end an agreement counts as ending soon, and the reminder lead times.
 * Until the manager saves them, {@link #defaults()} apply.
 */
@Entity
@Audited
@Table(name = "agreement_settings")
public class AgreementSettings extends TenantOwnedEntity {

	public static final String DEFAULT_FORMAT = "{seq}/{unit}/{kind}/{month}/{year}";

	@Column(nullable = false)
	private String numberFormat;

	@Column(nullable = false)
	private String unitCode;

	@Column(nullable = false)
	private int endingSoonDays;

	@Column(nullable = false)
	private String reminderDays;

	protected AgreementSettings() {
	}

	AgreementSettings(Values values) {
		update(values);
	}

	static Values defaults() {
		return new Values(DEFAULT_FORMAT, "LKP", 30, List.of(90, 30, 7));
	}

	void update(Values values) {
		this.numberFormat = values.numberFormat();
		this.unitCode = values.unitCode();
		this.endingSoonDays = values.endingSoonDays();
		this.reminderDays = String.join(",", values.reminderDays().stream().map(String::valueOf).toList());
	}

	public Values values() {
		List<Integer> days = Arrays.stream(this.reminderDays.split(","))
			.map(String::strip)
			.filter((d) -> !d.isEmpty())
			.map(Integer::valueOf)
			.toList();
		return new Values(this.numberFormat, this.unitCode, this.endingSoonDays, days);
	}

	/**
	 * The settings' values: letter-number format, unit code, ending-soon window in days,
	 * reminder lead times in days (largest first).
	 */
	public record Values(String numberFormat, String unitCode, int endingSoonDays, List<Integer> reminderDays) {

		public Values {
			reminderDays = (reminderDays != null)
					? reminderDays.stream().distinct().sorted(java.util.Comparator.reverseOrder()).toList() : List.of();
		}

	}

}
