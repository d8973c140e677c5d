/**
 * The partner registry (pemetaan mitra): everyone an institution works with or could work
 * with, organisations and persons, with their category, region and map location, what
 * they can offer per aspect, tags, status and contacts (with one-click WhatsApp links);
 * the filtered, paged search, likely duplicates shown before saving, the change history,
 * the pages, the API and the demo data. Uses {@code shared}, {@code institution} (partner
 * categories, regions) and {@code needs} (the five aspects).
 */
package id.jejaring.partner;
