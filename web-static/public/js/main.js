// Shows the service's health status. Text only: never innerHTML.

const STATUS_LABELS = {
  UP: 'oppe',
  DOWN: 'nede',
  OUT_OF_SERVICE: 'ude af drift',
  UNKNOWN: 'ukendt',
};

function show(element, text, cssClass) {
  element.textContent = text;
  element.classList.remove('status-up', 'status-down');
  if (cssClass) {
    element.classList.add(cssClass);
  }
}

async function loadHealth() {
  const element = document.getElementById('health-status');
  if (!element) {
    return;
  }
  try {
    const response = await fetch('/actuator/health', {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    const body = await response.json().catch(() => ({}));
    const status = typeof body.status === 'string' ? body.status : 'UNKNOWN';
    const label = STATUS_LABELS[status] ?? status;
    show(element, label, status === 'UP' ? 'status-up' : 'status-down');
  } catch (error) {
    show(element, 'kunne ikke hentes', 'status-down');
  }
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', loadHealth);
} else {
  loadHealth();
}
