// Jejaring's only script besides Bootstrap and htmx. Kept in a file because the
// Content-Security-Policy allows no inline scripts.
(function () {
	'use strict';

	// htmx requests that change state carry the CSRF token from the page's meta tags.
	document.addEventListener('htmx:configRequest', function (event) {
		var header = document.querySelector('meta[name="csrf-header"]');
		var token = document.querySelector('meta[name="csrf-token"]');
		if (header && token) {
			event.detail.headers[header.content] = token.content;
		}
	});

	// Buttons with data-confirm ask before submitting (deactivate, revoke...).
	document.addEventListener('submit', function (event) {
		var submitter = event.submitter;
		var message = (submitter && submitter.dataset.confirm) || event.target.dataset.confirm;
		if (message && !window.confirm(message)) {
			event.preventDefault();
		}
	});

	// Copy buttons for one-time secrets (temporary passwords, API tokens).
	document.addEventListener('click', function (event) {
		var button = event.target.closest('[data-copy]');
		if (button && navigator.clipboard) {
			navigator.clipboard.writeText(button.dataset.copy);
			button.textContent = button.dataset.copied || button.textContent;
		}
	});
})();
