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
 * document's heading), {@code identity} (who receives reminders; a calendar feed link
 * works only while its user is an enabled member), {@code partner}, {@code partnership}
 * and {@code engagement}. The register ({@link id.jejaring.agreement.AgreementRegister})
 * and the expiry calendar feed ({@link id.jejaring.agreement.AgreementCalendar}, per-user
 * secret links) read them.
 * <p>
 * The agreement's document ({@link id.jejaring.agreement.AgreementDocuments}) is
 * Indonesian whatever the user's language, as PDF from a Thymeleaf template through
 * openhtmltopdf and as DOCX through POI, with the date and ordinals in words
 * ({@link id.jejaring.agreement.IndonesianWords}). The PDF embeds its fonts (DejaVu
 * Serif, Noto Naskh Arabic) so accents and Arabic names render on any server; Arabic is
 * ordered and shaped with the JDK (the shared {@code PdfRenderer}) because
 * openhtmltopdf's RTL module is not published for 1.1.65 and would bring ICU4J.
 */
package id.jejaring.agreement;
