/**
 * Layout, shared fragments, the dashboard page that composes other modules' panels, the
 * language switch, error pages and the start-up message. No feature code: it only asks
 * the other modules' public APIs.
 */
package id.jejaring.ui;
