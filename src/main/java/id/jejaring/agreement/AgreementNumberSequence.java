package id.jejaring.agreement;

import id.jejaring.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** The last letter number given for one kind of agreement in one year. */
@Entity
@Table(name = "agreement_number_sequence")
class AgreementNumberSequence extends TenantOwnedEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private AgreementKind kind;

	@Column(name = "sequence_year", nullable = false, updatable = false)
	private int year;

	@Column(nullable = false)
	private int lastValue;

	protected AgreementNumberSequence() {
	}

	AgreementNumberSequence(AgreementKind kind, int year) {
		this.kind = kind;
		this.year = year;
	}

	int next() {
		this.lastValue++;
		return this.lastValue;
	}

}
