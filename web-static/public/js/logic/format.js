// Formatting of dates and numbers for Danish readers. Pure.

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'december'];

/** "2025-11-16" → "16. november 2025". */
export function formatDate(iso) {
  if (!iso) {
    return '';
  }
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${day}. ${MONTHS[month - 1]} ${year}`;
}

/** "2025-11-16T14:15:00Z" → "16. november 2025 kl. 14:15" (in the browser's time zone). */
export function formatDateTime(iso) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getDate()}. ${MONTHS[date.getMonth()]} ${date.getFullYear()} kl. ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function formatPeriod(period) {
  if (!period) {
    return '';
  }
  return period.to ? `${formatDate(period.from)} – ${formatDate(period.to)}` : `fra ${formatDate(period.from)}`;
}

export function formatDkk(amount) {
  if (amount == null) {
    return '';
  }
  return `${amount.toLocaleString('da-DK')} kr. om året`;
}

/** Today as an ISO date in the browser's time zone. */
export function todayIso(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from one ISO date to another. */
export function daysBetween(fromIso, toIso) {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86400000);
}
