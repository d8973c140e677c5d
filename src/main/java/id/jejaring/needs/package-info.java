/**
 * What the institution lacks: each program's requirements (komponen penyelenggaraan
 * program) with what the institution has and so the gap, the needs (kebutuhan) the user
 * confirms from those gaps or enters directly, their priority on a board the manager
 * orders, the criteria a fitting partner must meet, the dashboard summary and the XLSX
 * export. Uses {@code shared} and {@code institution} (programs, partner categories).
 */
package id.jejaring.needs;
