// The partner map: draws the markers listed in the table below the map (data attributes),
// each with a popup linking to the partner. Tiles may fail to load (no internet): the
// table stays the list of markers.
(function () {
	'use strict';

	function init() {
		var element = document.getElementById('partner-map');
		if (!element || typeof L === 'undefined') {
			return;
		}
		var rows = document.querySelectorAll('.partner-marker');
		var map = L.map(element, { scrollWheelZoom: false });
		L.tileLayer(element.dataset.tileUrl, {
			maxZoom: 19,
			attribution: element.dataset.attribution || ''
		}).addTo(map);
		var bounds = [];
		rows.forEach(function (row) {
			var lat = parseFloat(row.dataset.lat);
			var lng = parseFloat(row.dataset.lng);
			if (isNaN(lat) || isNaN(lng)) {
				return;
			}
			var popup = document.createElement('div');
			var link = document.createElement('a');
			link.href = row.dataset.url;
			link.textContent = row.dataset.name;
			link.className = 'fw-semibold';
			var category = document.createElement('div');
			category.className = 'small text-muted';
			category.textContent = row.dataset.category || '';
			popup.appendChild(link);
			popup.appendChild(category);
			L.marker([lat, lng], { title: row.dataset.name, alt: row.dataset.name }).bindPopup(popup).addTo(map);
			bounds.push([lat, lng]);
		});
		if (bounds.length > 0) {
			map.fitBounds(bounds, { padding: [30, 30], maxZoom: 14 });
		}
		else {
			map.setView([-2.5, 118], 5);
		}
		element.dataset.markers = String(bounds.length);
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', init);
	}
	else {
		init();
	}
})();
