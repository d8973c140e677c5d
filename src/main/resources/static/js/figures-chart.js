// Charts of the yearly figures (Chart.js). Each <canvas data-chart="bar|line"> carries its
// data in attributes: data-labels (JSON years), data-values (JSON numbers), data-label, and
// optionally a second series in data-values2 / data-label2. Kept in a file because the
// Content-Security-Policy allows no inline scripts.
(function () {
	'use strict';

	var COLOURS = ['#198754', '#0d6efd'];

	function series(canvas, suffix, index) {
		var values = canvas.getAttribute('data-values' + suffix);
		if (!values) {
			return null;
		}
		var kind = canvas.dataset.chart;
		return {
			label: canvas.getAttribute('data-label' + suffix) || '',
			data: JSON.parse(values),
			backgroundColor: kind === 'line' ? COLOURS[index] : COLOURS[index] + 'B3',
			borderColor: COLOURS[index],
			borderWidth: 2,
			spanGaps: true,
			tension: 0.2
		};
	}

	function draw(canvas) {
		if (!window.Chart || canvas.dataset.rendered) {
			return;
		}
		var datasets = [series(canvas, '', 0), series(canvas, '2', 1)].filter(Boolean);
		var percent = canvas.dataset.percent === 'true';
		new window.Chart(canvas, {
			type: canvas.dataset.chart === 'line' ? 'line' : 'bar',
			data: { labels: JSON.parse(canvas.dataset.labels).map(String), datasets: datasets },
			options: {
				responsive: true,
				maintainAspectRatio: false,
				animation: false,
				plugins: { legend: { display: datasets.length > 1, position: 'bottom' } },
				scales: {
					y: {
						beginAtZero: true,
						max: percent ? 100 : undefined,
						ticks: { precision: 0, callback: percent ? function (v) { return v + '%'; } : undefined }
					}
				}
			}
		});
		canvas.dataset.rendered = 'true';
	}

	function drawAll() {
		document.querySelectorAll('canvas[data-chart]').forEach(draw);
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', drawAll);
	}
	else {
		drawAll();
	}
})();
