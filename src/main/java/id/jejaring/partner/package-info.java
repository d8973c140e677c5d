/**
 * The partner registry (pemetaan mitra): everyone an institution works with or could work
 * with, organisations and persons, with their category, region and map location, what
 * they can offer per aspect, tags, status and contacts (with one-click WhatsApp links);
 * the filtered, paged search, likely duplicates shown before saving, the change history,
 * the pages, the API and the demo data. Files too large for the request are imported in
 * the background ({@link id.jejaring.partner.PartnerImportJobs}): the job, its file and
 * its preview live in the database so app nodes stay stateless; the work runs on a
 * bounded pool carrying the institution and user, and a job whose worker went silent
 * (node restart) is shown as failed and can be checked again. Uses {@code shared},
 * {@code institution} (partner categories, regions) and {@code needs} (the five aspects).
 */
package id.jejaring.partner;
