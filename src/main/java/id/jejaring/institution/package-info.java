/**
 * The tenant: the institution (LKP) profile and the region reference data of Indonesia
 * (province, regency/city, district). Later: programs, yearly figures, self-assessment.
 * Uses only {@code shared}.
 */
package id.jejaring.institution;
