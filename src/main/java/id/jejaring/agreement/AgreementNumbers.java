package id.jejaring.agreement;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import id.jejaring.shared.TenantContext;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives letter numbers: the next in the sequence of the kind and year, in the
 * institution's format. The first number of a kind in a year creates the sequence row
 * behind a savepoint (a request creating it at the same moment waits, loses on the unique
 * key and rolls back to the savepoint, on the same connection, so a burst of requests
 * never needs a second connection each); the row is then locked for the rest of the
 * caller's transaction, so two agreements never share a number, and a number once taken
 * is never given again, even when its agreement is later abandoned.
 */
@Component
class AgreementNumbers {

	private final AgreementNumberSequenceRepository sequences;

	private final AgreementSettingsManagement settings;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AgreementNumbers(AgreementNumberSequenceRepository sequences, AgreementSettingsManagement settings,
			JdbcTemplate jdbc, Clock clock) {
		this.sequences = sequences;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Number next(AgreementKind kind, LocalDate date) {
		int year = date.getYear();
		if (!this.sequences.existsByKindAndYear(kind, year)) {
			create(kind, year);
		}
		AgreementNumberSequence sequence = this.sequences.findLockedByKindAndYear(kind, year)
			.orElseThrow(() -> new IllegalStateException("No letter-number sequence for " + kind + " " + year));
		int seq = sequence.next();
		AgreementSettings.Values values = this.settings.current();
		return new Number(year, seq,
				LetterNumberFormat.format(values.numberFormat(), seq, values.unitCode(), kind, date));
	}

	private void create(AgreementKind kind, int year) {
		Timestamp now = Timestamp.from(this.clock.instant());
		UUID institution = TenantContext.require();
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			Savepoint savepoint = connection.setSavepoint();
			try (PreparedStatement insert = connection.prepareStatement(
					"insert into agreement_number_sequence (id, version, institution_id, kind, sequence_year, "
							+ "last_value, created_at, updated_at) values (?, 0, ?, ?, ?, 0, ?, ?)")) {
				insert.setObject(1, UUID.randomUUID());
				insert.setObject(2, institution);
				insert.setString(3, kind.name());
				insert.setInt(4, year);
				insert.setTimestamp(5, now);
				insert.setTimestamp(6, now);
				insert.executeUpdate();
				connection.releaseSavepoint(savepoint);
			}
			catch (SQLException createdMeanwhile) {
				// another request created the row first (a unique-key violation, or on H2
				// a
				// lock timeout while it was being created); the locked read finds it
				connection.rollback(savepoint);
			}
			return null;
		});
	}

	record Number(int year, int seq, String text) {

	}

}
