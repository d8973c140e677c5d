/**
 * Agreements (nota kesepahaman, perjanjian kerja sama, addendum) of a partnership:
 * parties with their signatories, articles started from the institution's clause library
 * ({@link id.jejaring.agreement.ClauseLibrary}, Indonesian defaults), saved versions,
 * letter numbers in the institution's format given once and never reused
 * ({@link id.jejaring.agreement.LetterNumberFormat}), signing with the signed scan,
 * validity and a status computed from dates and events
 * ({@link id.jejaring.agreement.AgreementStatusPolicy}), termination and renewal.
 * Implements the lifecycle's {@link id.jejaring.partnership.AgreementRecords}, so the
 * agreement and signing gates open from these records. The register
 * ({@link id.jejaring.agreement.AgreementRegister}) and the expiry calendar feed
 * ({@link id.jejaring.agreement.AgreementCalendar}, per-user secret links) read them.
 * Uses {@code shared}, {@code institution} (the parties' and the document's heading),
 * {@code identity} (a feed link works only while its user is an enabled member),
 * {@code partner} and {@code partnership}.
 */
package id.jejaring.agreement;
