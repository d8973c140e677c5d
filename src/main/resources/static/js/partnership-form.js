// The partnership form's party rows: a row's remove button takes the row out of the
// form. Kept in a file because the Content-Security-Policy allows no inline scripts.
(function () {
	'use strict';

	document.addEventListener('click', function (event) {
		var button = event.target.closest('[data-remove-row]');
		if (button) {
			var row = button.closest(button.dataset.removeRow);
			if (row) {
				row.remove();
			}
		}
	});

	// A partner chosen from the search: clear the search for the next one.
	document.addEventListener('htmx:afterSwap', function (event) {
		if (event.detail.target && event.detail.target.id === 'party-rows') {
			var search = document.querySelector('[data-party-search]');
			var results = document.getElementById('party-results');
			if (search) {
				search.value = '';
				search.focus();
			}
			if (results) {
				results.innerHTML = '';
			}
		}
	});

	// Enter in the partner search looks partners up instead of submitting the form.
	document.addEventListener('keydown', function (event) {
		if (event.key === 'Enter' && event.target.matches('[data-party-search]')) {
			event.preventDefault();
		}
	});
})();
