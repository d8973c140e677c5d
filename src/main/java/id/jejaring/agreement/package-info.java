/**
 * Agreements (nota kesepahaman, perjanjian kerja sama, addendum) of a partnership:
 * parties with their signatories, articles started from the institution's clause library
 * ({@link id.jejaring.agreement.ClauseLibrary}, Indonesian defaults), saved versions,
 * letter numbers in the institution's format given once and never reused
 * ({@link id.jejaring.agreement.LetterNumberFormat}), signing with the signed scan,
 * validity and a status computed from dates and events
 * ({@link id.jejaring.agreement.AgreementStatusPolicy}), termination and renewal.
 * Implements the lifecycle's {@link id.jejaring.partnership.AgreementRecords}, so the
 * agreement and signing gates open from these records. Reminders before expiry
 * ({@link id.jejaring.agreement.AgreementReminderPolicy}, sent once per agreement and
 * lead time by a daily job) go to the partnership's owner and the managers through
 * {@code engagement}. Uses {@code shared}, {@code institution} (the parties' and the
 * document's heading), {@code identity} (who receives reminders), {@code partner},
 * {@code partnership} and {@code engagement}.
 */
package id.jejaring.agreement;
