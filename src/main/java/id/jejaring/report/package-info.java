/**
 * The partnership report of one cycle (a PDF in Indonesian): the parties, the agreements,
 * the plan against what was done and achieved, the monitoring highlights, the joint
 * evaluation, the improvement actions and the decision — the document an LKP hands its
 * partner and its supervisor. It only reads: {@code partnership}, {@code institution},
 * {@code agreement}, {@code workplan}, {@code evaluation} and {@code followup} own the
 * records.
 */
package id.jejaring.report;
