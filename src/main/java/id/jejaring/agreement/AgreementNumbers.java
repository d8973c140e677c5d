package id.jejaring.agreement;

import java.time.LocalDate;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives letter numbers: the next in the sequence of the kind and year, in the
 * institution's format. The sequence row is created on its own (a second request creating
 * it at the same moment loses on the unique key and reads the winner's row), then locked
 * for the rest of the caller's transaction, so two agreements never share a number; a
 * number once taken is never given again, even when its agreement is later abandoned.
 */
@Component
class AgreementNumbers {

	private final AgreementNumberSequenceRepository sequences;

	private final AgreementSettingsManagement settings;

	private final TransactionTemplate separately;

	AgreementNumbers(AgreementNumberSequenceRepository sequences, AgreementSettingsManagement settings,
			PlatformTransactionManager transactions) {
		this.sequences = sequences;
		this.settings = settings;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Number next(AgreementKind kind, LocalDate date) {
		int year = date.getYear();
		ensureSequence(kind, year);
		AgreementNumberSequence sequence = this.sequences.findLockedByKindAndYear(kind, year).orElseThrow();
		int seq = sequence.next();
		AgreementSettings.Values values = this.settings.current();
		return new Number(year, seq,
				LetterNumberFormat.format(values.numberFormat(), seq, values.unitCode(), kind, date));
	}

	private void ensureSequence(AgreementKind kind, int year) {
		if (this.sequences.existsByKindAndYear(kind, year)) {
			return;
		}
		try {
			this.separately
				.executeWithoutResult((status) -> this.sequences.saveAndFlush(new AgreementNumberSequence(kind, year)));
		}
		catch (DataAccessException createdMeanwhile) {
			// another request created the row first (a unique-key violation, or on H2 a
			// lock
			// timeout while it was being created); the locked read below finds it
		}
	}

	record Number(int year, int seq, String text) {

	}

}
